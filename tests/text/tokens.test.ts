import { describe, expect, it } from 'vitest';
import { plainWord, tokenize } from '@/utils/core/tokens';
import { termsOf } from '@/utils/engine/rank/terms';
import { tokenize as searchTokens } from '@/utils/store/search/tokens';

const cut = (text: string, lang?: string) => tokenize(text, { lang }).map((t) => `${t.kind}:${t.text}`);

describe('tokenize: one tokenizer for ranking, search and figure labels', () => {
  it.each([
    [
      'English words, numbers with separators, punctuation',
      'The U.S. drivers’ well-known fee rose 3.5% to $1,200.',
      [
        'word:The',
        'word:U.S.',
        'word:drivers’',
        'word:well-known',
        'word:fee',
        'word:rose',
        'number:3.5',
        'punct:%',
        'word:to',
        'punct:$',
        'number:1,200',
        'punct:.',
      ],
    ],
    [
      'letters written on to digits make a word',
      '5G C2C covid19 10km, 3.2bn 1st',
      ['word:5G', 'word:C2C', 'word:covid19', 'word:10km', 'punct:,', 'word:3.2bn', 'word:1st'],
    ],
    [
      'Han runs whole, Latin and digits apart',
      '超152万家中小微企业用AI',
      ['han:超', 'number:152', 'han:万家中小微企业用', 'word:AI'],
    ],
    [
      'full-width punctuation and digits',
      '节约５０％成本。',
      ['han:节约', 'number:５０', 'punct:％', 'han:成本', 'punct:。'],
    ],
    [
      'an ampersand between capitals is inside a name, elsewhere apart',
      'S&P AT&T Tom & Jerry',
      ['word:S&P', 'word:AT&T', 'word:Tom', 'punct:&', 'word:Jerry'],
    ],
    ['a Han character beyond the BMP stays in its run', '𠮷野家', ['han:𠮷野家']],
    ['Cyrillic and accented Latin are words', 'Привет café', ['word:Привет', 'word:café']],
  ])('%s', (_name, text, expected) => {
    expect(cut(text)).toEqual(expected);
  });

  it('offsets point into the text', () => {
    const text = 'Hi 京东, 2,400 homes';
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('stops after `max` tokens', () => {
    expect(cut('one two three four').length).toBe(4);
    expect(tokenize('one two three four', { max: 2 }).map((t) => t.text)).toEqual(['one', 'two']);
  });

  it.each([
    [
      'Japanese',
      '東京で会議が開かれた',
      'ja',
      ['word:東京', 'word:で', 'word:会議', 'word:が', 'word:開', 'word:か', 'word:れ', 'word:た'],
    ],
    ['Thai has no spaces between words', 'ภาษาไทยง่าย', 'th', ['word:ภาษา', 'word:ไทย', 'word:ง่าย']],
  ])('%s: dictionary words, by Intl.Segmenter', (_name, text, lang, expected) => {
    expect(cut(text, lang)).toEqual(expected);
  });

  it('plainWord: lower-cased, apostrophes straight, a possessive dropped', () => {
    expect(['Reuters’', "company's", 'drivers’', 'U.S.'].map(plainWord)).toEqual([
      'reuters',
      'company',
      'drivers',
      'u.s.',
    ]);
  });
});

describe('termsOf (ranking terms)', () => {
  it.each([
    [
      'English words are stemmed so inflections meet',
      'Summaries summarise the summary',
      'en',
      ['summari', 'summaris', 'summari'],
    ],
    [
      'numbers keep their value, not their separators',
      'The company’s revenue rose 3.5% to 1,200 units',
      'en',
      ['compani', 'revenu', 'rose', '3.5', '1200', 'unit'],
    ],
    ['a hyphenated word is its parts', 'a state-owned bank', 'en', ['state', 'own', 'bank']],
    ['Chinese is compared by character bigrams', '京东云服务', 'zh', ['京东', '东云', '云服', '服务']],
    [
      'English inside Chinese keeps its words',
      '京东云发布AI平台',
      'zh',
      ['ai', '京东', '东云', '云发', '发布', '平台'],
    ],
    ['Japanese goes through the segmenter, stop words out', '東京で会議が開かれた', 'ja', ['東京', '会議', '開']],
    ['Thai goes through the segmenter', 'ภาษาไทยง่าย', 'th', ['ภาษา', 'ไทย', 'ง่าย']],
  ])('%s', (_name, text, lang, expected) => {
    expect([...termsOf(text, lang)].sort()).toEqual([...expected].sort());
  });
});

describe('search tokens', () => {
  it('split hyphenated words, keep offsets, and read numbers and full-width letters as typed', () => {
    const text = 'A well-known ＡＩ fee of 2,400';
    const tokens = searchTokens(text);
    expect(tokens.map((t) => (t.kind === 'word' ? t.term : t.text))).toEqual([
      'a',
      'well',
      'known',
      'ai',
      'fee',
      'of',
      '2400',
    ]);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});
