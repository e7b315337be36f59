import { describe, expect, it } from 'vitest';
import { digestArticle } from '@/utils/engine/digest';
import { leansBack } from '@/utils/engine/text/leans-back';

describe('a sentence that leans on the one before it', () => {
  it.each([
    ['That prompted authorities to put him on suicide watch.', 'en'],
    ['These issues were raised again at the meeting.', 'en-GB'],
    ['But the council said the plan would go ahead.', 'en'],
    ['“However, nobody expected it,” she said.', 'en'],
    ['这里提供的户型从一室到三室不等。', 'zh'],
    ['该公司去年的营收增长了三成。', 'zh-CN'],
    ['此外，报告还提到了农村的情况。', 'zh'],
    ['第二个作用在飞机上的力是升力。', 'zh'],
    ['二是因为学习压力过大；', 'zh'],
    ['the first is a clause of a list;', 'en'],
  ])('%s', (text, lang) => expect(leansBack(text, lang)).toBe(true));

  it.each([
    ['This year the festival opens on 29 November.', 'en'],
    ['This is the largest project the city has approved.', 'en'],
    ['That week, the river rose by two metres.', 'en'],
    ['Port Aldren will spend $310 million on its docks.', 'en'],
    ['Thatcher resigned in 1990.', 'en'],
    ['这次会议在北京举行。', 'zh'],
    ['京东云表示，未来三年将继续加大投入。', 'zh'],
    ['Mais le conseil a voté le plan.', 'fr'],
  ])('stands alone: %s', (text, lang) => expect(leansBack(text, lang)).toBe(false));
});

describe('key sentences', () => {
  it('prefer a sentence that says what it is about over one that points back to it, all else equal', () => {
    const blocks = [
      'The harbour council approved the rail yard plan on Monday after a long debate about costs.',
      'Residents had asked for more parks, and the plan adds three of them along the water.',
      'That decision ends a decade of argument about the rail yard and its future.',
      'The rail yard plan also ends a decade of argument about the site and its future.',
    ].map((text) => ({ kind: 'paragraph' as const, text }));
    const digest = digestArticle(
      { url: 'https://example.com/a', title: 'Rail yard plan approved', lang: 'en', blocks, wordCount: 70 },
      { sentences: 3 },
    );
    const texts = digest.sentences.map((s) => s.text);
    expect(texts).toContain(blocks[3]!.text);
    expect(texts).not.toContain(blocks[2]!.text);
  });
});
