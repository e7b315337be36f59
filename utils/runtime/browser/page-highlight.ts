import { browser } from 'wxt/browser';
import { HIGHLIGHT_STYLE, type HighlightResult } from './highlight';

/** Requests from the popup to the highlighting script in the page (entrypoints/highlight.content.ts). */
export type PageRequest =
  | { type: 'digest:highlight'; sentences: string[] }
  | { type: 'digest:clear' }
  | { type: 'digest:scroll'; sentence: string }
  | { type: 'digest:status' };

export type PageReply = HighlightResult & { shown: boolean };

export const HIGHLIGHT_SCRIPT = '/content-scripts/highlight.js';

export function isPageRequest(value: unknown): value is PageRequest {
  const type = typeof value === 'object' && value !== null ? (value as { type?: unknown }).type : undefined;
  return typeof type === 'string' && type.startsWith('digest:');
}

/**
 * Sends a request to the page's highlighter, injecting it first (on demand, under the activeTab grant the popup
 * was opened with; the script ignores a second injection), and adds the marks' colours once something is marked
 * (removes them with the marks). Undefined when the page can't be scripted.
 */
export async function askPage(tabId: number, request: PageRequest): Promise<PageReply | undefined> {
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [HIGHLIGHT_SCRIPT as never] });
    const reply = (await browser.tabs.sendMessage(tabId, request)) as PageReply | undefined;
    if (request.type === 'digest:clear') await styleMarks(tabId, false);
    else if (reply?.ok && request.type !== 'digest:status') await styleMarks(tabId, true);
    return reply;
  } catch {
    return undefined;
  }
}

/**
 * The `::highlight()` rules, added to the tab by the browser (an extension style sheet: not in the page's DOM or its
 * style sheets, which a content script can't always reach, see highlight.ts). Removed first, so there is one copy.
 */
async function styleMarks(tabId: number, on: boolean): Promise<void> {
  const css = { target: { tabId }, css: HIGHLIGHT_STYLE };
  await browser.scripting.removeCSS(css);
  if (on) await browser.scripting.insertCSS(css);
}
