import { useCallback, useEffect, useRef, useState } from 'react';
import type { SavedDigest } from '@/utils/db/schema';
import { type DigestMode, type DigestReply, type Failure, sendMessage } from '@/utils/messages';

export type TabDigestState =
  | { status: 'working'; mode: DigestMode }
  | { status: 'ready'; digest: SavedDigest; reranking: boolean; rerankFailure?: Failure }
  | { status: 'failed'; failure: Failure; mode: DigestMode };

const NO_TAB: Failure = { reason: 'error', message: 'There is no open tab to digest.' };

/**
 * The popup's flow: digest the tab as soon as the popup opens, then re-rank on request. Only the latest request's
 * reply is shown, so a slow earlier reply can't overwrite a newer one.
 */
export function useTabDigest(getTabId: () => Promise<number | undefined>) {
  const [state, setState] = useState<TabDigestState>({ status: 'working', mode: 'article' });
  const latest = useRef(0);

  const digest = useCallback(
    async (mode: DigestMode) => {
      const request = ++latest.current;
      setState({ status: 'working', mode });
      const tabId = await getTabId();
      const reply: DigestReply =
        tabId === undefined ? { ok: false, failure: NO_TAB } : await sendMessage('digestTab', { tabId, mode });
      if (request !== latest.current) return;
      setState(
        reply.ok
          ? { status: 'ready', digest: reply.digest, reranking: false }
          : { status: 'failed', failure: reply.failure, mode },
      );
    },
    [getTabId],
  );

  useEffect(() => {
    void digest('article');
  }, [digest]);

  const setLength = useCallback(
    async (sentences: number) => {
      if (state.status !== 'ready') return;
      const request = ++latest.current;
      setState({ ...state, reranking: true, rerankFailure: undefined });
      const reply = await sendMessage('rerank', { id: state.digest.id, sentences });
      if (request !== latest.current) return;
      setState(
        reply.ok
          ? { status: 'ready', digest: reply.digest, reranking: false }
          : { ...state, reranking: false, rerankFailure: reply.failure },
      );
    },
    [state],
  );

  const retry = useCallback(() => digest(state.status === 'failed' ? state.mode : 'article'), [digest, state]);

  return { state, digestAnyway: () => digest('page'), retry, setLength };
}
