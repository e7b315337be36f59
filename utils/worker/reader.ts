import { articleFromText } from '../article/text';
import { cleanTitle } from '../article/title';
import { restrictionOf } from '../browser/restricted';
import { deleteDigests, getDigest, saveDigest } from '../db/history';
import type { DigestDatabase } from '../db/schema';
import { digestArticle } from '../digest';
import { passageAddress } from '../format/address';
import { type DigestReply, errorText, failed, type Handlers } from '../messages';
import { type Settings, requestedLength } from '../settings/settings';
import { NO_SELECTION, type PopupState } from './popup-protocol';

/**
 * The reader's settings applied around the worker's handlers (kept apart from handlers.ts, which stays settings-free
 * for its tests): a fresh digest starts at the chosen length.
 */
export function withReaderSettings(handlers: Handlers, settings: () => Promise<Settings>): Handlers {
  return {
    ...handlers,
    async digestTab(request) {
      const reply = await handlers.digestTab(request);
      const length = requestedLength(await settings());
      if (!reply.ok || length === undefined || reply.digest.sentences.length === length) return reply;
      const longest = Math.min(length, reply.digest.stats.candidates);
      if (longest === reply.digest.sentences.length) return reply;
      const reranked = await handlers.rerank({ id: reply.digest.id, sentences: longest });
      return reranked.ok ? reranked : reply;
    },
  };
}

/** "Digest selected text": the selection as the article (the page's address and title as its own), saved like any. */
export async function digestSelection(
  db: DigestDatabase,
  { text, url, title, sentences }: { text: string; url: string; title?: string; sentences?: number },
): Promise<DigestReply> {
  const restriction = restrictionOf(url);
  if (restriction) return failed('restricted', restriction);
  // The tab's title carries the site's name (`Story | The Courier`); the article's title shouldn't. Filed under a
  // link to the passage, so it sits beside the page's own digest instead of replacing it.
  const article = articleFromText(text, {
    url: passageAddress(url, text),
    title: title ? cleanTitle(title) : undefined,
  });
  if (article.blocks.length === 0) return failed('no-article', NO_SELECTION);
  const digest = digestArticle(article, { sentences });
  if (digest.sentences.length === 0) return failed('no-article', NO_SELECTION);
  try {
    return { ok: true, digest: await saveDigest(db, digest, article) };
  } catch (error) {
    return failed('storage', `The digest couldn’t be saved to your history (${errorText(error)}).`);
  }
}

/**
 * Auto-save off: the popup holds a port open while it shows a digest; when the popup closes without "Save", a digest
 * it created (since the popup opened) is removed again. One that was already in the history — digested before, only
 * updated now — is left, as the reader had saved it.
 */
export async function discardUnlessKept(db: DigestDatabase, state: PopupState | undefined): Promise<void> {
  if (!state || state.kept || state.digestId === undefined) return;
  const digest = await getDigest(db, state.digestId);
  if (digest && digest.createdAt >= state.since) await deleteDigests(db, [state.digestId]);
}
