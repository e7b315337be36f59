import type { ExtractionResult } from '../../core/article';
import { failure } from '../../core/failure';
import { stripTextTricks } from '../../core/safe-text';
import { restrictionOfContentType } from '../../engine/extract/restricted';
import { articleFromText } from '../../engine/extract/text';

/**
 * The most page text "Digest anyway" reads. It is the only bound on this path (it has no element limit, so it is
 * what the popup offers for pages too large for Readability): innerText of a 100,000-element page takes
 * milliseconds, but digesting megabytes of text would take the worker seconds for a digest nobody can use.
 */
export const MAX_PAGE_TEXT_CHARS = 1_000_000; // as MAX_ARTICLE_CHARS in extract.ts, which this script must not import

/**
 * "Digest anyway": the whole page's visible text as the article, for pages Readability finds no article in.
 * `innerText` (not `textContent`) so hidden elements stay out and block elements keep their line breaks.
 */
export function pageTextExtraction(document: Document, url: string): ExtractionResult {
  const restriction = restrictionOfContentType(document.contentType);
  if (restriction) return failure('restricted', restriction);
  const text = (document.body?.innerText ?? '').slice(0, MAX_PAGE_TEXT_CHARS);
  const article = articleFromText(stripTextTricks(text), {
    url,
    title: stripTextTricks(document.title),
    lang: document.documentElement.lang || undefined,
  });
  if (article.blocks.length === 0) {
    return failure('no-article', 'noText');
  }
  return { ok: true, article };
}
