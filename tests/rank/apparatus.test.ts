import { describe, expect, it } from 'vitest';
import type { Article, Block } from '@/utils/core/article';
import { digestArticle } from '@/utils/engine/digest';
import { prepareArticle } from '@/utils/engine/rank/prepare';

const article = (blocks: Block[], lang = 'en'): Article => ({
  url: 'https://news.example.com/bridge',
  title: 'Harbour bridge opens',
  lang,
  blocks,
  wordCount: 400,
});

const BEFORE = [
  'The new harbour bridge opened to traffic on Monday after six years of construction work.',
  'Engineers said the bridge would carry forty thousand cars every day across the harbour.',
];
const AFTER = [
  'The city council approved the project in 2017 after a long public debate about its cost.',
  'Local businesses on both shores expect the bridge to bring thousands of new customers.',
  'The old ferry service will keep running at weekends until the end of the summer season.',
];

/**
 * A news story has no subheadings, and sites drop a "Related" / "Read more" / 相关阅读 box (a heading and a few
 * links) in the middle of it: the apparatus ends at the story's next paragraph, which stays in the digest.
 */
describe('a related-links box in the middle of a story without subheadings', () => {
  it.each([
    ['Related', 'heading'],
    ['Read more', 'heading'],
    ['See also', 'paragraph'],
  ] as const)('“%s” (%s) with its links leaves the rest of the story in the digest', (label, kind) => {
    const blocks: Block[] = [
      ...BEFORE.map((text) => ({ kind: 'paragraph' as const, text })),
      { kind, text: label, ...(kind === 'heading' ? { level: 3 } : {}) },
      { kind: 'listItem', text: 'Harbour tunnel plan shelved' },
      { kind: 'listItem', text: 'Ferry fares to rise in June' },
      ...AFTER.map((text) => ({ kind: 'paragraph' as const, text })),
    ];
    const prepared = prepareArticle(article(blocks));
    expect(prepared.content.map((s) => s.text)).toEqual(expect.arrayContaining(AFTER));
    expect(digestArticle(article(blocks)).stats.candidates).toBe(BEFORE.length + AFTER.length);
  });

  it('相关阅读 in a Chinese story', () => {
    const before = ['新大桥周一正式通车，此前施工历时六年之久。', '工程师表示，大桥每天可通行四万辆汽车。'];
    const after = ['市议会在二零一七年经过长时间辩论后批准了该项目。', '两岸商家预计大桥将带来数以千计的新顾客。'];
    const blocks: Block[] = [
      ...before.map((text) => ({ kind: 'paragraph' as const, text })),
      { kind: 'paragraph', text: '相关阅读' },
      { kind: 'listItem', text: '海底隧道计划搁置' },
      ...after.map((text) => ({ kind: 'paragraph' as const, text })),
    ];
    expect(prepareArticle(article(blocks, 'zh')).content.map((s) => s.text)).toEqual(expect.arrayContaining(after));
  });
});
