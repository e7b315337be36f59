import { describe, expect, it } from 'vitest';
import type { Sentence } from '../../utils/core/sentence';
import { type FigureOptions, findFigures, readFigures, scoreFigures } from '../../utils/engine/rank/figures';
import { selectFigures } from '../../utils/engine/rank/figures/rank';
import { termsOf } from '../../utils/engine/rank/terms';
import type { KeyFigure } from '../../utils/engine/rank/types';

function sentencesOf(texts: readonly string[]): Sentence[] {
  return texts.map((text, index) => ({ index, text, block: index, start: 0, end: text.length, heading: false }));
}

function equal(n: number, value = 0.5): number[] {
  return Array.from({ length: n }, () => value);
}

/** Every figure read, ranked as the cards would be, before the rules of what a card may show. */
function readAll(
  sentences: readonly Sentence[],
  salience: readonly number[],
  options: FigureOptions = {},
): KeyFigure[] {
  return selectFigures(scoreFigures(readFigures(sentences, options), salience), options.limit ?? 50);
}

/** Short excerpts of the motivating article (a china.org.cn story on JD Cloud), with its contact footer. */
const ZH_ARTICLE = [
  '迄今为止，京东云已为超过1500家大型企业、超152万家中小微企业提供了数字化解决方案，帮助千行百业实现数智化转型。',
  '京东作为供应端和消费端的链接枢纽，一端连接近1000万的SKU、几十万家商家联通产业互联网，另一端通过超5.5亿活跃用户连接消费互联网。',
  '目前京东上的车主用户预计达到1.5亿人，其中年度购买汽车用户的用户达到5000万人，每年大约有3000万用户有新增或换购整车的需求。',
  '大幅提升北汽集团IT资源管理、协同能力，成功节约50% IT成本投入，业务满意度超95%。',
  '建设数字信息基础设施，推进5G规模化应用，促进产业数字化转型。',
  '今年1月，国务院印发《“十四五”数字经济发展规划的通知》提出，到2025年，数字经济核心产业增加值占GDP比重达到10%。',
  '从数字新基建的技术支持角度，京东云支撑了京东618、11.11和双11等大促的平稳运行。',
  '2016年京东正式发布国内首辆无人配送车。',
  '电话：0086-10-82081166-6059传真：0086-10-82081900',
];

describe('a Chinese article', () => {
  const top = findFigures(sentencesOf(ZH_ARTICLE), equal(ZH_ARTICLE.length), { lang: 'zh-CN' });
  const byValue = (value: number) => top.find((f) => f.value === value && f.kind !== 'date');

  it('returns eight figures by default, best first, scores in [0, 1]', () => {
    expect(top).toHaveLength(8);
    const scores = top.map((f) => f.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    for (const s of scores) {
      expect(s).toBeGreaterThanOrEqual(0);
      expect(s).toBeLessThanOrEqual(1);
    }
  });

  it.each<[string, number, Partial<KeyFigure>]>([
    ['152万', 1_520_000, { kind: 'count', label: expect.stringContaining('中小微企业'), approx: true }],
    ['1500', 1500, { kind: 'count', label: '大型企业', approx: true }],
    ['50%', 50, { kind: 'percent', label: expect.stringContaining('IT成本') }],
    ['1.5亿', 150_000_000, { kind: 'count' }],
    ['5.5亿', 550_000_000, { kind: 'count', label: expect.stringContaining('活跃用户'), approx: true }],
    ['1000万', 10_000_000, { kind: 'count', approx: true }],
  ])('keeps %s in the top eight', (_name, value, expected) => {
    expect(byValue(value), top.map((f) => f.text).join(' | ')).toMatchObject({ value, ...expected });
  });

  it.each([
    ['5G', /5G/],
    ['618', /618/],
    ['11.11 / 双11', /11/],
    ['十四五', /十四五/],
    ['phone and fax numbers', /0086|8208/],
  ])('leaves out %s', (_name, pattern) => {
    expect(top.filter((f) => pattern.test(f.text))).toEqual([]);
  });

  it('finds nothing at all in the identifiers and contact lines', () => {
    for (const i of [4, 6, 8]) {
      expect(
        findFigures(sentencesOf(ZH_ARTICLE), equal(ZH_ARTICLE.length), { limit: 100 }).filter(
          (f) => f.sentenceIndex === i,
        ),
      ).toEqual([]);
    }
  });

  it('keeps at most two figures from one sentence while others have figures to offer', () => {
    const perSentence = new Map<number, number>();
    for (const f of top) perSentence.set(f.sentenceIndex, (perSentence.get(f.sentenceIndex) ?? 0) + 1);
    expect(Math.max(...perSentence.values())).toBeLessThanOrEqual(2);
  });

  it('gives each figure its text as written and its sentence', () => {
    for (const f of top) {
      expect(f.sentence).toBe(ZH_ARTICLE[f.sentenceIndex]);
      expect(f.sentence).toContain(f.text);
    }
    expect(byValue(1_520_000)?.text).toBe('超152万家');
    expect(byValue(550_000_000)?.text).toBe('超5.5亿');
  });
});

const EN_ARTICLE = [
  'Revenue rose 12% to $3.2bn in the third quarter.',
  'About 4 in 10 adults said they had not voted.',
  'The party holds a 27-point lead.',
  'The plant will cost £40m and employ more than 1,200 people.',
  'The iPhone 15 and COVID-19 were mentioned in 2023.',
  'Call (555) 123-4567 at 5 p.m.',
];

describe('an English article', () => {
  const all = readAll(sentencesOf(EN_ARTICLE), equal(EN_ARTICLE.length), { lang: 'en', limit: 20 });
  const byText = (text: string) => all.find((f) => f.text === text);

  it.each<[string, Partial<KeyFigure>]>([
    ['12%', { value: 12, kind: 'percent', unit: '%', label: 'Revenue rose …' }],
    ['$3.2bn', { value: 3.2e9, kind: 'money', currency: 'USD' }],
    ['About 4 in 10', { value: 0.4, kind: 'ratio', approx: true, label: '… adults said they had not voted' }],
    ['27-point', { value: 27, kind: 'measure', label: 'The party holds a … lead' }],
    ['£40m', { value: 40_000_000, kind: 'money', currency: 'GBP' }],
    ['more than 1,200', { value: 1200, kind: 'count', approx: true, label: 'employ … people' }],
    ['2023', { value: 2023, kind: 'date' }],
  ])('reads %s', (text, expected) => {
    expect(byText(text), all.map((f) => f.text).join(' | ')).toMatchObject(expected);
  });

  it('finds exactly those figures: no product numbers, disease names, phone numbers or clock times', () => {
    expect(all.map((f) => f.text).sort()).toEqual(
      ['12%', '$3.2bn', 'About 4 in 10', '27-point', '£40m', 'more than 1,200', '2023'].sort(),
    );
  });

  it('puts money and shares first and the year last', () => {
    expect(all[0]?.kind).toBe('money');
    expect(all.at(-1)?.kind).toBe('date');
  });

  it('shows as cards only the figures that say what they count, and no year', () => {
    const shown = findFigures(sentencesOf(EN_ARTICLE), equal(EN_ARTICLE.length), { lang: 'en', limit: 20 });
    expect(shown.map((f) => f.text).sort()).toEqual(
      ['12%', '$3.2bn', 'About 4 in 10', '27-point', '£40m', 'more than 1,200'].sort(),
    );
    expect(shown.every((f) => f.label)).toBe(true);
  });
});

describe('ranking', () => {
  it('counts the same number once, keeping its best occurrence', () => {
    const sentences = sentencesOf(['Sales rose 12% in March.', 'The 12% rise surprised analysts.']);
    const figures = findFigures(sentences, [0.2, 0.9]);
    expect(figures.filter((f) => f.value === 12 && f.kind === 'percent')).toHaveLength(1);
    expect(figures[0]).toMatchObject({ text: '12%', sentenceIndex: 1 });
  });

  it('keeps different kinds of the same number apart', () => {
    const figures = findFigures(sentencesOf(['Sales rose 12%.', 'It hired 12 engineers.']), [0.5, 0.5]);
    expect(figures.map((f) => f.kind).sort()).toEqual(['count', 'percent']);
  });

  it('lets sentence salience decide between figures of the same kind', () => {
    const sentences = sentencesOf(['The firm hired 300 engineers.', 'The firm hired 500 designers.']);
    expect(findFigures(sentences, [0.9, 0.1]).map((f) => f.value)).toEqual([300, 500]);
    expect(findFigures(sentences, [0.1, 0.9]).map((f) => f.value)).toEqual([500, 300]);
  });

  it('reads salience by Sentence.index, not by array position', () => {
    const [a, b] = sentencesOf(['Profit rose 8%.', 'Costs fell 3%.']);
    const sentences = [
      { ...a!, index: 4 },
      { ...b!, index: 9 },
    ];
    const salience = equal(10, 0);
    salience[9] = 1;
    const figures = findFigures(sentences, salience);
    expect(figures[0]).toMatchObject({ value: 3, sentenceIndex: 9 });
  });

  it('fills the list from a crowded sentence only when no other sentence has figures left', () => {
    const crowded = 'Sales rose 12%, profit 8%, costs 3% and staff 2,000.';
    const alone = readAll(sentencesOf([crowded]), [0.5]);
    expect(alone).toHaveLength(4);
    const mixed = readAll(sentencesOf([crowded, 'It opened 40 stores.']), [0.9, 0.1], { limit: 3 });
    expect(mixed.map((f) => f.sentenceIndex).sort()).toEqual([0, 0, 1]);
  });

  it('honours limit', () => {
    const sentences = sentencesOf(ZH_ARTICLE);
    expect(findFigures(sentences, equal(sentences.length), { limit: 3 })).toHaveLength(3);
    expect(findFigures(sentences, equal(sentences.length), { limit: 0 })).toEqual([]);
  });

  it('returns nothing for text without figures', () => {
    expect(findFigures(sentencesOf(['No numbers here.', '这里没有数字。']), [1, 1])).toEqual([]);
    expect(findFigures([], [])).toEqual([]);
  });
});

describe('who, what happened, when', () => {
  const NEWS = [
    'Manchester United beat Aston Villa 3-1 on Saturday, with Juan Mata, 26, scoring twice.',
    'They face Manchester City at Old Trafford on April 12.',
    'The club was founded in 1878 and has won the league two times since the war.',
  ];
  const figures = readAll(sentencesOf(NEWS), [1, 0.6, 0.4], { lang: 'en' });

  it('keeps a match result, an age and the day of the next match', () => {
    expect(figures.map((f) => f.text)).toEqual(expect.arrayContaining(['3-1', '26', 'April 12']));
    expect(figures.find((f) => f.text === '3-1')).toMatchObject({ kind: 'count', unit: 'score', value: 3 });
    expect(figures.find((f) => f.text === '26')).toMatchObject({ kind: 'duration', unit: 'years', label: 'Juan Mata' });
  });

  it('ranks a number written in words below one written in digits', () => {
    const sentences = sentencesOf(['The project took two years.', 'The project took 3 years.']);
    expect(findFigures(sentences, [0.5, 0.5]).map((f) => f.text)).toEqual(['3 years', 'two years']);
  });

  it('lists the same day once, with or without its year', () => {
    const sentences = sentencesOf(['活动于2016年10月14日举行。', '10月14日当天，超过3000人到场。']);
    const dates = readAll(sentences, [0.5, 0.5]).filter((f) => f.kind === 'date');
    expect(dates).toHaveLength(1);
  });

  it('lists different days of one year apart', () => {
    const sentences = sentencesOf(['He was hired on March 3, 2014.', 'He was fired on June 9, 2014.']);
    expect(readAll(sentences, [0.5, 0.5]).filter((f) => f.kind === 'date')).toHaveLength(2);
  });

  it('lists an amount once with its conversion', () => {
    const figures = findFigures(sentencesOf(['The US giant earned $630m (£481.5m) in the quarter.']), [0.5]);
    expect(figures.map((f) => f.text)).toEqual(['$630m (£481.5m)']);
  });

  it('reads a Chinese age and result', () => {
    const sentences = sentencesOf(['现年33岁的武磊打入两球，上海队以3比1战胜北京队。']);
    const texts = readAll(sentences, [0.5], { lang: 'zh-CN' }).map((f) => f.text);
    expect(texts).toEqual(expect.arrayContaining(['33岁', '3比1']));
  });
});

describe('what a card may show', () => {
  const shown = (texts: readonly string[], lang: string) =>
    findFigures(sentencesOf(texts), equal(texts.length), { lang, limit: 20 }).map((f) => `${f.text} [${f.label}]`);

  it('never a date, an age or a number without a label, in English and Chinese', () => {
    expect(
      shown(['Robert Hardy, 89, sold the house for £2m in 2015.', 'The 23-year-old won on March 3.'], 'en'),
    ).toEqual(['£2m [sold the house for … in 2015]']);
    expect(shown(['现年33岁的武磊在2016年10月14日打入两球。', '公司去年营收达到120亿元。'], 'zh-CN')).toEqual([
      '120亿元 [公司去年营收达到…]',
    ]);
  });

  it('no label that holds another number, ends on a dangling word, or is a lone superlative', () => {
    expect(shown(['全书共11章56条。', '他看上去身高不超过1.5米。'], 'zh-CN')).toEqual([]);
    expect(shown(['Here are the 10 best deals of the week.'], 'en')).toEqual([]);
  });

  it('no clock time, year of a plural noun, model number or name for a label', () => {
    const texts = [
      'Kick-off is at 0100 GMT on Sunday, when 18 teams meet in the final round.',
      'Home Depot said its 2019 sales would be lower than planned this winter.',
      'Emirates cut its order of 777x jets after a long review of the fleet.',
      'BREAKING NEWS: Chelsea Activate £71.6m Release Clause To Sign Kepa From Athletic.',
    ];
    expect(shown(texts, 'en')).toEqual(['18 [teams meet in the final round]']);
  });

  it('reads lakhs and crores', () => {
    expect(
      readAll(sentencesOf(['The farmer was paid Rs 25 lakh for the land.']), [0.5], { lang: 'en' })[0],
    ).toMatchObject({
      text: 'Rs 25 lakh',
      value: 2_500_000,
      currency: 'INR',
    });
  });

  it('no figures in a language the labeller cannot read', () => {
    expect(shown(['Le chiffre d’affaires a augmenté de 12 % pour atteindre 3,2 milliards d’euros.'], 'fr')).toEqual([]);
  });
});

// Speed is measured by `npm run bench:speed`, not asserted here.
describe('scale', () => {
  it('reads a 20,000-sentence article and still lists the best 8, one per number', () => {
    const texts = Array.from({ length: 20_000 }, (_, i) => {
      const base = i % 2 ? ZH_ARTICLE[i % ZH_ARTICLE.length]! : EN_ARTICLE[i % EN_ARTICLE.length]!;
      return i % 3 === 0 ? 'A sentence without any figure in it at all, as most sentences are.' : base;
    });
    const sentences = sentencesOf(texts);
    const salience = sentences.map((_, i) => (i % 97) / 97);
    const figures = findFigures(sentences, salience, { lang: 'zh-CN' });
    expect(figures).toHaveLength(8);
    expect(new Set(figures.map((f) => `${f.kind}:${f.value}`)).size).toBe(8);
  });
});

describe('centrality', () => {
  const titled = (title: string, lang: string): FigureOptions => ({
    lang,
    title: { text: title, terms: termsOf(title, lang) },
  });

  it.each([
    [
      'en',
      'New car sales plunge 10 percent in October',
      ['Dealers sold 30,154 new cars, trucks and SUVs in October.', 'New vehicle sales plunged 10 percent last month.'],
      '10 percent',
    ],
    [
      'zh',
      '内蒙古延续税收优惠政策 预计为纳税人减负180亿元',
      ['自治区决定延续执行其余5项税收优惠政策。', '预计到2025年末，为纳税人减负180亿元。'],
      '180亿元',
    ],
    ['zh', '60万"12306账号"外泄?', ['另有410万条联系人数据在暗网出售。', '有60万个账号在暗网低价出售。'], '60万个'],
  ])('puts the figure its headline states first (%s)', (lang, title, texts, first) => {
    // The other sentence is more salient: the headline outweighs it.
    const top = findFigures(sentencesOf(texts), [0.8, 0.5], titled(title, lang));
    expect(top[0]?.text).toBe(first);
  });

  it('does not take a number in the headline for a figure with another unit (`49天`, `49公斤`)', () => {
    const sentences = sentencesOf(['他的体重降到49公斤。']);
    const [untitled] = findFigures(sentences, [0.5], { lang: 'zh' });
    const [titledFigure] = findFigures(sentences, [0.5], titled('老中医绝食49天居首', 'zh'));
    expect(titledFigure?.score).toBe(untitled?.score);
  });

  it('ranks a figure in brackets, an aside, below the same figure in the sentence itself', () => {
    const [plain] = findFigures(sentencesOf(['The plant hired 1,200 workers.']), [0.5], { lang: 'en' });
    const [aside] = findFigures(sentencesOf(['The plant (which hired 1,200 workers) closed.']), [0.5], {
      lang: 'en',
    });
    expect(aside?.text).toBe('1,200');
    expect(aside!.score).toBeLessThan(plain!.score);
  });
});

describe('asides', () => {
  it.each([
    [
      'en',
      'For example, a plant that size would employ 1,200 workers.',
      'The plant will employ 1,200 workers.',
      '1,200',
    ],
    ['zh', '例如，假设你在一架5000英尺高度上飞行的飞机中。', '这架飞机在5000英尺高度上飞行。', '5000英尺'],
    ['en', 'Europa, one of Jupiter’s 79 moons, has water.', 'Scientists have counted 79 moons.', '79'],
    ['zh', '蒙古国是世界上31个内陆国之一。', '世界上共有31个内陆国。', '31个'],
  ])(
    'ranks a figure in an example, or the size of a set something is one of, below the same figure stated (%s)',
    (lang, example, stated, text) => {
      const score = (sentence: string) =>
        findFigures(sentencesOf([sentence]), [0.5], { lang }).find((f) => f.text === text)?.score ?? 1;
      expect(score(example)).toBeLessThan(score(stated));
    },
  );
});
