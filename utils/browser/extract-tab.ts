import { browser } from 'wxt/browser';
import type { ExtractionResult } from '../article/types';
import type { DigestMode } from '../messages';
import { frameShellAddress, inFrameFailure } from './frames';

/** The runtime-registered content script for each mode; its `main()` return value is the ExtractionResult. */
const CONTENT_SCRIPTS = {
  article: '/content-scripts/extract.js',
  page: '/content-scripts/page-text.js',
} as const satisfies Record<DigestMode, string>;

/**
 * Runs the extraction content script in the tab's top page (allowed by the activeTab grant from the toolbar click;
 * frames are never read, the grant doesn't cover other origins) and returns what it extracted. Rejects with
 * Chrome's own error when the page can't be scripted. A page with no article may be a shell around a frame that
 * holds it, which Digest can't read: the result says so.
 */
export async function extractFromTab(tabId: number, mode: DigestMode): Promise<ExtractionResult> {
  const [frame] = await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPTS[mode]] });
  const result = frame?.result as ExtractionResult | undefined;
  if (!result) throw new Error(noResultReason(frame));
  if (result.ok || result.reason !== 'no-article') return result;
  // The probe only refines "no article"; if it fails (the tab moved on), that answer stands.
  const framed = await frameShellAddress(tabId).catch(() => undefined);
  return framed === undefined ? result : inFrameFailure(framed);
}

/**
 * Why a frame gave no result. Firefox returns the error the script threw in the page beside the (missing) result;
 * Chrome returns no result, and nothing else, when the tab navigated away or the script failed inside the page.
 */
export function noResultReason(frame: object | undefined): string {
  // Not in the InjectionResult type: Chrome has no such field.
  const error = frame && 'error' in frame ? frame.error : undefined;
  if (error === undefined || error === null) return 'nothing came back from the page. Reload it and try again.';
  const message = typeof error === 'object' && 'message' in error ? String(error.message) : String(error);
  return `reading it failed inside the page (${message}).`;
}

/** The tab's URL when the extension may see it (with activeTab, after the click), else undefined. */
export async function tabUrl(tabId: number): Promise<string | undefined> {
  try {
    return (await browser.tabs.get(tabId)).url;
  } catch {
    return undefined;
  }
}
