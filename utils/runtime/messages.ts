import { browser } from 'wxt/browser';
import type { Article } from '../core/article';
import type { Failure, FailureKey, FailureReason } from '../core/failure';
import type { Digest } from '../engine/digest';
import type { SavedDigest } from '../store/db/records';
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
   * a digest to be saved is first announced as ranked (`sendMessage`'s `onRanked`), so the popup shows it while the
   * save and its search index finish; the reply still says whether it was saved.
   */
  digestTab: { request: { tabId: number; mode: DigestMode; announce?: string }; reply: DigestReply };
  /**
   * Digest an article the popup read itself (a PDF: utils/runtime/sources/pdf.ts) and keep it as `digestTab` does,
   * announcing it under `announce` before a save.
   */
  digestArticle: { request: { article: Article; announce?: string }; reply: DigestReply };
  /** Re-rank at another length without reading the page again. */
  rerank: { request: RerankTarget & { sentences: number }; reply: DigestReply };
  /** "Save": the draft, at the length shown, into the history (a page already there is updated in place). */
  save: { request: { draft: string; sentences: number }; reply: SaveReply };
}

export type MessageType = keyof Protocol;
export type Message = { [K in MessageType]: { type: K } & Protocol[K]['request'] }[MessageType];
export type Handlers = { [K in MessageType]: (request: Protocol[K]['request']) => Promise<Protocol[K]['reply']> };

export function failed(
  reason: FailureReason,
  key: FailureKey,
  params?: Failure['params'],
): { ok: false; failure: Failure } {
  return { ok: false, failure: params ? { reason, key, params } : { reason, key } };
}

/**
 * Requests travel on a port of their own, not `runtime.sendMessage`: a popup closed before its answer (while
 * "Saving…") just drops the port, where a pending `sendMessage` makes Firefox report the unanswered message as an
 * error. The worker sees the port go and posts nothing more on it; its work (a save) goes on.
 */
const REQUEST_PORT = 'digest-request';

/** What the worker posts back on a request's port: the ranked digest ahead of its save, then the reply. */
type Answer = { type: 'ranked'; digest: Digest } | { type: 'reply'; reply: unknown };

/**
 * Sends a request to the background worker. Resolves to a failure (never rejects) if the worker goes away. A
 * `digestTab` or `digestArticle` request with `announce` calls `onRanked` with the digest as soon as it is ranked,
 * before it is saved.
 */
export function sendMessage<K extends MessageType>(
  type: K,
  request: Protocol[K]['request'],
  onRanked?: (digest: Digest) => void,
): Promise<Protocol[K]['reply']> {
  return new Promise((resolve) => {
    const interrupted = () => resolve(failed('error', 'interrupted'));
    try {
      const port = browser.runtime.connect({ name: REQUEST_PORT });
      port.onMessage.addListener((message: unknown) => {
        const answer = message as Answer;
        if (answer.type === 'ranked') onRanked?.(answer.digest);
        if (answer.type !== 'reply') return;
        resolve(answer.reply as Protocol[K]['reply']);
        port.disconnect();
      });
      // Gone without a reply: the worker was stopped (or restarted) while handling the request.
      port.onDisconnect.addListener(interrupted);
      port.postMessage({ type, ...request });
    } catch {
      interrupted();
    }
  });
}

/** Who to tell that the digest of request `announce` is ranked: the port it came on, while that is open. */
const announcing = new Map<string, (digest: Digest) => void>();

/** Answers protocol requests in the background worker, one a port; anything else on it is ignored. */
export function handleMessages(handlers: Handlers): void {
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== REQUEST_PORT) return;
    const post = (answer: Answer) => {
      try {
        port.postMessage(answer);
      } catch {
        // The popup closed (the port throws once it knows): nobody is waiting, and the work itself goes on.
      }
    };
    port.onMessage.addListener((message: unknown) => {
      if (!isMessage(message, handlers)) return;
      const announce = 'announce' in message ? message.announce : undefined;
      if (announce !== undefined) announcing.set(announce, (digest) => post({ type: 'ranked', digest }));
      const reply = (answer: unknown) => {
        trace('worker:reply');
        if (announce !== undefined) announcing.delete(announce);
        post({ type: 'reply', reply: answer });
      };
      dispatch(handlers, message).then(reply, (error: unknown) =>
        reply(failed('error', 'unexpected', [errorText(error)])),
      );
    });
  });
}

/**
 * In the worker: tells the popup that asked under `announce` the digest it will get, before saving it. A popup that
 * closed meanwhile is told nothing: the save goes on, and the history gets the digest all the same.
 */
export function announceRanked(announce: string, digest: Digest): void {
  announcing.get(announce)?.(digest);
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
