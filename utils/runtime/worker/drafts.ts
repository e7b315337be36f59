import { storage } from 'wxt/utils/storage';
import type { Article } from '../../core/article';
import type { Digest } from '../../engine/digest';

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
 * list of the keys, oldest first; holding one more than `max` drops the oldest. The session area has a quota (10 MB
 * in Chrome), which a few drafts of very large pages can fill: then the oldest drafts give way to the newest, the one
 * the open popup shows. The worker's memory keeps a copy of each, which is all there is of a draft too large for the
 * quota on its own.
 *
 * An item is stored only while its key is listed (an item is removed before its key leaves the list, and a key joins
 * the list before its item is written), so a write that fails halfway can leave a listed key without an item, which
 * is harmless, but never an item no later hold would drop.
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
          await store(key, draft, max);
        } catch {
          // The session area is unavailable, or full even without older drafts: the memory copy serves this worker.
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

/** Writes a draft to the session area, dropping the oldest drafts while the area is too full for it. */
async function store(key: string, draft: Draft, max: number): Promise<void> {
  const older = (await storage.getItem<string[]>(KEYS)) ?? [];
  const dropping = older.splice(0, Math.max(0, older.length + 1 - max));
  // A write is retried after dropping the oldest draft, as long as the area is full and there is a draft to drop.
  // Dropped items are removed before the list that no longer names them is written.
  const write = async (item: ItemKey, value: () => unknown) => {
    for (;;) {
      try {
        if (dropping.length > 0) await storage.removeItems(dropping.map(itemKey));
        dropping.length = 0;
        return await storage.setItem(item, value());
      } catch (error) {
        if (!isFull(error) || older.length === 0) throw error;
        dropping.push(older.shift()!);
      }
    }
  };
  // The key is listed before its item is written.
  await write(KEYS, () => [...older, key]);
  const listed = older.length;
  try {
    await write(itemKey(key), () => draft);
  } catch (error) {
    // Not stored after all: the list shouldn't name it (a listed key without its item is harmless if this fails).
    await storage.setItem(KEYS, older).catch(() => undefined);
    throw error;
  }
  // The drafts dropped to make room for this one are still listed; they are gone.
  if (older.length !== listed) await storage.setItem(KEYS, [...older, key]).catch(() => undefined);
}

/** Whether a write failed because the session area's quota is used up (Chrome's and Firefox's messages). */
function isFull(error: unknown): boolean {
  return /quota/i.test(error instanceof Error ? `${error.name} ${error.message}` : String(error));
}
