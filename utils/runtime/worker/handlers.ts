import type { Article, ExtractionResult } from '../../core/article';
import { type Digest, digestArticle } from '../../engine/digest';
import { restrictionFromError, restrictionOf } from '../../engine/extract/restricted';
import type { DigestDatabase } from '../../store/db/database';
import { HistoryBlockedError, isQuotaError } from '../../store/db/errors';
import { getArticle, saveDigest, updateSavedDigest } from '../../store/db/history';
import { openHistory } from '../../store/db/open';
import {
  type DigestMode,
  type DigestReply,
  errorText,
  failed,
  type Handlers,
  type ReplyFailure,
  type SaveReply,
} from '../messages';
import { trace } from '../trace';
import { type DraftStore, sessionDrafts } from './drafts';
import { samePage } from './same-page';
import { TimeoutError, withTimeout } from './timeout';

/** Readability takes a few seconds on the largest pages it accepts; beyond this something is stuck. */
export const EXTRACTION_TIMEOUT_MS = 20_000;

/** The reader's settings that shape a fresh digest. */
export interface ReaderChoices {
  /** Key sentences to start with; undefined lets the engine choose from the article's length. */
  sentences?: number;
  /** Save at once; when false the digest is held as a draft until the reader presses "Save". */
  autoSave: boolean;
}

/** Where a fresh digest goes: the history, or the drafts (auto-save off). */
export interface Keeping {
  db: DigestDatabase;
  drafts: DraftStore;
}

/** What the worker needs from the browser, passed in so tests can replace it. */
export interface WorkerDeps {
  db: DigestDatabase;
  extract: (tabId: number, mode: DigestMode) => Promise<ExtractionResult>;
  tabUrl: (tabId: number) => Promise<string | undefined>;
  /** Where drafts are held (default: a store of its own in session storage). */
  drafts?: DraftStore;
  /** Tells the popup a digest that is about to be saved (default: nobody is told; the reply says it all). */
  announce?: (announce: string, digest: Digest) => void;
  /** The reader's settings, read for each digest (default: the engine's length, saved at once). */
  choices?: () => Promise<ReaderChoices>;
  timeoutMs?: number;
}

/**
 * The background worker's answers to the popup: extract → digest → save (or hold as a draft), re-rank without
 * reading the page again, and "Save" a draft.
 */
export function createHandlers({
  db,
  extract,
  tabUrl,
  drafts = sessionDrafts(),
  choices = async () => ({ autoSave: true }),
  announce = () => {},
  timeoutMs = EXTRACTION_TIMEOUT_MS,
}: WorkerDeps): Handlers {
  /** A fresh digest of an article read from a tab, saved or held as a draft as the reader's settings say. */
  async function digestAndKeep(
    article: Article,
    { sentences, autoSave }: ReaderChoices,
    announcedAs: string | undefined,
  ): Promise<DigestReply> {
    trace('worker:settings');
    const digest = digestArticle(article, { sentences });
    trace('worker:ranked');
    if (digest.sentences.length === 0) return failed('no-article', 'noText');
    // The save writes the article and its search index, which the digest on show doesn't depend on: the reader
    // reads it meanwhile, and the reply says whether it was saved.
    if (autoSave && announcedAs !== undefined) announce(announcedAs, digest);
    return keep({ db, drafts }, { digest, article }, autoSave);
  }

  return {
    async digestTab({ tabId, mode, announce: announcedAs }) {
      trace('worker:received');
      // The settings don't depend on the page: read while the page is. A page Digest can't read never needs them.
      const choosing = choices();
      choosing.catch(() => {});
      const url = await tabUrl(tabId);
      trace('worker:url');
      const restriction = url ? restrictionOf(url) : undefined;
      if (restriction) return failed('restricted', restriction);

      let extraction: ExtractionResult;
      try {
        extraction = await withTimeout(extract(tabId, mode), timeoutMs);
        trace('worker:extracted');
      } catch (error) {
        // A page that navigated away mid-read takes Chrome's injection down with it; say what really happened.
        const left = Boolean(url) && !samePage(await tabUrl(tabId), url);
        return left ? failed('page-changed', 'pageChanged') : injectionFailure(error);
      }
      if (!extraction.ok) return failed(extraction.reason, extraction.key, extraction.params);
      // The article's URL and text were read in one task of the page, so they belong together. If the tab has left
      // that address since (a navigation, an app's pushState), what the reader sees is another page: saving would
      // file this digest under a page the reader isn't looking at. A page that changed before it was read is fine.
      if (url && !samePage(await tabUrl(tabId), extraction.article.url)) {
        return failed('page-changed', 'pageChanged');
      }
      trace('worker:checked');
      return digestAndKeep(extraction.article, await choosing, announcedAs);
    },

    async digestArticle({ article, announce: announcedAs }) {
      return digestAndKeep(article, await choices(), announcedAs);
    },

    async rerank(request) {
      const sentences = lengthOf(request.sentences);
      if ('draft' in request) {
        const draft = await drafts.get(request.draft);
        // Still a draft: the history changes only when the reader presses "Save".
        if (draft) {
          return { ok: true, saved: false, digest: digestArticle(draft.article, { sentences }), draft: request.draft };
        }
        if (request.savedAs === undefined) return failed('not-found', 'draftGone');
        return draftFromSaved({ db, drafts }, request.savedAs, sentences);
      }
      let digest: Digest | undefined;
      try {
        await openHistory(db);
        const article = await getArticle(db, request.id);
        if (article) {
          digest = digestArticle(article, { sentences });
          // Written over the entry only if it is still there: one the reader deleted meanwhile stays deleted.
          const saved = await updateSavedDigest(db, request.id, digest);
          if (saved) return { ok: true, saved: true, digest: saved };
        }
      } catch (error) {
        return { ok: false, failure: storageFailure(error, digest) };
      }
      return failed('not-found', 'notFound');
    },

    async save(request) {
      const draft = await drafts.get(request.draft);
      if (!draft) return failed('not-found', 'draftGone');
      const sentences = lengthOf(request.sentences);
      // The length on show: the draft's own digest, or the same article re-ranked as the popup showed it.
      const digest =
        draft.digest.sentences.length === sentences ? draft.digest : digestArticle(draft.article, { sentences });
      return saveEntry(db, digest, draft.article);
    },
  };
}

/** A length the popup asked for, as a count of sentences (at least one). */
const lengthOf = (sentences: number) => (Number.isFinite(sentences) ? Math.max(1, Math.round(sentences)) : 1);

/**
 * A saved draft the worker no longer holds, re-ranked from the article stored with its entry into a new draft: the
 * history is only read, and changes when the reader presses "Save" again.
 */
async function draftFromSaved({ db, drafts }: Keeping, id: number, sentences: number): Promise<DigestReply> {
  let article: Article | undefined;
  try {
    await openHistory(db);
    article = await getArticle(db, id);
  } catch (error) {
    return { ok: false, failure: storageFailure(error, undefined) };
  }
  if (!article) return failed('not-found', 'notFound');
  return keep({ db, drafts }, { digest: digestArticle(article, { sentences }), article }, false);
}

/** A fresh digest: into the history (auto-save on), or held as a draft the popup can re-rank and save. */
export async function keep(
  { db, drafts }: Keeping,
  draft: { digest: Digest; article: Article },
  autoSave: boolean,
): Promise<DigestReply> {
  if (autoSave) return saveEntry(db, draft.digest, draft.article);
  return { ok: true, saved: false, digest: draft.digest, draft: await drafts.hold(draft) };
}

async function saveEntry(db: DigestDatabase, digest: Digest, article: Article): Promise<SaveReply> {
  try {
    const saved = await saveDigest(db, digest, article);
    trace('worker:saved');
    return { ok: true, saved: true, digest: saved };
  } catch (error) {
    return { ok: false, failure: storageFailure(error, digest) };
  }
}

/** A save that failed still made a digest: it goes back with the failure, so the reader doesn't lose it. */
function storageFailure(error: unknown, unsaved: Digest | undefined): ReplyFailure {
  const why: ReplyFailure = isQuotaError(error)
    ? { reason: 'storage', key: 'storageFull' }
    : error instanceof HistoryBlockedError
      ? { reason: 'storage', key: 'historyBlocked' }
      : { reason: 'storage', key: 'notSaved', params: [errorText(error)] };
  return unsaved ? { ...why, unsaved } : why;
}

function injectionFailure(error: unknown): DigestReply {
  if (error instanceof TimeoutError) {
    return failed('timeout', 'timeout');
  }
  const message = errorText(error);
  const restriction = restrictionFromError(message);
  if (restriction) return failed('restricted', restriction);
  return failed('error', 'cannotRead', [message]);
}
