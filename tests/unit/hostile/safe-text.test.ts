import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Article } from '@/utils/core/article';
import { stripTextTricks } from '@/utils/core/safe-text';
import { digestArticle } from '@/utils/engine/digest';
import { extractArticle } from '@/utils/engine/extract/extract';
import { digestToMarkdown } from '@/utils/store/export/markdown';
import { documentOf } from '../../support/dom';

const ORIGIN = 'http://127.0.0.1:9';
/** The page the hostile e2e test serves, with its payloads pointing at a dead port. */
const hostilePage = readFileSync(join(__dirname, '../../e2e/fixtures/hostile-article.html'), 'utf8').replaceAll(
  '{{ORIGIN}}',
  ORIGIN,
);
const TRICKS = /[\u202A-\u202E\u2066-\u2069\u200B\u2060\uFEFF\u00AD]/;

describe('stripTextTricks', () => {
  it.each([
    ['a right-to-left override that shows “gpj.exe” as “exe.jpg”', 'invoice_\u202Egpj.exe', 'invoice_gpj.exe'],
    ['embeddings and isolates', '\u202Aa\u202C \u2067b\u2069', 'a b'],
    ['a zero-width space splitting a word', 'pass\u200Bword', 'password'],
    ['a soft hyphen, a word joiner and a BOM', '\uFEFFresi\u00ADdents sub\u2060mit', 'residents submit'],
  ])('removes %s', (_, text, expected) => {
    expect(stripTextTricks(text)).toBe(expected);
  });

  it.each([
    ['Arabic with the marks that place its punctuation', 'قال \u200Fالمجلس: 40%\u200F.'],
    ['Hebrew', 'מועצת העיר אישרה תקציב של 48 מיליון דולר.'],
    ['Persian with a zero-width non-joiner', 'می\u200Cخواهم'],
    ['an emoji sequence with a zero-width joiner', '👩\u200D💻'],
    ['Chinese', '京东云已为超过1500家大型企业提供服务。'],
  ])('leaves %s alone', (_, text) => {
    expect(stripTextTricks(text)).toBe(text);
  });
});

describe('a hostile page, read as an article', () => {
  const result = extractArticle(documentOf(hostilePage), `${ORIGIN}/news/council.html`);
  if (!result.ok) throw new Error(result.key);
  const article: Article = result.article;
  const digest = digestArticle(article, { sentences: 20 });

  it('keeps markup in its text as the literal text the page shows', () => {
    expect(article.title).toBe(
      `<script>fetch('${ORIGIN}/pwned/title')</script>Council gpj.exe budget <img src="${ORIGIN}/pwned/title-img">`,
    );
    const text = article.blocks.map((b) => b.text).join('\n');
    expect(text).toContain(`<img src=x onerror="document.title='pwned';fetch('${ORIGIN}/pwned/onerror')">`);
  });

  it('has no bidi overrides or invisible characters anywhere a reader sees text', () => {
    const shown = [article.title, article.siteName, ...article.blocks.map((b) => b.text)];
    shown.push(
      ...digest.sentences.map((s) => s.text),
      ...digest.figures.flatMap((f) => [f.text, f.label ?? '', f.sentence]),
    );
    for (const text of shown) expect(text).not.toMatch(TRICKS);
    expect(article.blocks.map((b) => b.text).join(' ')).toMatch(
      /the password to the public planning portal.*residents could submit/,
    );
  });

  it('keeps link text and drops link targets and image alt text: a javascript: URL has nowhere to go', () => {
    const text = JSON.stringify(article);
    expect(text).toContain('on the council website');
    expect(text).not.toMatch(/javascript:|\/pwned\/(alt|link|nav)/);
  });

  it('copies as Markdown in which the page’s markup is escaped text, not HTML or links', () => {
    const markdown = digestToMarkdown(digest);
    expect(markdown).toContain(`# \\<script\\>fetch('${ORIGIN}/pwned/title')\\</script\\>Council gpj.exe budget`);
    // Every `<` the page wrote is escaped, so no Markdown renderer reads it as a tag.
    expect(markdown).not.toMatch(/(^|[^\\])</m);
    expect(markdown).not.toMatch(/\]\((?!https?:)/);
    expect(markdown).not.toMatch(TRICKS);
  });
});
