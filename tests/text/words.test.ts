import { describe, expect, it } from 'vitest';
import { termsOf } from '@/utils/rank/terms';
import { words } from '@/utils/text/words';

describe('words', () => {
  it.each([
    ['English: lower-cased, stop words out, numbers kept', 'The company’s revenue rose 3.5% to 1,200 units in 2023.', 'en', ['company', 'revenue', 'rose', '3.5', '1200', 'units', '2023']],
    ['Chinese: segmented without spaces, stop words out', '京东云的技术和服务', 'zh', ['京', '东', '云', '技术', '服务']],
    ['Japanese', '東京で会議が開かれた', 'ja', ['東京', '会議', '開']],
    ['Thai has no spaces between words', 'ภาษาไทยง่ายนิดเดียว', 'th', ['ภาษา', 'ไทย', 'ง่าย', 'นิด', 'เดียว']],
  ])('%s', (_name, text, lang, expected) => {
    expect(words(text, lang)).toEqual(expected);
  });
});

describe('termsOf (ranking terms)', () => {
  it.each([
    ['English words are stemmed so inflections meet', 'Summaries summarise the summary', 'en', ['summari', 'summaris', 'summari']],
    ['Chinese is compared by character bigrams', '京东云服务', 'zh', ['京东', '东云', '云服', '服务']],
    ['English inside Chinese keeps its words', '京东云发布AI平台', 'zh', ['ai', '京东', '东云', '云发', '发布', '平台']],
    ['Thai goes through the segmenter', 'ภาษาไทยง่าย', 'th', ['ภาษา', 'ไทย', 'ง่าย']],
  ])('%s', (_name, text, lang, expected) => {
    expect([...termsOf(text, lang)].sort()).toEqual([...expected].sort());
  });
});
