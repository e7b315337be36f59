import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseMessagesFile } from '@wxt-dev/i18n/build';
import { describe, expect, it } from 'vitest';
import { FAILURE_PARAMS, type FailureKey } from '@/utils/core/failure';
import { failureSentence, failureTitle, refusalSentence } from '@/utils/runtime/i18n/failures';
import { languageLabel, readingTimeLabel, savedDateLabel } from '@/utils/runtime/i18n/labels';
import { REFUSAL_PARAMS } from '@/utils/store/export/history-json';
import { setTestLocale } from '../../support/i18n';

const locales = join(import.meta.dirname, '../../../locales');

/** Every UI language: each is one locale file, judged against the English one. */
const others = readdirSync(locales).filter((file) => file.endsWith('.yml') && file !== 'en.yml');
const catalogue = async (file: string) =>
  new Map((await parseMessagesFile(join(locales, file))).map((m) => [m.key.join('.'), m.substitutions]));

describe('the message catalogues', () => {
  it('are more than English', () => {
    expect(others).toContain('zh_CN.yml');
  });

  it.each(others)('%s has every key English has, and no other', async (file) => {
    expect([...(await catalogue(file)).keys()].sort()).toEqual([...(await catalogue('en.yml')).keys()].sort());
  });

  it.each(others)('%s uses the same substitutions as English', async (file) => {
    const en = await catalogue('en.yml');
    for (const [key, substitutions] of await catalogue(file)) expect([key, substitutions]).toEqual([key, en.get(key)]);
  });

  it.each(['en.yml', ...others])(
    '%s says every failure and refusal, with a place for each thing it names',
    async (file) => {
      const messages = await catalogue(file);
      const sentences = [
        ...Object.entries(FAILURE_PARAMS).map(([key, params]) => [`failure.sentence.${key}`, params]),
        ...Object.entries(REFUSAL_PARAMS).map(([key, params]) => [`importRefusal.${key}`, params]),
      ];
      for (const [key, params] of sentences) expect([key, messages.get(key as string)]).toEqual([key, params]);
    },
  );

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
  it('say every failure in Chinese', () => {
    setTestLocale('zh_CN');
    for (const key of Object.keys(FAILURE_PARAMS) as FailureKey[]) {
      expect(failureSentence({ reason: 'error', key, params: ['x'] }, 'zh-CN'), key).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('carry what a failure names into its sentence, a number formatted for the language', () => {
    const tooLarge = { reason: 'too-large', key: 'tooManyElements', params: [250_000] } as const;
    expect(failureSentence(tooLarge, 'en')).toBe('This page has 250,000 elements, too many to find the article in.');
    const error = { reason: 'error', key: 'cannotRead', params: ['Frame with ID 0 was removed.'] } as const;
    expect(failureSentence(error, 'en')).toBe('Digest couldn’t read this page: Frame with ID 0 was removed.');
    setTestLocale('zh_CN');
    expect(failureSentence(tooLarge, 'zh-CN')).toBe('此页有 250,000 个元素，太多了，无法从中找出文章。');
    expect(failureSentence(error, 'zh-CN')).toBe('Digest 无法读取此页：Frame with ID 0 was removed.');
    expect(failureTitle(error)).toBe('出了点问题');
  });

  it('say why an import file was refused in Chinese, its numbers formatted', () => {
    setTestLocale('zh_CN');
    expect(refusalSentence({ key: 'tooLarge', params: [1200, 2] }, 'zh-CN')).toBe(
      '无法导入此文件。它有 1,200 MB，而浏览器只剩 2 MB 的空间。没有做任何更改。',
    );
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
