import { describe, expect, it } from 'vitest';
import type { Block } from '@/utils/core/article';
import { splitSentences } from '@/utils/engine/text/sentences';

const split = (text: string, lang: string) => splitSentences([{ kind: 'paragraph', text }], lang).map((s) => s.text);

describe('splitSentences — English', () => {
  it.each([
    ['abbreviation U.S.', 'The U.S. economy grew. It slowed later.', ['The U.S. economy grew.', 'It slowed later.']],
    ['title Dr.', 'Dr. Smith spoke first. Then she left.', ['Dr. Smith spoke first.', 'Then she left.']],
    [
      'e.g. mid-sentence',
      'Some fruit, e.g. apples, are red. Others are not.',
      ['Some fruit, e.g. apples, are red.', 'Others are not.'],
    ],
    ['No. 5', 'He ranked No. 5 in the world. She was No. 1.', ['He ranked No. 5 in the world.', 'She was No. 1.']],
    ['"no." ends a sentence', 'Voters said no. The measure failed.', ['Voters said no.', 'The measure failed.']],
    [
      'decimals and percent',
      'Prices rose 3.5% in May. Wages rose 2.1%.',
      ['Prices rose 3.5% in May.', 'Wages rose 2.1%.'],
    ],
    ['initials', 'J. K. Rowling wrote it. It sold well.', ['J. K. Rowling wrote it.', 'It sold well.']],
    [
      'initialism in a name',
      'He told the U.N. General Assembly so. It voted.',
      ['He told the U.N. General Assembly so.', 'It voted.'],
    ],
    [
      'initialism ending a sentence',
      'He moved to the U.S. The next day he left.',
      ['He moved to the U.S.', 'The next day he left.'],
    ],
    [
      'Mr. and St.',
      'Mr. Jones lives on St. James Street. He is 40.',
      ['Mr. Jones lives on St. James Street.', 'He is 40.'],
    ],
    ['question and exclamation', 'Is it true? Yes! It is.', ['Is it true?', 'Yes!', 'It is.']],
    ['closing quote stays', '"It is done." She left.', ['"It is done."', 'She left.']],
    [
      'a citation mark stays with what it cites',
      'It is among the most stable states.[65] The Cook Islands are self-governing.[12][13] It was filmed in Ohio.[1]: 207 Then it aired.',
      [
        'It is among the most stable states.[65]',
        'The Cook Islands are self-governing.[12][13]',
        'It was filmed in Ohio.[1]: 207',
        'Then it aired.',
      ],
    ],
  ])('%s', (_name, text, expected) => {
    expect(split(text, 'en')).toEqual(expected);
  });
});

describe('splitSentences — Chinese', () => {
  it.each([
    ['。！？ end sentences', '京东云发布新品。效果很好！你用过吗？', ['京东云发布新品。', '效果很好！', '你用过吗？']],
    ['； ends a sentence', '一端连接商家；另一端连接用户。', ['一端连接商家；', '另一端连接用户。']],
    ['closing quote stays with its sentence', '他说：“要加快转型。”随后离开。', ['他说：“要加快转型。”', '随后离开。']],
    [
      'a quotation spanning sentences is one unit',
      '报告指出，“促进数字经济发展。加强数字中国建设整体布局。”京东表示支持。',
      ['报告指出，“促进数字经济发展。加强数字中国建设整体布局。”', '京东表示支持。'],
    ],
    ['decimals stay whole', '用户达到1.5亿人。增长了3.5%。', ['用户达到1.5亿人。', '增长了3.5%。']],
  ])('%s', (_name, text, expected) => {
    expect(split(text, 'zh')).toEqual(expected);
  });

  it('never leaves a dangling opening quote in a shown sentence', () => {
    const text =
      '政府工作报告中指出，“促进数字经济发展。加强数字中国建设整体布局。建设数字信息基础设施，推进5G规模化应用。”京东表示。';
    for (const s of split(text, 'zh')) {
      expect((s.match(/“/g) ?? []).length).toBe((s.match(/”/g) ?? []).length);
    }
  });
});

describe('splitSentences — blocks', () => {
  const blocks: Block[] = [
    { kind: 'heading', text: '数字经济成为拉动中国经济增长的一个主要引擎', level: 2 },
    { kind: 'paragraph', text: '数字新基建是基石。京东是新型实体企业。' },
    { kind: 'heading', text: 'Storm hits the coast' },
    {
      kind: 'paragraph',
      text: 'Winds reached 100 mph. Thousands of homes lost power across the whole northern region overnight',
    },
    { kind: 'paragraph', text: '出国前后关注点大不同' },
  ];

  it('keeps headings as their own units and never crosses a block', () => {
    const sentences = splitSentences(blocks, 'zh');
    expect(sentences.map((s) => [s.block, s.heading, s.text])).toEqual([
      [0, true, '数字经济成为拉动中国经济增长的一个主要引擎'],
      [1, false, '数字新基建是基石。'],
      [1, false, '京东是新型实体企业。'],
      [2, true, 'Storm hits the coast'],
      [3, false, 'Winds reached 100 mph.'],
      [3, false, 'Thousands of homes lost power across the whole northern region overnight'],
      // A short paragraph that does not end like a sentence is a subhead, whatever its markup.
      [4, true, '出国前后关注点大不同'],
    ]);
    expect(sentences.map((s) => s.index)).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('gives offsets that find each sentence in its block', () => {
    for (const s of splitSentences(blocks, 'zh')) {
      expect(blocks[s.block]!.text.slice(s.start, s.end)).toBe(s.text);
    }
  });
});

describe('splitSentences — long input', () => {
  it('segments a 1 MB block with no line breaks, cutting only at safe points', () => {
    const words = 'lorem ipsum dolor sit amet consectetur '.repeat(27_000);
    const sentences = splitSentences([{ kind: 'paragraph', text: words }], 'en');
    expect(sentences.length).toBeGreaterThan(100);
    for (const s of sentences) {
      expect(s.text.length).toBeLessThanOrEqual(400);
      expect(words[s.start - 1] ?? ' ').toMatch(/\s/);
    }
  });

  it('cuts a run-on Chinese paragraph at clause marks, not mid-phrase', () => {
    const text = '数字经济成为今年全国两会聚焦的热点之一，'.repeat(60);
    const sentences = split(text, 'zh');
    expect(sentences.length).toBeGreaterThan(1);
    for (const s of sentences) expect(s.endsWith('，') || s === sentences.at(-1)).toBe(true);
  });
});

describe('brackets and titles that hold a question', () => {
  it('keep it inside the sentence that holds them', () => {
    const texts = (text: string) => split(text, 'zh');
    expect(texts('（原标题：姚明对周琦说了啥？）昨天，中国男篮在广州迎来首战。')).toEqual([
      '（原标题：姚明对周琦说了啥？）',
      '昨天，中国男篮在广州迎来首战。',
    ]);
    expect(texts('他推荐了《你好吗？我很好》这本书。第二句在这里。')).toEqual([
      '他推荐了《你好吗？我很好》这本书。',
      '第二句在这里。',
    ]);
  });
});

describe('a day written as an ordinal before its month', () => {
  it('keeps the date inside its sentence, with month names from Intl for the language', () => {
    expect(split('Am 12. Bis 13. September findet das Fest statt. Danach ruht die Stadt.', 'de')).toEqual([
      'Am 12. Bis 13. September findet das Fest statt.',
      'Danach ruht die Stadt.',
    ]);
    expect(split('Sie kam am 12. März 2019 an. Er blieb.', 'de')).toEqual([
      'Sie kam am 12. März 2019 an.',
      'Er blieb.',
    ]);
    expect(split('Narodil se 15. března 1990 v Praze. Pak odešel.', 'cs')).toEqual([
      'Narodil se 15. března 1990 v Praze.',
      'Pak odešel.',
    ]);
  });

  it('still ends a sentence on a number before any other capital', () => {
    expect(split('Der Verein wurde 1948 Meister. Danach kam der Abstieg.', 'de')).toEqual([
      'Der Verein wurde 1948 Meister.',
      'Danach kam der Abstieg.',
    ]);
    expect(split('Er belegte Platz 3. Bis heute ärgert ihn das.', 'de')).toEqual([
      'Er belegte Platz 3.',
      'Bis heute ärgert ihn das.',
    ]);
    expect(split('The score was 2 to 1. May was a good month.', 'en')).toEqual([
      'The score was 2 to 1.',
      'May was a good month.',
    ]);
  });

  it('leaves Chinese dates, written with 月 and 日, to the segmenter', () => {
    expect(split('比分最终定格在2比1。3月12日，球队回到北京。', 'zh')).toEqual([
      '比分最终定格在2比1。',
      '3月12日，球队回到北京。',
    ]);
  });
});
