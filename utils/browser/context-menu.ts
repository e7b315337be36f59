import { browser, type Browser } from 'wxt/browser';
import { i18n } from '#i18n';
import type { DigestDatabase } from '../db/schema';
import type { DigestReply } from '../messages';
import { getSettings, requestedLength } from '../settings/settings';
import { pendingDigest } from './pending';
import { digestSelection } from '../worker/reader';

export const MENU_PAGE = 'digest-page';
export const MENU_SELECTION = 'digest-selection';

/** The two items of the page's context menu (made once, when the extension is installed or updated). */
export async function createMenus(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({ id: MENU_PAGE, title: i18n.t('menu.page'), contexts: ['page'] });
  browser.contextMenus.create({ id: MENU_SELECTION, title: i18n.t('menu.selection'), contexts: ['selection'] });
}

/** The selection's text as the reader sees it (with its line breaks), falling back to what the menu event carries. */
async function selectedText(tabId: number, fallback: string | undefined): Promise<string> {
  try {
    const [frame] = await browser.scripting.executeScript({
      target: { tabId },
      func: () => globalThis.getSelection?.()?.toString() ?? '',
    });
    const text = typeof frame?.result === 'string' ? frame.result : '';
    if (text.trim()) return text;
  } catch {
    // The page can't be scripted (a PDF, a browser page): the menu's own copy of the selection still works.
  }
  return fallback ?? '';
}

/**
 * What a context-menu click does (the listener calls this; the e2e test calls it too, with a real tab).
 * "Digest this page" opens the popup on the tab, which digests it as a toolbar click would. "Digest selected text"
 * digests the selection here, saves it, and opens the popup to show it. Where the popup can't be opened from here
 * (`action.openPopup` is missing or refuses without a focused window), the digest opens in the history instead.
 */
export async function onMenuClick(
  db: DigestDatabase,
  info: Pick<Browser.contextMenus.OnClickData, 'menuItemId' | 'selectionText'>,
  tab: Pick<Browser.tabs.Tab, 'id' | 'url' | 'title'> | undefined,
): Promise<{ shownIn: 'popup' | 'history'; reply?: DigestReply }> {
  const tabId = tab?.id;
  if (tabId === undefined) return { shownIn: 'history' };
  let reply: DigestReply | undefined;
  if (info.menuItemId === MENU_SELECTION) {
    // Before the digest is saved: a popup that doesn't keep it (auto-save off) knows it as its own by this time.
    const startedAt = Date.now();
    const text = await selectedText(tabId, info.selectionText);
    const sentences = requestedLength(await getSettings());
    reply = await digestSelection(db, { text, url: tab?.url ?? '', title: tab?.title, sentences });
    await pendingDigest.setValue({
      tabId,
      digestId: reply.ok ? reply.digest.id : undefined,
      reply: reply.ok ? undefined : reply,
      at: startedAt,
    });
  }
  if (await openPopup()) return { shownIn: 'popup', reply };
  const hash = reply?.ok ? `#digest=${reply.digest.id}` : '';
  await browser.tabs.create({ url: browser.runtime.getURL(`/options.html${hash}`) });
  return { shownIn: 'history', reply };
}

async function openPopup(): Promise<boolean> {
  // MV2 (Firefox) calls the toolbar button a browserAction.
  const action = browser.action ?? (browser as unknown as { browserAction?: typeof browser.action }).browserAction;
  try {
    if (typeof action?.openPopup !== 'function') return false;
    await action.openPopup();
    return true;
  } catch {
    return false;
  }
}
