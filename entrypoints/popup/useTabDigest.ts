import { useCallback, useEffect, useRef, useState } from 'react';
import { takePendingDigest } from '@/utils/browser/pending';
import { getDigest } from '@/utils/db/history';
import type { DigestDatabase, SavedDigest } from '@/utils/db/schema';
import { type DigestMode, type DigestReply, type Failure, sendMessage } from '@/utils/messages';

import { i18n } from '#i18n';

export type TabDigestState =
  | { status: 'working'; mode: DigestMode }
  | {
      status: 'ready';
      digest: SavedDigest;
      reranking: boolean;
      rerankFailure?: Failure;
      /** When the context menu made this digest, before the popup opened (epoch ms). */
      madeAt?: number;
    }
  | { status: 'failed'; failure: Failure; mode: DigestMode };


/**
 * The popup's flow: digest the tab as soon as the popup opens, then re-rank on request. Only the latest request's
 * reply is shown, so a slow earlier reply can't overwrite a newer one.
 */
export function useTabDigest(getTabId: () => Promise<number | undefined>, db?: DigestDatabase) {
  const [state, setState] = useState<TabDigestState>({ status: 'working', mode: 'article' });
  const latest = useRef(0);

  const digest = useCallback(
    async (mode: DigestMode, fromMenu = false) => {
      const request = ++latest.current;
      setState({ status: 'working', mode });
      const tabId = await getTabId();
      const fromMenuDigest = tabId !== undefined && fromMenu && db ? await menuDigest(db, tabId) : undefined;
      const reply: DigestReply =
        tabId === undefined
          ? { ok: false, failure: { reason: 'error', message: i18n.t('popup.noTab') } }
          : (fromMenuDigest?.reply ?? (await sendMessage('digestTab', { tabId, mode })));
      if (request !== latest.current) return;
      setState(
        reply.ok
          ? { status: 'ready', digest: reply.digest, reranking: false, madeAt: fromMenuDigest?.at }
          : { status: 'failed', failure: reply.failure, mode },
      );
    },
    [getTabId],
  );

  useEffect(() => {
    void digest('article', true);
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
          ? // Keep the rest of the state (when this digest was made decides whether closing unsaved discards it).
            { ...state, digest: reply.digest, reranking: false, rerankFailure: undefined }
          : { ...state, reranking: false, rerankFailure: reply.failure },
      );
    },
    [state],
  );

  const retry = useCallback(() => digest(state.status === 'failed' ? state.mode : 'article'), [digest, state]);

  return { state, digestAnyway: () => digest('page'), retry, setLength };
}

/** The digest the context menu just made for this tab ("Digest selected text"), if any. */
async function menuDigest(db: DigestDatabase, tabId: number): Promise<{ reply: DigestReply; at: number } | undefined> {
  const pending = await takePendingDigest(tabId);
  if (!pending) return undefined;
  if (pending.reply) return { reply: pending.reply, at: pending.at };
  const digest = pending.digestId === undefined ? undefined : await getDigest(db, pending.digestId);
  return digest ? { reply: { ok: true, digest }, at: pending.at } : undefined;
}
