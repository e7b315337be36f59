import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import type { ExtractionResult } from '@/utils/core/article';
import type { DigestReply } from '@/utils/runtime/messages';
import { type Settings, updateSettings } from '@/utils/runtime/settings/settings';
import { historyDb } from '@/utils/store/db/instance';
import type { SavedDigest } from '@/utils/store/db/records';
import { connectLikeChrome } from './ports';

type Extractions = Partial<Record<'article' | 'page', ExtractionResult | Error>>;

/**
 * Starts the real background worker on WXT's fake browser with an empty history (and the given settings), and makes
 * `browser.runtime.connect` reach it the way Chrome does (each request on a port of its own).
 * The page's content scripts are replaced by the given extraction results, per mode.
 */
export async function startWorker(extractions: Extractions, settings: Partial<Settings> = {}) {
  vi.restoreAllMocks();
  fakeBrowser.reset();
  await Promise.all(historyDb().tables.map((table) => table.clear()));
  await updateSettings(settings);
  stubContextMenus();
  connectLikeChrome();
  background.main();
  const executeScript = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation(async (injection) => {
    const mode = 'files' in injection && injection.files?.[0]?.includes('page-text') ? 'page' : 'article';
    const result = extractions[mode];
    if (result instanceof Error) throw result;
    return [{ frameId: 0, documentId: 'doc', result }];
  });
  return { db: historyDb(), executeScript };
}

/** A tab showing `url`, as the worker sees it after the toolbar click (no URL: Chrome hid it from the extension). */
export async function openTab(url?: string): Promise<number> {
  const tab = await fakeBrowser.tabs.create({ url });
  return tab.id!;
}

/** The fake browser has no context menus: record what the worker creates, and let it listen for clicks. */
export function stubContextMenus() {
  const created: unknown[] = [];
  const menus = fakeBrowser.contextMenus as unknown as Record<string, unknown>;
  menus.removeAll = (done?: () => void) => {
    created.length = 0;
    done?.();
    return Promise.resolve();
  };
  menus.create = (item: unknown) => created.push(item);
  vi.spyOn(fakeBrowser.contextMenus.onClicked, 'addListener').mockImplementation(() => {});
  return created;
}

/** The saved digest a reply carries; fails the test when the reply is a failure or a draft. */
export function savedDigestOf(reply: DigestReply): SavedDigest {
  if (!reply.ok) throw new Error(reply.failure.key);
  if (!reply.saved) throw new Error(`a draft (${reply.draft}), not a saved digest`);
  return reply.digest;
}

/** The draft key a reply carries; fails the test when the reply is a failure or a saved digest. */
export function draftOf(reply: DigestReply): string {
  if (!reply.ok) throw new Error(reply.failure.key);
  if (reply.saved) throw new Error(`saved as ${reply.digest.id}, not a draft`);
  return reply.draft;
}
