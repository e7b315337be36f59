import { describe, expect, it } from 'vitest';
import type { Article } from '@/utils/core/article';
import { extractArticle } from '@/utils/engine/extract/extract';
import { documentOf } from '../support/dom';
import { hasShared, sharedFile } from '../support/shared';

function article(html: string, url = 'https://example.com/news/1'): Article {
  const result = extractArticle(documentOf(html), url);
  if (!result.ok) throw new Error(`extraction failed: ${result.key}`);
  return result.article;
}

const englishPage = `<!doctype html><html lang="en"><head>
<title>Storm batters the coast, cutting power to thousands | Coastal Times</title>
<meta property="og:site_name" content="Coastal Times">
<meta property="article:published_time" content="2024-03-08T10:20:00Z">
<meta property="og:image" content="/img/storm.jpg">
</head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/sport">Sport</a></nav>
<article>
<h1>Storm batters the coast, cutting power to thousands</h1>
<p class="byline">By Jane Doe</p>
<p>A powerful storm battered the northern coast on Friday, cutting power to more than 120,000 homes and forcing the closure of two major highways, officials said.</p>
<p>Wind gusts reached 110 km/h in exposed areas, according to the national weather service, which warned that conditions would remain dangerous until Saturday evening.</p>
<h2>Repairs could take days</h2>
<p>The regional utility said crews had restored electricity to about 40% of affected customers by nightfall, but warned that some rural areas could wait until Tuesday.</p>
<ul><li>Schools in three districts will stay closed on Monday.</li><li>Ferry services remain suspended until further notice.</li></ul>
<blockquote><p>We have never seen damage on this scale in a single night, and our crews are working around the clock.</p></blockquote>
<p>Insurance analysts estimated early losses at $250 million, a figure they expected to rise as assessments continue across the region over the coming week.</p>
</article>
<footer><p>© 2024 Coastal Times. All rights reserved. Contact: news@coastal.example</p></footer>
</body></html>`;

describe('extractArticle — an English news page', () => {
  const a = article(englishPage);

  it('keeps the title without the site name suffix', () => {
    expect(a.title).toBe('Storm batters the coast, cutting power to thousands');
    expect(a.siteName).toBe('Coastal Times');
  });

  it('reads language, publication time and the lead image', () => {
    expect(a.lang).toBe('en');
    expect(a.publishedAt).toBe('2024-03-08T10:20:00Z');
    expect(a.leadImage).toBe('https://example.com/img/storm.jpg');
  });

  it('returns ordered blocks with their kinds, headings separate from paragraphs', () => {
    expect(a.blocks.map((b) => b.kind)).toEqual([
      'paragraph',
      'paragraph',
      'heading',
      'paragraph',
      'listItem',
      'listItem',
      'quote',
      'paragraph',
    ]);
    const heading = a.blocks.find((b) => b.kind === 'heading')!;
    expect(heading).toEqual({ kind: 'heading', text: 'Repairs could take days', level: 2 });
  });

  it('leaves out navigation and the footer', () => {
    const text = a.blocks.map((b) => b.text).join('\n');
    expect(text).not.toMatch(/Home|All rights reserved|news@coastal/);
  });

  it('counts words for reading time', () => {
    expect(a.wordCount).toBeGreaterThan(120);
    expect(a.wordCount).toBeLessThan(200);
  });
});

describe('extractArticle — failures', () => {
  it('says there is no article on a login form', () => {
    const result = extractArticle(
      documentOf('<html><body><form><label>Email <input name=e></label><button>Sign in</button></form></body></html>'),
      'https://example.com/login',
    );
    expect(result).toMatchObject({ ok: false, reason: 'no-article', key: 'noArticle' });
  });

  it('says a page is too large rather than freezing on it', () => {
    const html = `<html><body>${'<div><span>x</span></div>'.repeat(31_000)}</body></html>`;
    expect(extractArticle(documentOf(html), 'https://example.com/huge')).toMatchObject({
      ok: false,
      reason: 'too-large',
    });
  });

  it('does not modify the document it reads', () => {
    const doc = documentOf(englishPage);
    const before = doc.documentElement.outerHTML;
    extractArticle(doc, 'https://example.com/');
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('extractArticle — short Chinese news', () => {
  // A complete story under Readability's default 500-character threshold.
  const html = `<html lang="zh-CN"><head><title>京东云发布数字化方案_示例网</title><meta property="og:site_name" content="示例网"></head><body>
  <div class="nav"><a href="/">首页</a><a href="/tech">科技</a></div>
  <div id="content"><h1>京东云发布数字化方案</h1>
  <p>京东云今天发布了面向中小企业的数字化解决方案，帮助企业降低运营成本。</p>
  <p>迄今为止，京东云已为超过1500家大型企业、超152万家中小微企业提供了数字化服务。</p>
  <p>业内人士认为，这一方案将加快传统行业的数字化转型。</p></div>
  <div class="footer">版权所有 示例网 电话：010-12345678</div></body></html>`;

  it('extracts it, with the site suffix removed and no footer', () => {
    const a = article(html);
    expect(a.title).toBe('京东云发布数字化方案');
    expect(a.lang).toMatch(/^zh/);
    expect(a.blocks.map((b) => b.text)).toEqual([
      '京东云今天发布了面向中小企业的数字化解决方案，帮助企业降低运营成本。',
      '迄今为止，京东云已为超过1500家大型企业、超152万家中小微企业提供了数字化服务。',
      '业内人士认为，这一方案将加快传统行业的数字化转型。',
    ]);
  });

  it('reads the publication time from a <time> element when metadata has none', () => {
    expect(
      article(html.replace('<h1>', '<time datetime="2022-03-08T10:20:31+08:00">3月8日</time><h1>')).publishedAt,
    ).toBe('2022-03-08T10:20:31+08:00');
  });

  it('detects the language from the text when the page declares a wrong one', () => {
    expect(article(html.replace('lang="zh-CN"', 'lang="en"')).lang).toBe('zh');
  });
});

describe.skipIf(!hasShared)('extractArticle — the motivating example page (../shared)', () => {
  const a = hasShared
    ? article(sharedFile('examples/zh-jdcloud-digital-infrastructure.html'), 'http://www.china.org.cn/a')
    : null!;

  it('has the real title and Chinese language', () => {
    expect(a.title).toBe('京东云高礼强：数字新基建推动经济高质量发展');
    expect(a.lang).toMatch(/^zh/);
    expect(a.siteName).toBe('中国网科技');
  });

  it('keeps the three section heads as separate heading blocks', () => {
    expect(a.blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual([
      '数字经济成为拉动中国经济增长的一个主要引擎',
      '数字化转型是汽车行业高质量发展的必经之路',
      '数智供应链是服务汽车、制造业等产业数字化的最大公约数',
    ]);
  });

  it('leaves out the navigation, related links and the copyright footer', () => {
    const text = a.blocks.map((b) => b.text).join('\n');
    for (const furniture of ['首页', '热点专题', '神舟十五号', '版权', '0086-10-82081166', '国务院新闻办公室领导']) {
      expect(text).not.toContain(furniture);
    }
  });
});
