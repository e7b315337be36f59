import { browser } from 'wxt/browser';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';
import type { ExtractionResult } from '../../core/article';

/**
 * Runs one of the extraction content scripts (registered at runtime, never on every page) in the tab's top page,
 * allowed by the activeTab grant from the reader's click; frames are never read, the grant doesn't cover other
 * origins. Resolves to what the script's `main()` returned; rejects with Chrome's own error when the page can't be
 * scripted, or with why nothing came back.
 */
export async function runExtraction(tabId: number, file: ScriptPublicPath): Promise<ExtractionResult> {
  const [frame] = await browser.scripting.executeScript({ target: { tabId }, files: [file] });
  const result = frame?.result as ExtractionResult | undefined;
  if (!result) throw new Error(noResultReason(frame));
  return result;
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
