import { describe, expect, it } from 'vitest';
import { extractArticle } from '@/utils/engine/extract/extract';
import { documentOf } from '../support/dom';

const card = (name: string, headlines: string[]) =>
  `<span class="rollover-people"><a class="rollover-people-link" href="/people/x">${name}</a><span class="rollover-people-block"><span class="rollover-block"><img src="/x.jpg"><a class="name" href="/people/x">${name}</a>${headlines.map((h) => `<a href="/n">${h}</a>`).join(' ')}</span></span></span>`;

const textOf = (lang: string, paragraphs: string[]) => {
  const html = `<!doctype html><html lang="${lang}"><head><title>News</title></head><body><article>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
  const result = extractArticle(documentOf(html), 'https://example.com/news/1');
  if (!result.ok) throw new Error(result.key);
  return result.article.blocks.map((b) => b.text);
};

describe('a hover card inside a sentence is not its text', () => {
  it('in English: the name stays, its pop-up goes', () => {
    const rest = [
      'Patrick Carlineo Jr., 55, could face up to 10 years in prison and have to pay $250,000 after pleading guilty to threatening to assault a U.S. official.',
      'His sentencing is scheduled for Feb. 14, according to the office release, and his attorney said he did not intend to cause harm to anyone.',
      'He was arrested in April for a March 21 phone call he reportedly made to the congresswoman’s office in Washington, officials said on Monday.',
    ];
    const blocks = textOf('en', [
      `A New York man pleaded guilty to charges he threatened to kill Rep. ${card('Ilhan Omar', ['Progressives oppose funding bill', 'Senators call for 5G security coordinator'])} (D-Minn.), the U.S. Attorney’s Office announced Monday.`,
      ...rest,
    ]);
    expect(blocks[0]).toBe(
      'A New York man pleaded guilty to charges he threatened to kill Rep. Ilhan Omar (D-Minn.), the U.S. Attorney’s Office announced Monday.',
    );
  });

  it('in Chinese', () => {
    const rest = [
      '京东云为超过一千五百家大型企业和一百五十二万家中小微企业提供了数字化服务，覆盖制造、零售和汽车等行业。',
      '在汽车行业，北汽集团借助京东云的混合云方案，将信息技术成本降低了百分之五十，系统上线时间大幅缩短。',
      '报告认为，供应链的数字化将成为下一阶段数字经济发展的重点，京东云将继续加大在这一领域的投入。',
    ];
    const blocks = textOf('zh', [
      `${card('京东云', ['京东云发布新一代服务器', '京东云入选国家级绿色工厂'])}今天发布了面向中小企业的数字化转型解决方案，帮助企业降低成本、提高效率。`,
      ...rest,
    ]);
    expect(blocks[0]).toBe('京东云今天发布了面向中小企业的数字化转型解决方案，帮助企业降低成本、提高效率。');
  });
});
