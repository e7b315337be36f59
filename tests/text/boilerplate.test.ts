import { describe, expect, it } from 'vitest';
import type { Block } from '@/utils/article/types';
import { markBoilerplate } from '@/utils/text/boilerplate';
import { splitSentences } from '@/utils/text/sentences';

/** The sentences markBoilerplate lets through, as text. */
const kept = (blocks: Block[], lang = 'en') => {
  const sentences = splitSentences(blocks, lang);
  const marks = markBoilerplate(sentences, blocks);
  return sentences.filter((s) => !marks[s.index]).map((s) => s.text);
};

const heading = (text: string): Block => ({ kind: 'heading', level: 2, text });
const paragraph = (text: string): Block => ({ kind: 'paragraph', text });
const item = (text: string): Block => ({ kind: 'listItem', text });

describe('markBoilerplate — apparatus sections', () => {
  it('leaves out the contents and the back matter, and resumes at the next section', () => {
    const blocks = [
      paragraph('Mozilla is a free-software community, created in 1998 by members of Netscape.'),
      heading('Contents'),
      item('1 History'),
      item('1.1 Eich CEO promotion controversy'),
      heading('History'),
      paragraph('The project was named after the original code name of the Netscape Navigator browser.'),
      heading('See also'),
      item('Mozilla Foundation, the non-profit that owns the project.'),
      heading('References'),
      item('"2011 Rugby World Cup final: New Zealand 8-7 France". Retrieved 2 May 2012.'),
      heading('Legacy'),
      paragraph('Firefox, its best-known product, was first released in 2004.'),
    ];
    expect(kept(blocks)).toEqual([
      'Mozilla is a free-software community, created in 1998 by members of Netscape.',
      'History',
      'The project was named after the original code name of the Netscape Navigator browser.',
      'Legacy',
      'Firefox, its best-known product, was first released in 2004.',
    ]);
  });

  it('knows Chinese back matter', () => {
    const blocks = [
      paragraph('京东云今天发布了面向中小企业的数字化转型解决方案。'),
      heading('相关阅读'),
      item('京东云发布新一代云服务器，性能提升百分之三十。'),
    ];
    expect(kept(blocks, 'zh')).toEqual(['京东云今天发布了面向中小企业的数字化转型解决方案。']);
  });

  it('does not take a heading that only starts with such a word for apparatus', () => {
    const blocks = [heading('Notes from the field'), paragraph('The survey teams walked forty kilometres of coast.')];
    expect(kept(blocks)).toEqual(['Notes from the field', 'The survey teams walked forty kilometres of coast.']);
  });
});
