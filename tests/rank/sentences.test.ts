import { describe, expect, it } from 'vitest';
import { digestArticle } from '@/utils/engine/digest';
import { articleFromText } from '@/utils/engine/extract/text';
import { prepareArticle } from '@/utils/engine/rank/prepare';
import { defaultLength, PROFILES, rankSentences, weightsFor } from '@/utils/engine/rank/sentences';
import { hasShared, sharedFile } from '../support/shared';

const rank = (text: string, count: number, lang = 'en', title = '') =>
  rankSentences(prepareArticle(articleFromText(text, { lang, title })), count);

const news = [
  'The city council approved a new budget for public transport on Tuesday, raising bus and tram funding by a fifth.',
  'The budget adds twelve bus routes and extends tram service to the northern suburbs, the council said.',
  'Council members debated the transport budget for six hours before the vote, which passed by 31 votes to 20.',
  'Opponents of the budget argued that fares should have been frozen instead of extending the tram lines.',
  'The mayor, who proposed the transport budget in March, called the vote a turning point for the city.',
  'Separately, the library will close early on Friday for a staff training day.',
  'Construction on the tram extension is expected to begin next spring and take two years.',
].join('\n');

describe('rankSentences', () => {
  it('returns the requested number of sentences in document order, ranked 1..n', () => {
    const { sentences } = rank(news, 3);
    expect(sentences).toHaveLength(3);
    expect(sentences.map((s) => s.index)).toEqual([...sentences.map((s) => s.index)].sort((a, b) => a - b));
    expect(sentences.map((s) => s.rank).sort()).toEqual([1, 2, 3]);
    for (const s of sentences) expect(s.score).toBeGreaterThan(0);
  });

  it('leaves out the sentence that is off the article’s subject', () => {
    const texts = rank(news, 4).sentences.map((s) => s.text);
    expect(texts.join(' ')).not.toMatch(/library/);
    expect(texts[0]).toMatch(/approved a new budget/);
  });

  it('does not collapse into the first sentences when the subject comes later', () => {
    const blog = [
      'I have been meaning to write this post for a while.',
      'Last summer was busy, and the garden took most of my weekends.',
      'Anyway, here is what I learned about sourdough starters after a year of baking bread at home.',
      'A sourdough starter needs flour, water and a steady temperature to keep its yeast and bacteria active.',
      'Feeding the starter twice a day keeps the sourdough yeast strong enough to raise a loaf of bread.',
      'If the starter smells of acetone, the sourdough culture is hungry and needs a feeding of fresh flour.',
      'Bread made with a mature starter has a more open crumb than bread made with a young sourdough culture.',
    ].join('\n');
    const chosen = rank(blog, 3).sentences.map((s) => s.index);
    expect(chosen.filter((i) => i >= 3).length).toBeGreaterThanOrEqual(2);
  });

  it('weighs one-sentence paragraphs as news and paragraphs of several sentences as prose', () => {
    expect(weightsFor(30, 30)).toBe(PROFILES.news);
    expect(weightsFor(40, 10)).toEqual(PROFILES.prose);
    const between = weightsFor(25, 10);
    expect(between.leadPrior).toBeLessThan(PROFILES.news.leadPrior);
    expect(between.leadPrior).toBeGreaterThan(PROFILES.prose.leadPrior);
  });

  it('digests prose with its fuller sentences, opening with the one that states the subject', () => {
    const report = [
      [
        'Coastal wetlands store more carbon per hectare than most forests, a five-year survey of the region has found.',
        'The wetlands survey measured marsh carbon in soil.',
        'Marsh carbon matters for the region, the authors said.',
        'Fieldwork ran through every season.',
      ],
      [
        'Salt marsh soils hold carbon for centuries because waterlogged mud slows the decay of roots and leaves.',
        'Drained wetlands release that stored carbon quickly, so restoring tidal flow to former marsh land stops the loss and starts new storage.',
        'The team measured carbon in soil cores from forty marshes and compared them with cores from nearby forests.',
        'Restored marshes store carbon.',
      ],
      [
        'Restored marshes began storing carbon again within a decade, matching natural marshes in the rate their soils gained carbon.',
        'The authors recommend that restoring wetlands be counted in national carbon budgets alongside forests.',
        'Funding for the next phase is not yet agreed.',
        'A public meeting will be held in May.',
      ],
    ];
    const title = 'Wetlands outstore forests';
    const asProse = rank(report.map((p) => p.join(' ')).join('\n'), 3, 'en', title).sentences;
    const asNews = rank(report.flat().join('\n'), 3, 'en', title).sentences;
    // The same opening sentence either way: what states the subject doesn't depend on the layout.
    expect(asProse.find((s) => s.rank === 1)!.text).toBe(asNews.find((s) => s.rank === 1)!.text);
    const texts = asProse.map((s) => s.text);
    expect(texts).not.toContain('Restored marshes store carbon.');
    expect(texts.some((t) => t.startsWith('Drained wetlands') || t.startsWith('Restored marshes began'))).toBe(true);
  });

  it('never repeats itself when a page repeats a paragraph', () => {
    const repeated = news.split('\n');
    const text = [repeated[0], repeated[1], repeated[0], repeated[2], repeated[0], ...repeated.slice(3)].join('\n');
    const texts = rank(text, 5).sentences.map((s) => s.text);
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('leaves out captions and table cells that are data, not sentences', () => {
    const article = articleFromText(news, { lang: 'en' });
    article.blocks.splice(
      1,
      0,
      {
        kind: 'caption',
        text: 'The council chamber during the transport budget vote on Tuesday, with tram plans on show.',
      },
      { kind: 'cell', text: 'Transport budget 2025 tram routes northern suburbs council' },
      { kind: 'cell', text: 'The budget funds twelve new bus routes and a tram extension to the northern suburbs.' },
    );
    const texts = rankSentences(prepareArticle(article), 7).sentences.map((s) => s.text);
    expect(texts.join(' ')).not.toMatch(/council chamber|Transport budget 2025/);
    expect(texts).toContain('The budget funds twelve new bus routes and a tram extension to the northern suburbs.');
  });

  it('still ranks an article whose usual sentence is all stop words', () => {
    const text = [
      'It is what it is, and that is all there is to it.',
      'The Federal Reserve raised interest rates by half a percentage point on Wednesday.',
      'What it is, it is, and that is all that it is.',
    ].join('\n');
    const { sentences, salience } = rank(text, 1, 'en', 'Fed raises rates');
    expect(salience[1]).toBeGreaterThan(0);
    expect(sentences.map((s) => s.index)).toEqual([1]);
  });

  it('gives as many sentences as it counts as candidates (the popup’s “Longer” limit)', () => {
    const story = [
      'The city council approved a new budget for public transport on Tuesday, raising bus funding by a fifth.',
      'The budget adds twelve bus routes and extends tram service to the northern suburbs, the council said.',
      'The council said the transport budget adds bus routes on Tuesday.',
      'The budget adds twelve bus routes and extends tram service to the northern suburbs, the council said.',
      'Construction on the tram extension is expected to begin next spring and take two years.',
    ].join('\n');
    const article = articleFromText(story, { lang: 'en', title: 'Transport budget approved' });
    const max = digestArticle(article).stats.candidates;
    expect(max).toBe(4);
    expect(digestArticle(article, { sentences: max }).sentences).toHaveLength(max);
  });

  it('never chooses a line of a code listing', () => {
    const article = articleFromText(news, { lang: 'en' });
    article.blocks.splice(1, 0, {
      kind: 'code' as const,
      text: 'budget = transport_budget(routes=12, tram="northern suburbs", council_vote=31) # the budget vote on Tuesday',
    });
    const { sentences } = rankSentences(prepareArticle(article), 7);
    expect(sentences.map((s) => s.text).join(' ')).not.toContain('transport_budget');
  });

  it('gives every sentence a salience in [0, 1], zero for furniture and headings', () => {
    const text = `${news}\nWhat happens next\nThe works start in spring.\n© 2024 City Times. All rights reserved.`;
    const prepared = prepareArticle(articleFromText(text, { lang: 'en', title: 'Council approves transport budget' }));
    const { salience } = rankSentences(prepared, 3);
    expect(salience).toHaveLength(prepared.sentences.length);
    expect(Math.max(...salience)).toBe(1);
    for (const v of salience) expect(v).toBeGreaterThanOrEqual(0);
    const heading = prepared.sentences.find((s) => s.heading)!;
    expect(heading.text).toBe('What happens next');
    expect(salience[heading.index]).toBe(0);
    expect(salience.at(-1)).toBe(0);
  });

  it('fits the default length to the article', () => {
    expect(defaultLength(prepareArticle(articleFromText(news, { lang: 'en' })))).toBe(3);
    const report = Array.from(
      { length: 400 },
      (_, i) => `Section ${i} of the report discusses the budget for transport line ${i} in detail.`,
    );
    expect(defaultLength(prepareArticle(articleFromText(report.join('\n'), { lang: 'en' })))).toBe(7);
  });

  it('ranks Chinese by its words, without spaces', () => {
    const zh = [
      '京东云今天发布了面向中小企业的数字化转型解决方案。',
      '该方案帮助中小企业降低数字化转型成本，提升经营效率。',
      '另据报道，本市明天将有小雨。',
      '京东云表示，数字化转型已成为中小企业发展的必经之路。',
    ].join('\n');
    const texts = rank(zh, 2, 'zh').sentences.map((s) => s.text);
    expect(texts).toHaveLength(2);
    expect(texts.join('')).not.toContain('小雨');
  });
});

describe.skipIf(!hasShared)('the motivating example (../shared)', () => {
  const footer = /版权|转载|电话|传真|邮箱|国务院新闻办公室|本网|神舟十五号|官方微博|0086/;

  it.each([['plain text', 'examples/zh-jdcloud-digital-infrastructure.txt']])(
    'never shows site furniture from the %s',
    (_kind, path) => {
      const digest = digestArticle(articleFromText(sharedFile(path), { lang: 'zh' }), { sentences: 7 });
      expect(digest.sentences.length).toBe(7);
      for (const s of digest.sentences) expect(s.text).not.toMatch(footer);
      for (const f of digest.figures) expect(f.sentence).not.toMatch(footer);
    },
  );
});

describe('an article in sections', () => {
  // A report in three parts under <h2> subheads; each part's lines share its own subject.
  const part = (subject: string, lines: string[]) => lines.map((l) => `${subject} ${l}`);
  const lead = [
    'The city published its annual transport report on Monday, covering buses, trams and cycling.',
    'The report says the network carried more passengers than in any year since records began.',
    'Officials said the report would guide the budget for the next five years.',
  ];
  const buses = part('Buses', [
    'ran on time more often than last year, the report says, after new timetables.',
    'were busiest on the northern routes, where the city added late-night services.',
    'now carry 412,000 riders a day, up 12% on the year before.',
    'will get new shelters at the busiest stops, officials said.',
  ]);
  const trams = part('Trams', [
    'were the most reliable part of the network, though the old cars broke down more often.',
    'will run to the new hospital once the extension opens.',
    'cost $310 million to extend, the report says, within the budget set in 2019.',
  ]);
  const cycling = part('Cycling', [
    'grew fastest of all, helped by the new lanes along the river.',
    'lanes were widened on four streets after complaints from riders.',
    'trips rose to 58,000 a day, the report says, twice the number of five years ago.',
  ]);
  const blocks = [
    ...lead.map((text) => ({ kind: 'paragraph' as const, text })),
    { kind: 'heading' as const, level: 2, text: 'Buses' },
    ...buses.map((text) => ({ kind: 'paragraph' as const, text })),
    { kind: 'heading' as const, level: 2, text: 'Trams' },
    ...trams.map((text) => ({ kind: 'paragraph' as const, text })),
    { kind: 'heading' as const, level: 2, text: 'Cycling' },
    ...cycling.map((text) => ({ kind: 'paragraph' as const, text })),
  ];
  const article = { url: 'https://example.com/report', title: 'Transport report', lang: 'en', blocks, wordCount: 400 };

  it('tells each part, and opens with the article’s own lead', () => {
    const { sentences } = rankSentences(prepareArticle(article), 4);
    const texts = sentences.map((s) => s.text);
    for (const part of [lead, buses, trams, cycling]) expect(texts.filter((t) => part.includes(t))).toHaveLength(1);
    expect(lead).toContain(sentences.find((s) => s.rank === 1)?.text);
  });

  it('leaves a story without marked-up subheads as it was: plain-text lines are only guesses at headings', () => {
    const text = [...lead, 'Buses', ...buses, 'Trams', ...trams, 'Cycling', ...cycling].join('\n');
    const plain = rankSentences(prepareArticle(articleFromText(text, { lang: 'en', title: 'Transport report' })), 4);
    expect(plain.sentences.filter((s) => lead.includes(s.text)).length).toBeGreaterThanOrEqual(2);
  });
});

describe('a long article without headings', () => {
  // A long essay, three sentences a paragraph: its opening third on the vote, the middle on the sea wall, the last on
  // what residents say.
  const sentence = (subject: string, i: number) => `${subject} came up again in point ${i + 1} of the long debate.`;
  const stretch = (subject: string, n: number) => Array.from({ length: n }, (_, i) => sentence(subject, i));
  const opening = stretch('The vote on the rail yard plan', 21);
  const middle = stretch('The cost of the new sea wall', 21);
  const end = stretch('What residents of the harbour say', 21);
  const all = [...opening, ...middle, ...end];
  const blocks = Array.from({ length: all.length / 3 }, (_, i) => ({
    kind: 'paragraph' as const,
    text: all.slice(i * 3, i * 3 + 3).join(' '),
  }));
  const article = { url: 'https://example.com/long', title: 'The long debate', lang: 'en', blocks, wordCount: 900 };

  it('is told beyond its opening: each third gets a sentence, and the key point is the opening’s', () => {
    const { sentences } = rankSentences(prepareArticle(article), 3);
    const texts = sentences.map((s) => s.text);
    for (const third of [opening, middle, end]) expect(texts.filter((t) => third.includes(t))).toHaveLength(1);
    expect(opening).toContain(sentences.find((s) => s.rank === 1)?.text);
  });
});
