import { articleFromText } from '../article/text';
import type { ExtractionResult } from '../article/types';

/**
 * "Digest anyway": the whole page's visible text as the article, for pages Readability finds no article in.
 * `innerText` (not `textContent`) so hidden elements stay out and block elements keep their line breaks.
 */
export function pageTextExtraction(document: Document, url: string): ExtractionResult {
  const article = articleFromText(document.body?.innerText ?? '', {
    url,
    title: document.title,
    lang: document.documentElement.lang || undefined,
  });
  // Not `failure()` from extract.ts: importing that module would bundle Readability into this script.
  if (article.blocks.length === 0) {
    return { ok: false, reason: 'no-article', message: 'There is no text on this page to digest.' };
  }
  return { ok: true, article };
}
