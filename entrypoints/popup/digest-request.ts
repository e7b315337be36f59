import { browser } from 'wxt/browser';
import type { Digest } from '@/utils/engine/digest';
import { takePendingDigest } from '@/utils/runtime/browser/pending';
import { type DigestMode, type DigestReply, errorText, failed, sendMessage } from '@/utils/runtime/messages';
import type { PdfProgress } from '@/utils/runtime/sources/pdf';
import { trace } from '@/utils/runtime/trace';

/** A request for the tab's digest, on its way: its reply, and the digest it announced as ranked before saving it. */
export interface DigestRequest {
  /** Never rejects: whatever went wrong is a failure the popup says, with "Try again". */
  reply: Promise<DigestReply>;
  /** Calls `show` with the ranked digest when it comes, or at once if it already has. */
  whenRanked(show: (digest: Digest) => void): void;
  /** Calls `show` as the popup reads the tab's PDF itself (the worker can't), page by page. */
  whenReadingPdf(show: (progress: PdfProgress) => void): void;
}

/**
 * Asks the worker for the tab's digest (or takes the one the context menu just made, `fromMenu`). Needs no React:
 * the popup's script starts its first request before the UI mounts.
 */
export function requestDigest(
  getTabId: () => Promise<number | undefined>,
  mode: DigestMode,
  fromMenu: boolean,
): DigestRequest {
  let ranked: Digest | undefined;
  let show: ((digest: Digest) => void) | undefined;
  const announced = (digest: Digest) => {
    ranked = digest;
    show?.(digest);
  };
  let progress: PdfProgress | undefined;
  let showProgress: ((progress: PdfProgress) => void) | undefined;
  const reading = (now: PdfProgress) => {
    progress = now;
    showProgress?.(now);
  };
  const reply = (async (): Promise<DigestReply> => {
    try {
      const tab = getTabId();
      const menu = fromMenu ? menuDigest(tab) : undefined;
      const tabId = await tab;
      if (tabId === undefined) return failed('error', 'noTab');
      const reply = (await menu) ?? (await digestTab(tabId, mode, announced));
      // The worker can't read a PDF viewer's tab: the popup reads the document itself and has it digested.
      return !reply.ok && reply.failure.key === 'pdf' ? await digestPdf(tabId, reading, announced) : reply;
    } catch (error) {
      return failed('error', 'unexpected', [errorText(error)]);
    }
  })();
  return {
    reply,
    whenRanked(listener) {
      show = listener;
      if (ranked) listener(ranked);
    },
    whenReadingPdf(listener) {
      showProgress = listener;
      if (progress) listener(progress);
    },
  };
}

/** Digests the tab in the worker, calling `show` with the digest as soon as it is ranked if it is then saved. */
async function digestTab(tabId: number, mode: DigestMode, show: (digest: Digest) => void): Promise<DigestReply> {
  trace('popup:sent');
  // The id the worker announces this request's ranked digest under.
  const announce = crypto.randomUUID();
  const reply = await sendMessage('digestTab', { tabId, mode, announce }, (digest) => {
    trace('popup:ranked');
    show(digest);
  });
  trace('popup:reply');
  if (reply.ok && reply.saved) trace('popup:saved');
  return reply;
}

/**
 * Reads the PDF in the tab here in the popup (pdf.js, loaded only now: the popup's first bundle doesn't carry it),
 * then has the worker digest and keep it like any article.
 */
async function digestPdf(
  tabId: number,
  onProgress: (progress: PdfProgress) => void,
  show: (digest: Digest) => void,
): Promise<DigestReply> {
  // Firefox grants activeTab no fetch of the tab's address, and its viewer (pdf.js itself) takes no script.
  if (import.meta.env.FIREFOX) return failed('restricted', 'pdfFirefox');
  const url = (await browser.tabs.get(tabId)).url;
  if (!url) return failed('restricted', 'pdf');
  trace('popup:pdf-opening');
  const { readPdfTab } = await import('@/utils/runtime/sources/pdf');
  const read = await readPdfTab(url, {
    onProgress: (progress) => {
      if (progress.page === 1) trace('popup:pdf-first-page');
      onProgress(progress);
    },
  });
  trace('popup:pdf-read');
  if (!read.ok) return failed(read.reason, read.key, read.params);
  return sendMessage('digestArticle', { article: read.article, announce: crypto.randomUUID() }, show);
}

/**
 * The digest the context menu just made for this tab ("Digest selected text"), if any. Session storage that can't be
 * read is taken for none: the popup digests the tab instead.
 */
async function menuDigest(tabId: Promise<number | undefined>): Promise<DigestReply | undefined> {
  try {
    return (await takePendingDigest(tabId))?.reply;
  } catch {
    return undefined;
  }
}
