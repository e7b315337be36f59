import { browser } from 'wxt/browser';
import { passageAddress } from '../../core/address';
import type { ExtractionResult } from '../../core/article';
import { failure } from '../../core/failure';
import { restrictionOf } from '../../engine/extract/restricted';
import { articleFromText } from '../../engine/extract/text';
import { cleanTitle } from '../../engine/extract/title';
import type { Source } from './source';

/**
 * "Digest selected text": the selection as the article, read from the page with its line breaks (the context
 * menu's own copy of it, flattened to one line, when the page can't be scripted).
 */
export const selectionSource: Source = {
  async read({ id, url = '', title, selectionText }) {
    // A page Digest can't read is refused before anything is injected into it.
    const text = restrictionOf(url) ? '' : (await selectedText(id)) || (selectionText ?? '');
    return selectionArticle({ text, url, title });
  },
};

/**
 * A selected passage as an article: the page's title without the site's name (`Story | The Courier` → `Story`), and
 * filed under a link to the passage, so it sits beside the page's own digest instead of replacing it.
 */
export function selectionArticle({
  text,
  url,
  title,
}: {
  text: string;
  url: string;
  title?: string;
}): ExtractionResult {
  const restriction = restrictionOf(url);
  if (restriction) return failure('restricted', restriction);
  const article = articleFromText(text, {
    url: passageAddress(url, text),
    title: title ? cleanTitle(title) : undefined,
  });
  return article.blocks.length > 0 ? { ok: true, article } : failure('no-article', 'noSelection');
}

async function selectedText(tabId: number): Promise<string> {
  try {
    const [frame] = await browser.scripting.executeScript({
      target: { tabId },
      func: () => globalThis.getSelection?.()?.toString() ?? '',
    });
    const text = typeof frame?.result === 'string' ? frame.result : '';
    return text.trim() ? text : '';
  } catch {
    // The page can't be scripted (a PDF, a browser page): the menu's own copy of the selection still works.
    return '';
  }
}
