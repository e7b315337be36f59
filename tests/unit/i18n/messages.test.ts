import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseMessagesFile } from '@wxt-dev/i18n/build';
import { describe, expect, it } from 'vitest';
import { NOT_AN_ARTICLE } from '@/utils/browser/page-kind';
import { RESTRICTION } from '@/utils/browser/restricted';
import { failureSentence, failureTitle } from '@/utils/i18n/failures';
import { languageLabel, readingTimeLabel, savedDateLabel } from '@/utils/i18n/labels';
import { FAILURE_SENTENCE } from '@/utils/messages';
import { setTestLocale } from '../../support/i18n';

const locales = join(import.meta.dirname, '../../../locales');
const keys = async (file: string) => (await parseMessagesFile(join(locales, file))).map((m) => m.key.join('.')).sort();

describe('the message catalogues', () => {
  it('have the same keys in English and Chinese', async () => {
    expect(await keys('zh_CN.yml')).toEqual(await keys('en.yml'));
  });

  it('use the same substitutions in both languages', async () => {
    const en = new Map((await parseMessagesFile(join(locales, 'en.yml'))).map((m) => [m.key.join('.'), m.substitutions]));
    for (const m of await parseMessagesFile(join(locales, 'zh_CN.yml'))) {
      expect([m.key.join('.'), m.substitutions]).toEqual([m.key.join('.'), en.get(m.key.join('.'))]);
    }
  });

  it('leave no English text node in the UI: every visible string goes through i18n.t', () => {
    // A cheap guard over the JSX: text alone on a line, or between a tag's `>` and the next `</`.
    const root = join(import.meta.dirname, '../../..');
    const files = ['components', 'entrypoints/popup', 'entrypoints/options'].flatMap((dir) =>
      readdirSync(join(root, dir))
        .filter((f) => f.endsWith('.tsx'))
        .map((f) => join(dir, f)),
    );
    const offending = files.flatMap((file) =>
      readFileSync(join(root, file), 'utf8')
        .split('\n')
        .filter((line) => /^\s+[A-Z][A-Za-z’' ,.…]+$/.test(line) || /[a-z"]>[A-Z][a-z]+( [a-z]+)*<\//.test(line))
        .map((line) => `${file}: ${line.trim()}`),
    );
    expect(offending).toEqual([]);
  });
});

describe('failures in the reader’s language', () => {
  it('translate every fixed sentence the engine and the worker produce', () => {
    setTestLocale('zh_CN');
    const sentences = [
      ...Object.values(RESTRICTION),
      ...Object.values(NOT_AN_ARTICLE),
      ...Object.values(FAILURE_SENTENCE),
    ];
    for (const message of sentences) {
      const shown = failureSentence({ reason: 'restricted', message }, 'zh-CN');
      expect(shown, message).toMatch(/[\u4e00-\u9fff]/);
      expect(shown).not.toBe(message);
    }
  });

  it('keep an English sentence with a detail for English readers, and use the reason’s sentence in Chinese', () => {
    const failure = { reason: 'error' as const, message: 'Digest couldn’t read this page: Frame with ID 0 was removed.' };
    expect(failureSentence(failure, 'en')).toBe(failure.message);
    setTestLocale('zh_CN');
    expect(failureSentence(failure, 'zh-CN')).toBe('Digest 无法读取此页。');
    expect(failureTitle(failure)).toBe('出了点问题');
  });

  it('carry numbers and addresses into the translation', () => {
    setTestLocale('zh_CN');
    expect(
      failureSentence(
        { reason: 'too-large', message: 'This page has 250,000 elements, too many to find the article in.' },
        'zh-CN',
      ),
    ).toBe('此页有 250,000 个元素，太多了，无法从中找出文章。');
  });
});

describe('labels formatted with Intl in the UI language', () => {
  it('name languages and reading times', () => {
    expect(languageLabel('zh', 'en')).toBe('Chinese');
    expect(readingTimeLabel(3.4, 'en')).toBe('3 min read');
    setTestLocale('zh_CN');
    expect(languageLabel('en', 'zh-CN')).toBe('英语');
    expect(readingTimeLabel(12, 'zh-CN')).toBe('阅读约 12 分钟');
  });

  it('date entries in the UI’s calendar style', () => {
    const march12 = new Date(2026, 2, 12, 9, 30).getTime();
    expect(savedDateLabel(march12, march12 + 86_400_000 * 3, 'en')).toBe('12 Mar 2026');
    expect(savedDateLabel(march12, march12 + 86_400_000 * 3, 'zh-CN')).toBe('2026年3月12日');
    expect(savedDateLabel(march12, march12 + 60_000, 'en')).toBe('Today, 09:30');
    setTestLocale('zh_CN');
    expect(savedDateLabel(march12, march12 + 60_000, 'zh-CN')).toBe('今天 09:30');
  });
});
