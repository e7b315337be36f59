import { useCallback, useEffect, useRef, useState } from 'react';
import type { Digest } from '@/utils/engine/digest';
import {
  type DigestMode,
  type DigestReply,
  type ReplyFailure,
  type RerankTarget,
  sendMessage,
} from '@/utils/runtime/messages';
import type { PdfProgress } from '@/utils/runtime/sources/pdf';
import { type DigestRequest, requestDigest } from './digest-request';

export type TabDigestState =
  | {
      status: 'working';
      mode: DigestMode;
      /** The tab shows a PDF, which the popup is reading: how far it has got. */
      pdf?: PdfProgress;
    }
  | {
      status: 'ready';
      digest: Digest;
      /** Read from a PDF in the browser's viewer, where nothing can be highlighted or scrolled to. */
      fromPdf?: boolean;
      /** The history entry the digest on show is saved as; undefined while it isn't (auto-save off, before "Save"). */
      savedId?: number;
      /**
       * The history entry this page's digest was last saved as, kept while a re-rank makes it a draft again: if the
       * worker no longer holds that draft, the entry's article is re-ranked instead.
       */
      entryId?: number;
      /** Auto-save off: the worker's draft of this digest, which "Longer/Shorter" re-rank and "Save" saves. */
      draft?: string;
      /** Auto-save on: shown as soon as it was ranked, while the worker saves it; its reply says how that went. */
      saving?: boolean;
      /** A re-rank or a save on its way. */
      busy?: 'rerank' | 'save';
      /** Why the last re-rank or save didn't happen (the digest on show stays). */
      problem?: ReplyFailure;
    }
  | { status: 'failed'; failure: ReplyFailure; mode: DigestMode };

type Ready = Extract<TabDigestState, { status: 'ready' }>;

/**
 * The popup's flow: digest the tab as soon as the popup opens, then re-rank and save on request. Only the latest
 * request's reply is shown, so a slow earlier reply can't overwrite a newer one.
 */
export function useTabDigest(getTabId: () => Promise<number | undefined>, opening?: DigestRequest) {
  const [state, setState] = useState<TabDigestState>({ status: 'working', mode: 'article' });
  const latest = useRef(0);
  // The popup's script started the first request before this mounted; it is taken once.
  const first = useRef(opening);
  // A reply or a save that settles after the popup is gone has nothing left to show.
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  const current = useCallback((request: number) => mounted.current && request === latest.current, []);

  const digest = useCallback(
    async (mode: DigestMode, started?: DigestRequest) => {
      const request = ++latest.current;
      setState({ status: 'working', mode });
      // Only the popup's first request (`started`, by its script) may take a digest the context menu left for it.
      const asked = started ?? requestDigest(getTabId, mode, false);
      let shown: Digest | undefined;
      let settled = false;
      let fromPdf: true | undefined;
      asked.whenReadingPdf((pdf) => {
        fromPdf = true;
        if (current(request) && !settled) setState({ status: 'working', mode, pdf });
      });
      asked.whenRanked((digest) => {
        if (!current(request) || settled) return;
        shown = digest;
        setState({ status: 'ready', digest, fromPdf, saving: true });
      });
      let reply = await asked.reply;
      settled = true;
      if (!current(request)) return;
      // A digest on show stays on show whatever happened to its save: the failure says it wasn't saved beside it.
      if (!reply.ok && shown && !reply.failure.unsaved)
        reply = { ok: false, failure: { ...reply.failure, unsaved: shown } };
      setState(
        reply.ok
          ? reply.saved
            ? // The digest on show stays the same object once saved, so what follows it (the page's highlights, the
              // sentence scrolled to) doesn't start over.
              {
                status: 'ready',
                digest: shown ?? reply.digest,
                fromPdf,
                savedId: reply.digest.id,
                entryId: reply.digest.id,
              }
            : { status: 'ready', digest: reply.digest, fromPdf, draft: reply.draft }
          : { status: 'failed', failure: reply.failure, mode },
      );
    },
    [getTabId, current],
  );

  useEffect(() => {
    const started = first.current;
    first.current = undefined;
    void digest('article', started);
  }, [digest]);

  /** Runs a re-rank or a save for the digest on show, and shows its outcome if nothing newer was asked for since. */
  const act = useCallback(
    async (busy: 'rerank' | 'save', from: Ready, send: () => Promise<DigestReply>) => {
      const request = ++latest.current;
      setState({ ...from, busy, problem: undefined });
      const reply = await send();
      if (!current(request)) return;
      setState(
        reply.ok
          ? {
              ...from,
              digest: reply.digest,
              // A re-ranked draft is a draft again: the history keeps what was saved until "Save".
              savedId: reply.saved ? reply.digest.id : undefined,
              entryId: reply.saved ? reply.digest.id : from.entryId,
              draft: reply.saved ? from.draft : reply.draft,
              busy: undefined,
              problem: undefined,
            }
          : { ...from, busy: undefined, problem: reply.failure },
      );
    },
    [current],
  );

  const setLength = useCallback(
    async (sentences: number) => {
      if (state.status !== 'ready') return;
      // Auto-save off, the draft is re-ranked even once saved (the history changes only on "Save"); if the worker no
      // longer holds it, the entry it was saved as is re-ranked into a new draft.
      const target: RerankTarget | undefined =
        state.draft !== undefined
          ? { draft: state.draft, savedAs: state.entryId }
          : state.savedId !== undefined
            ? { id: state.savedId }
            : undefined;
      if (!target) return;
      await act('rerank', state, () => sendMessage('rerank', { ...target, sentences }));
    },
    [act, state],
  );

  const save = useCallback(async () => {
    if (state.status !== 'ready' || state.draft === undefined) return;
    const draft = state.draft;
    const sentences = state.digest.sentences.length;
    await act('save', state, () => sendMessage('save', { draft, sentences }));
  }, [act, state]);

  const retry = useCallback(() => digest(state.status === 'failed' ? state.mode : 'article'), [digest, state]);

  return { state, digestAnyway: () => digest('page'), retry, setLength, save };
}
