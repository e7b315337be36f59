import type { Article } from '../article/types';
import type { TabExtraction } from '../browser/extract-tab';
import { restrictionFromError, restrictionOf } from '../browser/restricted';
import { TimeoutError, withTimeout } from '../browser/timeout';
import { HistoryBlockedError, isQuotaError } from '../db/errors';
import { getArticle, saveDigest } from '../db/history';
import type { DigestDatabase } from '../db/schema';
import { type Digest, digestArticle } from '../digest';
import {
  type DigestMode,
  type DigestReply,
  errorText,
  FAILURE_SENTENCE,
  type Failure,
  failed,
  type Handlers,
} from '../messages';
import { samePage } from './same-page';

/** Readability takes a few seconds on the largest pages it accepts; beyond this something is stuck. */
export const EXTRACTION_TIMEOUT_MS = 20_000;

/** What the worker needs from the browser, passed in so tests can replace it. */
export interface WorkerDeps {
  db: DigestDatabase;
  extract: (tabId: number, mode: DigestMode) => Promise<TabExtraction>;
  tabUrl: (tabId: number) => Promise<string | undefined>;
  timeoutMs?: number;
}

/** The background worker's answers to the popup: extract → digest → save, and re-rank from the stored article. */
export function createHandlers({ db, extract, tabUrl, timeoutMs = EXTRACTION_TIMEOUT_MS }: WorkerDeps): Handlers {
  return {
    async digestTab({ tabId, mode }) {
      const url = await tabUrl(tabId);
      const restriction = url ? restrictionOf(url) : undefined;
      if (restriction) return failed('restricted', restriction);

      let extraction: TabExtraction;
      try {
        extraction = await withTimeout(extract(tabId, mode), timeoutMs);
      } catch (error) {
        // A page that navigated away mid-read takes Chrome's injection down with it; say what really happened.
        const left = Boolean(url) && !samePage(await tabUrl(tabId), url);
        return left ? failed('page-changed', FAILURE_SENTENCE.pageChanged) : injectionFailure(error);
      }
      if (!extraction.ok) return failed(extraction.reason, extraction.message);
      // The article's URL and text were read in one task of the page, so they belong together. If the tab has left
      // that address since (a navigation, an app's pushState), what the reader sees is another page: saving would
      // file this digest under a page the reader isn't looking at. A page that changed before it was read is fine.
      if (url && !samePage(await tabUrl(tabId), extraction.article.url)) {
        return failed('page-changed', FAILURE_SENTENCE.pageChanged);
      }
      return digestAndSave(db, extraction.article);
    },

    async rerank({ id, sentences }) {
      const article = await getArticle(db, id);
      if (!article) return failed('not-found', 'This digest is no longer in your history.');
      return digestAndSave(db, article, Math.max(1, Math.round(sentences)));
    },
  };
}

async function digestAndSave(db: DigestDatabase, article: Article, sentences?: number): Promise<DigestReply> {
  const digest = digestArticle(article, { sentences });
  if (digest.sentences.length === 0) return failed('no-article', 'There is no text on this page to digest.');
  try {
    return { ok: true, digest: await saveDigest(db, digest, article) };
  } catch (error) {
    return { ok: false, failure: storageFailure(error, digest) };
  }
}

/** A save that failed still made a digest: it goes back with the failure, so the reader doesn't lose it. */
function storageFailure(error: unknown, unsaved: Digest): Failure {
  const message = isQuotaError(error)
    ? FAILURE_SENTENCE.storageFull
    : error instanceof HistoryBlockedError
      ? FAILURE_SENTENCE.historyBlocked
      : `The digest couldn’t be saved to your history (${errorText(error)}).`;
  return { reason: 'storage', message, unsaved };
}

function injectionFailure(error: unknown): DigestReply {
  if (error instanceof TimeoutError) {
    return failed('timeout', 'Reading this page took too long. It may be very large or still loading; try again.');
  }
  const message = errorText(error);
  const restriction = restrictionFromError(message);
  if (restriction) return failed('restricted', restriction);
  return failed('error', `Digest couldn’t read this page: ${message}`);
}
