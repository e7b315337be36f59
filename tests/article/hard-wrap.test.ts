import { describe, expect, it } from 'vitest';
import type { Block } from '@/utils/core/article';
import { joinHardWrapped } from '@/utils/engine/extract/hard-wrap';

const cells = (lines: string[]): Block[] => lines.map((text) => ({ kind: 'cell', text }));

describe('text hard-wrapped at a fixed width', () => {
  const wrapped = [
    '【看中国报道】一九八九年四月，我在湖南张家界开一个全省教学研究',
    '会议。按照惯例，会议安排了一天时间，让与会者去风景点游玩观赏。',
    '那一天正好是四月十五日，后来我们才知道，这是在中国历史上刻下深',
    '深痕迹的一天。',
    '张家界的春天，美得让人眩目。长期过著从家门到校门的机械生活，一',
    '下子置身于翠绿欲滴的森林，看不完的奇山异峰，我简直要玩疯了。',
    '当我回到招待所时，一位同事告诉我胡耀邦去世的消息，我顿时醒过来。',
  ];

  it('joins a full line that does not end a sentence with the next, and keeps paragraphs apart', () => {
    expect(joinHardWrapped(cells(wrapped)).map((b) => b.text)).toEqual([
      wrapped[0]! + wrapped[1]!,
      wrapped[2]! + wrapped[3]!,
      wrapped[4]! + wrapped[5]!,
      wrapped[6]!,
    ]);
  });

  it('leaves text alone when its lines have no common width', () => {
    const prose = [
      '第一段很短。',
      '第二段稍微长一点，但是也没有多长，它本来就是一个段落',
      '第三段。',
      '第四段的长度又完全不同，作者写了很多很多很多的内容',
      '第五段',
      '第六段结束',
    ];
    expect(joinHardWrapped(cells(prose))).toEqual(cells(prose));
  });
});

describe('cells that only share a width', () => {
  it('a column of addresses is not wrapped text', () => {
    const addresses = [
      '北京市海淀区中关村大街一号',
      '上海市浦东新区世纪大道一号',
      '深圳市南山区科技园南路一号',
      '广州市天河区天河路二百号',
      '杭州市西湖区文三路一百号',
      '成都市高新区天府大道一号',
    ];
    expect(joinHardWrapped(cells(addresses))).toEqual(cells(addresses));
  });
});
