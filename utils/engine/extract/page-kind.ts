import type { FailureKey } from '../../core/failure';
import { blocksOf } from './blocks';
import { itemsOf, queryValues } from './page-lists';

/**
 * What a page is when it isn't an article, so the popup can say more than "no article". Each message still says
 * there is no article: the popup offers "Digest anyway" under it.
 */
export type NotAnArticle = Extract<FailureKey, 'noArticle' | 'signIn' | 'searchResults' | 'empty'>;

/** Search boxes: marked as such, or named the way search engines and site searches name them (Baidu wd, Yahoo p, …). */
const SEARCH_FIELD = [
  '[role="search"] input',
  'input[type="search"]',
  ...['q', 'query', 'wd', 'p', 's', 'text', 'k', 'keyword'].map((name) => `input[name="${name}"]`),
].join(', ');

/**
 * A results page: it has a search box, and either its address is a search (`/search`, `/search.php`) or the box
 * holds a query the address carries (`?q=riverside+park` and the box says "riverside park"). A search box alone is on
 * nearly every article page, and a `?p=123` alone is a WordPress article's address.
 */
export function looksLikeSearchResults(document: Document, url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  const fields = itemsOf(document.querySelectorAll<HTMLInputElement>(SEARCH_FIELD));
  if (fields.length === 0) return false;
  if (/(^|\/)search(\.\w+)?\/?$/i.test(parsed.pathname)) return true;
  const queries = new Set(
    queryValues(parsed.searchParams)
      .map((v) => v.trim())
      .filter(Boolean),
  );
  return fields.some((field) => queries.has((field.value ?? field.getAttribute('value') ?? '').trim()));
}

/** Why Readability found no article here: the page is empty (an app that hasn't drawn), a sign-in form, or other. */
export function whyNoArticle(document: Document): NotAnArticle {
  const body = document.body;
  if (!body || blocksOf(body, { maxChars: 1 }).length === 0) return 'empty';
  if (document.querySelector('input[type="password"]')) return 'signIn';
  return 'noArticle';
}
