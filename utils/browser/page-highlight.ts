import { browser } from 'wxt/browser';
import type { HighlightResult } from './highlight';

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
 * was opened with; the script ignores a second injection). Undefined when the page can't be scripted.
 */
export async function askPage(tabId: number, request: PageRequest): Promise<PageReply | undefined> {
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [HIGHLIGHT_SCRIPT as never] });
    return (await browser.tabs.sendMessage(tabId, request)) as PageReply | undefined;
  } catch {
    return undefined;
  }
}
