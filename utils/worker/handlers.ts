import type { Article, ExtractionResult } from '../article/types';
import { restrictionFromError, restrictionOf } from '../browser/restricted';
import { TimeoutError, withTimeout } from '../browser/timeout';
import { getArticle, saveDigest } from '../db/history';
import type { DigestDatabase } from '../db/schema';
import { digestArticle } from '../digest';
import { type DigestMode, type DigestReply, errorText, failed, type Handlers } from '../messages';

/** Readability takes a few seconds on the largest pages it accepts; beyond this something is stuck. */
export const EXTRACTION_TIMEOUT_MS = 20_000;

/** What the worker needs from the browser, passed in so tests can replace it. */
export interface WorkerDeps {
  db: DigestDatabase;
  extract: (tabId: number, mode: DigestMode) => Promise<ExtractionResult>;
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

      let extraction: ExtractionResult;
      try {
        extraction = await withTimeout(extract(tabId, mode), timeoutMs);
      } catch (error) {
        return injectionFailure(error);
      }
      if (!extraction.ok) return failed(extraction.reason, extraction.message);
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
    return failed('storage', `The digest couldn’t be saved to your history (${errorText(error)}).`);
  }
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
