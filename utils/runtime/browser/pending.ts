import { storage } from 'wxt/utils/storage';
import type { DigestReply } from '../messages';

/** A digest the worker made for a tab (from the context menu), for the popup to show instead of digesting again. */
export interface PendingDigest {
  tabId: number;
  /** The digest (saved, or a draft the popup offers to save), or why there is none. */
  reply: DigestReply;
  at: number;
}

/**
 * The popup the menu opens to show its digest carries this in its address; any other popup (a toolbar click) knows
 * there is nothing to take and doesn't read session storage at all.
 */
const MENU_DIGEST_PARAM = 'menuDigest';

/** The popup's page at its address with a menu digest waiting: in a tab of its own (`tabId`), or as the popup. */
export function popupWithMenuDigest(tabId?: number): `/popup.html?${string}` {
  return tabId === undefined ? `/popup.html?${MENU_DIGEST_PARAM}` : `/popup.html?tabId=${tabId}&${MENU_DIGEST_PARAM}`;
}

/** In the popup: whether its address says the context menu left a digest for it. */
export function menuDigestWaiting(search: string): boolean {
  return new URLSearchParams(search).has(MENU_DIGEST_PARAM);
}

/** Session storage: gone when the browser closes; a popup opened more than a minute later digests afresh. */
export const pendingDigest = storage.defineItem<PendingDigest | null>('session:pendingDigest', { fallback: null });
const PENDING_FOR_MS = 60_000;

/**
 * The popup's question when it opens on `tabId`: did the context menu just digest this tab? (Asked once.) Read while
 * the popup is still finding out its tab: both are a round trip to the browser.
 */
export async function takePendingDigest(
  tabId: Promise<number | undefined>,
  now = Date.now(),
): Promise<PendingDigest | undefined> {
  const [pending, id] = await Promise.all([pendingDigest.getValue(), tabId]);
  if (!pending || id === undefined || pending.tabId !== id) return undefined;
  await pendingDigest.setValue(null);
  return now - pending.at <= PENDING_FOR_MS ? pending : undefined;
}
