import { describe, expect, it } from 'vitest';
import type { Article, Block } from '@/utils/core/article';
import { digestArticle } from '@/utils/engine/digest';
import { prepareArticle } from '@/utils/engine/rank/prepare';
import { defaultLength, rankSentences } from '@/utils/engine/rank/sentences';

const article = (blocks: Block[], lang = 'en'): Article => ({
  url: 'https://news.example.com/bridge',
  title: 'Harbour bridge opens',
  lang,
  blocks,
  wordCount: 300,
});

const LEAD = 'The new harbour bridge opened to traffic on Monday after six years of construction work.';
const BODY = [
  'Engineers said the bridge would carry forty thousand cars every day across the harbour.',
  'The city council approved the project in 2017 after a long public debate about its cost.',
];

describe('candidates — a repeat is judged only among sentences that may be chosen', () => {
  // News sites often caption the lead photo with the lead sentence: the caption is left out, the lead is not.
  it('a caption repeating the lead sentence does not take the lead paragraph out of the digest', () => {
    const prepared = prepareArticle(
      article([
        { kind: 'caption', text: LEAD },
        { kind: 'paragraph', text: LEAD },
        ...BODY.map((text) => ({ kind: 'paragraph' as const, text })),
      ]),
    );
    expect(prepared.candidates.map((s) => s.text)).toEqual([LEAD, ...BODY]);
    expect(rankSentences(prepared, 3).sentences.map((s) => s.text)).toContain(LEAD);
  });

  it('a data cell (no sentence end) repeating a list item does not hide the list item either', () => {
    const text = 'Forty thousand cars cross the harbour every day';
    const prepared = prepareArticle(
      article([
        ...BODY.map((t) => ({ kind: 'paragraph' as const, text: t })),
        { kind: 'cell', text },
        { kind: 'listItem', text },
      ]),
    );
    expect(prepared.candidates.map((s) => s.text)).toEqual([...BODY, text]);
  });
});

describe('candidates — a sentence cut where its line broke', () => {
  it('ending on a comma is not one a digest may quote', () => {
    const cut = '我们知道，还在奥尔森的理论提出之前，';
    const whole = '集体行动的逻辑告诉我们，个人理性并不必然导致集体理性。';
    const prepared = prepareArticle(
      article(
        [
          { kind: 'paragraph', text: cut },
          { kind: 'paragraph', text: whole },
        ],
        'zh',
      ),
    );
    expect(prepared.candidates.map((s) => s.text)).toEqual([whole]);
  });
});

describe('a page laid out in a table still gets a digest', () => {
  // blocks.ts files every <p>/<div> inside a <td> as 'cell', so a layout-table site is all cells.
  it('cells of plain unpunctuated lines: still digested when nothing else is on the page', () => {
    const cells = [
      'Welcome to the Riverside Model Railway Club home page',
      'Our club was founded in 1978 by a group of railway enthusiasts from the valley',
      'We meet every Tuesday evening in the old station building on Mill Lane',
      'New members of all ages are always welcome to join our layout sessions',
    ];
    const digest = digestArticle(article(cells.map((text) => ({ kind: 'cell', text }))));
    expect(digest.sentences.length).toBeGreaterThan(0);
    expect(digest.stats.candidates).toBeGreaterThan(0);
  });

  // `；` ends a Chinese sentence.
  it('Chinese cells whose sentences end with `；` are sentences', () => {
    const prepared = prepareArticle(
      article(
        [
          { kind: 'cell', text: '本公司成立于一九九八年，主要生产各类办公家具；产品远销欧美等三十多个国家和地区；' },
          { kind: 'cell', text: '公司拥有员工八百余人，其中技术人员一百二十人；年产值超过五亿元人民币；' },
        ],
        'zh',
      ),
    );
    expect(prepared.candidates).toHaveLength(4);
    expect(defaultLength(prepared)).toBeGreaterThan(1);
  });
});
