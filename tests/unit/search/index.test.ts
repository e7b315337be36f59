import { describe, expect, it } from 'vitest';
import { indexKeys, SURFACE } from '@/utils/store/search/document';
import { matchRanges, snippet } from '@/utils/store/search/highlight';
import { exactKeys, isEmptyQuery, parseQuery, typedWordBases } from '@/utils/store/search/query';

/** Whether every key a query needs is in a text's index: the index's half of a match. */
function indexHas(text: string, input: string): boolean {
  const keys = new Set(indexKeys(text));
  const query = parseQuery(input);
  const prefixHit =
    query.prefix === undefined ||
    [...keys].some((k) => k.startsWith(SURFACE + query.prefix)) ||
    typedWordBases(query.prefix).some((base) => keys.has(SURFACE + base));
  return exactKeys(query).every((k) => keys.has(k)) && prefixHit;
}

const marked = (text: string, input: string) => matchRanges(text, parseQuery(input)).map(([s, e]) => text.slice(s, e));

describe('Chinese: character pairs over Han runs', () => {
  const text = '京东云今天发布新平台，帮助中小微企业推进数字化转型。';

  it('indexes every character, pair and triple of a Han run, never across punctuation', () => {
    const keys = indexKeys('京东云，平台');
    expect(keys).toEqual(expect.arrayContaining(['京', '东', '云', '京东', '东云', '京东云', '平台']));
    expect(keys).not.toContain('云平');
    expect(keys).not.toContain('东云平');
  });

  it('keeps Han that follows digits or Latin letters out of the word: 152万家, GDP增长', () => {
    expect(indexKeys('超过152万家中小微企业，GDP增长')).toEqual(expect.arrayContaining(['152', '万家', 'gdp', '增长']));
  });

  it('finds a phrase typed without spaces', () => {
    expect(indexHas(text, '数字化转型')).toBe(true);
    expect(indexHas(text, '转型')).toBe(true);
    expect(indexHas(text, '型')).toBe(true);
    expect(indexHas(text, '数字货币')).toBe(false);
  });

  it('does not match 京东云 where 京东 and 云计算 only appear separately', () => {
    expect(indexHas('京东去年加大投入。云计算市场持续扩大。', '京东云')).toBe(false);
  });

  it('looks a phrase up by its character triples, a shorter one as typed', () => {
    expect(exactKeys(parseQuery('京东云'))).toEqual(['京东云']);
    expect(exactKeys(parseQuery('数字化转型'))).toEqual(['数字化', '字化转', '化转型']);
    expect(exactKeys(parseQuery('京东'))).toEqual(['京东']);
    expect(exactKeys(parseQuery('云'))).toEqual(['云']);
  });

  it('marks the phrase wherever it occurs, and nothing that only shares characters', () => {
    expect(marked('京东云和京东、云计算；京东云', '京东云')).toEqual(['京东云', '京东云']);
  });
});

describe('English: stemmed words, case-blind, the last word as a prefix', () => {
  const text = 'The Summary of the council’s Budget Plans, as summarised by Reuters.';

  it.each([
    ['summaries ', 'plural'],
    ['SUMMARY ', 'letter case'],
    ['budgets plan ', 'two words, both inflected'],
    ['council ', 'possessive'],
    ['summ', 'a word still being typed'],
  ])('finds “%s” (%s)', (input) => {
    expect(indexHas(text, input)).toBe(true);
  });

  it('needs every word', () => {
    expect(indexHas(text, 'budget river ')).toBe(false);
  });

  it('leaves stop words out of the index and out of a longer query', () => {
    expect(indexKeys(text)).not.toContain('the');
    expect(parseQuery('the budget ').terms).toEqual(['budget']);
  });

  it('marks inflected forms and the word being typed, whole', () => {
    expect(marked(text, 'summaries ')).toEqual(['Summary']);
    expect(marked(text, 'budg')).toEqual(['Budget']);
    expect(marked('Plans and planning, a planet', 'plan ')).toEqual(['Plans', 'planning']);
  });

  it('treats only punctuation, or a word of one or two letters still being typed, as no search at all', () => {
    expect(isEmptyQuery(parseQuery(' ?! '))).toBe(true);
    expect(isEmptyQuery(parseQuery('ai'))).toBe(true);
    expect(parseQuery('ai ').terms).toEqual(['ai']);
    expect(parseQuery('budget pl')).toEqual({ phrases: [], terms: ['budget'], prefix: undefined });
  });

  it('matches a word typed on past the word it inflects (pumps → pump), and still never widens', () => {
    expect(indexHas('A seawater heat pump.', 'heating pumps')).toBe(true);
    expect(marked('A seawater heat pump.', 'Heating PUMPS')).toEqual(['heat', 'pump']);
    const texts = [
      'A heat pump.',
      'Pumps and pumping.',
      'The government said so.',
      'They govern well.',
      'Boxes of boxers.',
      'A box.',
    ];
    for (const word of ['pumps', 'pumping', 'government', 'boxes', 'heating', 'governs']) {
      const found = [...word].slice(2).map((_, i) => texts.filter((t) => indexHas(t, word.slice(0, i + 3))).length);
      expect(found, word).toEqual([...found].sort((a, b) => b - a));
      expect(found.at(-1), word).toBeGreaterThan(0);
    }
  });

  it('matches the word being typed as written, so typing on never widens the results', () => {
    // `government` is stored stemmed as `govern`; its prefixes must find it all the way.
    const text = 'The government said so.';
    for (const input of ['gov', 'governm', 'governmen', 'government']) expect(indexHas(text, input)).toBe(true);
    expect(indexHas('They govern well.', 'governm')).toBe(false);
    expect(parseQuery('governm').prefix).toBe('governm');
  });
});

it('mixes both languages in one query', () => {
  const text = 'JD Cloud 京东云 reported revenue growth.';
  expect(indexHas(text, '京东云 revenues ')).toBe(true);
  expect(marked(text, '京东云 revenues ')).toEqual(['京东云', 'revenue']);
});

it('cuts a long sentence so its first match shows, at a space, and leaves a short one whole', () => {
  const long =
    'Port Aldren will spend $310 million turning its derelict eastern docks into homes powered by a seawater heat pump.';
  expect(snippet(long, parseQuery('pumps '))).toBe('…powered by a seawater heat pump.');
  expect(snippet('A seawater heat pump.', parseQuery('pumps '))).toBe('A seawater heat pump.');
  expect(snippet(long, parseQuery('submarine '))).toBe(long);
});
