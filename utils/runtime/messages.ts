import { browser } from 'wxt/browser';
import type { SavedDigest } from '../store/db/records';
import type { Digest } from '../engine/digest';
import type { Failure, FailureKey, FailureReason } from '../core/failure';
import { trace } from './trace';

/**
 * The typed protocol between the popup / history page and the background worker, which owns the engine and the
 * database. Every reply is a `Reply`: a failure is data naming its message (utils/core/failure.ts), never a thrown error.
 */

/**
 * The source the popup asks to read its tab with (utils/runtime/sources/): 'article' extracts the article with Readability;
 * 'page' digests all the page's text ("Digest anyway").
 */
export type DigestMode = 'article' | 'page';

/** A failure as the worker replies it. */
export interface ReplyFailure extends Failure {
  /** A digest that was made but couldn't be saved ('storage'): the reader still gets to read it. */
  unsaved?: Digest;
}

export type Reply<T> = ({ ok: true } & T) | { ok: false; failure: ReplyFailure };

/** A digest in the history. */
export interface SavedShown {
  saved: true;
  digest: SavedDigest;
}

/**
 * Auto-save off: a digest the worker holds, with its article, under `draft` until the reader presses "Save"; the
 * history doesn't change before that (closing the popup leaves it exactly as it was).
 */
export interface DraftShown {
  saved: false;
  digest: Digest;
  draft: string;
}

export type DigestReply = Reply<SavedShown | DraftShown>;

export type SaveReply = Reply<SavedShown>;

/**
 * What to re-rank: a draft (from its held article), or a saved digest (from its stored article, updated in place).
 * A draft the reader saved names the entry it was saved as (`savedAs`): if the worker no longer holds the draft (newer
 * drafts took its place, or it lived in a stopped worker's memory), the entry's stored article is re-ranked into a
 * new draft instead — the history still changes only on "Save".
 */
export type RerankTarget = { draft: string; savedAs?: number } | { id: number };

export interface Protocol {
  /**
   * Extract and digest the article in a tab; save it (auto-save on) or hold it as a draft (off). With `announce`,
   * a digest to be saved is first announced as ranked (see `onRanked`), so the popup shows it while the save and its
   * search index finish; the reply still says whether it was saved.
   */
  digestTab: { request: { tabId: number; mode: DigestMode; announce?: string }; reply: DigestReply };
  /** Re-rank at another length without reading the page again. */
  rerank: { request: RerankTarget & { sentences: number }; reply: DigestReply };
  /** "Save": the draft, at the length shown, into the history (a page already there is updated in place). */
  save: { request: { draft: string; sentences: number }; reply: SaveReply };
}

export type MessageType = keyof Protocol;
export type Message = { [K in MessageType]: { type: K } & Protocol[K]['request'] }[MessageType];
export type Handlers = { [K in MessageType]: (request: Protocol[K]['request']) => Promise<Protocol[K]['reply']> };

export function failed(reason: FailureReason, key: FailureKey, params?: Failure['params']): { ok: false; failure: Failure } {
  return { ok: false, failure: params ? { reason, key, params } : { reason, key } };
}

/** Sends a request to the background worker. Resolves to a failure (never rejects) if the worker goes away. */
export async function sendMessage<K extends MessageType>(
  type: K,
  request: Protocol[K]['request'],
): Promise<Protocol[K]['reply']> {
  try {
    const reply = (await browser.runtime.sendMessage({ type, ...request })) as Protocol[K]['reply'] | undefined;
    // No reply means the worker was stopped (or restarted) while handling the request.
    return reply ?? failed('error', 'interrupted');
  } catch {
    return failed('error', 'interrupted');
  }
}

/** Answers protocol messages in the background worker. Unknown messages are left for other listeners. */
export function handleMessages(handlers: Handlers): void {
  browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse: (reply: unknown) => void) => {
    if (!isMessage(message, handlers)) return false;
    const reply = (answer: unknown) => {
      trace('worker:reply');
      sendResponse(answer);
    };
    dispatch(handlers, message).then(reply, (error: unknown) =>
      reply(failed('error', 'unexpected', [errorText(error)])),
    );
    // Keeps the channel open for the asynchronous reply.
    return true;
  });
}

/** The worker's word that the digest of request `announce` is ranked, sent before its save starts. */
interface RankedMessage {
  type: 'ranked';
  announce: string;
  digest: Digest;
}

/** In the worker: tells the popup that asked under `announce` the digest it will get, before saving it. */
export function announceRanked(announce: string, digest: Digest): void {
  const message: RankedMessage = { type: 'ranked', announce, digest };
  // No listener (the popup closed) is no problem: the save goes on, and the history gets the digest all the same.
  browser.runtime.sendMessage(message).catch(() => {});
}

/** In the popup: calls `show` with the digest announced under `announce`; returns the function that stops listening. */
export function onRanked(announce: string, show: (digest: Digest) => void): () => void {
  const listener = (message: unknown) => {
    const ranked = message as Partial<RankedMessage> | null;
    if (ranked?.type === 'ranked' && ranked.announce === announce && ranked.digest) show(ranked.digest);
    // Not answered: the worker doesn't wait for one.
    return false;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

function dispatch(handlers: Handlers, message: Message): Promise<Reply<unknown>> {
  // Each handler reads only its own request fields; the extra `type` is harmless.
  const handle = handlers[message.type] as (request: Message) => Promise<Reply<unknown>>;
  return handle(message);
}

function isMessage(value: unknown, handlers: Handlers): value is Message {
  const type = typeof value === 'object' && value !== null ? (value as { type?: unknown }).type : undefined;
  return typeof type === 'string' && Object.hasOwn(handlers, type);
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
