import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '@/utils/engine/extract/extract';
import { looksLikeSearchResults, type NotAnArticle, whyNoArticle } from '@/utils/engine/extract/page-kind';
import { restrictionOfContentType } from '@/utils/engine/extract/restricted';
import { pageTextExtraction } from '@/utils/runtime/browser/page-text';
import { failureSentence } from '@/utils/runtime/i18n/failures';
import { documentOf } from '../../support/dom';

/** The e2e fixtures are the same pages the browser tests serve; here they go through linkedom. */
const fixture = (name: string) => documentOf(readFileSync(join(__dirname, '../../e2e/fixtures', name), 'utf8'));

/** A document as the browser reports it for a tab showing a file of this MIME type (linkedom has no contentType). */
function documentOfType(contentType: string, html = '<html><body><img src="/x"></body></html>'): Document {
  return Object.defineProperty(documentOf(html), 'contentType', { value: contentType });
}

describe('pages that are not articles say what they are', () => {
  it.each([
    [
      'a page of search results',
      'search-results.html',
      'https://find.example/search?q=riverside+park+budget',
      'searchResults',
    ],
    ['a sign-in form', 'login.html', 'https://bank.example/login', 'signIn'],
    ['an empty app shell', 'spa-shell.html', 'https://app.example/', 'empty'],
  ])('%s', (_, name, url, key) => {
    expect(extractArticle(fixture(name), url)).toEqual({ ok: false, reason: 'no-article', key });
  });

  it.each([
    ['an image', 'image/png', 'image'],
    ['a PDF served from an address without .pdf', 'application/pdf', 'pdf'],
    ['a video', 'video/mp4', 'media'],
  ])('%s: the tab’s document type says it, whatever the URL', (_, contentType, key) => {
    for (const extract of [extractArticle, pageTextExtraction]) {
      const result = extract(documentOfType(contentType), 'https://cdn.example/files/1234');
      expect(result).toEqual({ ok: false, reason: 'restricted', key });
    }
  });

  it('every kind has its own sentence, and each still says there is no article (the popup offers “Digest anyway”)', () => {
    const kinds: NotAnArticle[] = ['noArticle', 'signIn', 'searchResults', 'empty'];
    const messages = kinds.map((key) => failureSentence({ reason: 'no-article', key }, 'en'));
    expect(new Set(messages).size).toBe(messages.length);
    for (const message of messages) expect(message).toMatch(/no article/);
  });
});

describe('looksLikeSearchResults', () => {
  const results = fixture('search-results.html');

  it.each([
    ['a /search address', 'https://www.google.com/search?q=park'],
    ['a /search.php address', 'https://forum.example/search.php?keywords=park'],
    ['Baidu: the box holds the query in ?wd=', 'https://www.baidu.com/s?wd=riverside+park+budget'],
    ['a site search: the box holds the query in ?s=', 'https://news.example.com/?s=riverside%20park%20budget'],
  ])('%s with a search box is a results page', (_, url) => {
    expect(looksLikeSearchResults(results, url)).toBe(true);
  });

  it.each([
    ['an article address', 'https://news.example.com/2024/03/park.html'],
    ['a WordPress article (?p=123) with the blog’s search box', 'https://blog.example/?p=123'],
    ['an article under /search-engines/', 'https://news.example.com/search-engines/explained'],
  ])('%s is not, though the page has a search box', (_, url) => {
    expect(looksLikeSearchResults(results, url)).toBe(false);
  });

  it('a /search address without a search box is not', () => {
    expect(looksLikeSearchResults(fixture('english-article.html'), 'https://news.example.com/search')).toBe(false);
  });
});

describe('whyNoArticle', () => {
  it('counts script text as no text: an app that has not drawn is empty', () => {
    expect(whyNoArticle(documentOf('<html><body><div id="root"></div><script>render()</script></body></html>'))).toBe(
      'empty',
    );
  });

  it('calls a page with some text but no article a generic non-article', () => {
    expect(whyNoArticle(documentOf('<html><body><ul><li><a href="/">Home</a></li></ul></body></html>'))).toBe(
      'noArticle',
    );
  });
});

describe('restrictionOfContentType', () => {
  it.each(['text/html', 'application/xhtml+xml', 'text/plain', ''])('%s is text Digest can read', (type) => {
    expect(restrictionOfContentType(type)).toBeUndefined();
  });

  it.each(['image/png', 'image/svg+xml', 'IMAGE/JPEG', 'application/pdf', 'audio/mpeg'])('%s is not', (type) => {
    expect(restrictionOfContentType(type)).toBeDefined();
  });
});
