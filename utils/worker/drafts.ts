import { storage } from 'wxt/utils/storage';
import type { Article } from '../article/types';
import type { Digest } from '../digest';

/** Auto-save off: a digest shown in a popup and not saved (yet), with the article it was made from. */
export interface Draft {
  digest: Digest;
  article: Article;
}

/** The worker's drafts, by key. Only the latest few are kept: a popup shows one at a time. */
export interface DraftStore {
  /** Holds a draft; returns its key. Never fails (a draft that can't be stored stays in the worker's memory). */
  hold(draft: Draft): Promise<string>;
  get(key: string): Promise<Draft | undefined>;
}

export const MAX_DRAFTS = 5;

type ItemKey = `session:${string}`;
const KEYS: ItemKey = 'session:draftKeys';
const itemKey = (key: string): ItemKey => `session:draft:${key}`;

/**
 * Drafts in the browser's session storage: in memory, out of reach of content scripts, gone when the browser closes,
 * and still there when Chrome stops an idle worker while the reader reads the popup. Each draft is one item, with a
 * list of the keys, oldest first; holding one more than `max` drops the oldest. The worker's memory keeps a copy of
 * each, which is all there is of a draft too large for the session area's quota.
 */
export function sessionDrafts(max = MAX_DRAFTS): DraftStore {
  const memory = new Map<string, Draft>();
  // The list is read, changed and written: one change at a time.
  let queue: Promise<unknown> = Promise.resolve();
  const serially = <T>(task: () => Promise<T>): Promise<T> => {
    const next = queue.then(task, task);
    queue = next.catch(() => undefined);
    return next;
  };

  return {
    async hold(draft) {
      const key = crypto.randomUUID();
      memory.set(key, draft);
      for (const old of memory.keys()) if (memory.size > max) memory.delete(old);
      await serially(async () => {
        try {
          const keys = [...((await storage.getItem<string[]>(KEYS)) ?? []), key];
          const dropped = keys.splice(0, Math.max(0, keys.length - max));
          if (dropped.length > 0) await storage.removeItems(dropped.map(itemKey));
          await storage.setItem(itemKey(key), draft);
          await storage.setItem(KEYS, keys);
        } catch {
          // The session area is full (a very large article) or unavailable: the memory copy serves this worker.
        }
      });
      return key;
    },

    async get(key) {
      const held = memory.get(key);
      if (held) return held;
      try {
        return (await storage.getItem<Draft>(itemKey(key))) ?? undefined;
      } catch {
        return undefined;
      }
    },
  };
}
