import { type Browser, browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { pendingDigest, popupWithMenuDigest } from '../browser/pending';
import { type DigestReply, errorText, failed } from '../messages';
import { SOURCES } from '../sources/registry';
import type { Keeping, ReaderChoices } from './handlers';
import { keepRead } from './reader';

export const MENU_PAGE = 'digest-page';
export const MENU_SELECTION = 'digest-selection';

/** The two items of the page's context menu (made once, when the extension is installed or updated). */
export async function createMenus(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({ id: MENU_PAGE, title: i18n.t('menu.page'), contexts: ['page'] });
  browser.contextMenus.create({ id: MENU_SELECTION, title: i18n.t('menu.selection'), contexts: ['selection'] });
}

/** What a menu click needs from the worker: where a digest goes, and the reader's settings. */
export interface MenuDeps extends Keeping {
  choices: () => Promise<ReaderChoices>;
}

/**
 * What a context-menu click does (the listener calls this; the e2e test calls it too, with a real tab).
 * "Digest this page" opens the popup on the tab, which digests it as a toolbar click would. "Digest selected text"
 * digests the selection here, keeps it as any digest is kept (saved, or a draft until "Save" when auto-save is off),
 * and opens the popup to show it. Where the popup can't be opened from here (`action.openPopup` is missing or
 * refuses without a focused window), a saved digest opens in the history, and a draft or a failure in the popup's
 * page in a tab of its own (the history shows only what is saved).
 */
export async function onMenuClick(
  deps: MenuDeps,
  info: Pick<Browser.contextMenus.OnClickData, 'menuItemId' | 'selectionText'>,
  tab: Pick<Browser.tabs.Tab, 'id' | 'url' | 'title'> | undefined,
): Promise<{ shownIn: 'popup' | 'history' | 'tab'; reply?: DigestReply }> {
  const tabId = tab?.id;
  if (!tab || tabId === undefined) return { shownIn: 'history' };
  let reply: DigestReply | undefined;
  if (info.menuItemId === MENU_SELECTION) {
    reply = await selectionDigest(deps, tabId, info, tab);
    await pendingDigest.setValue({ tabId, reply, at: Date.now() });
  }
  if (await openPopup(reply ? tabId : undefined)) return { shownIn: 'popup', reply };
  if (reply && !(reply.ok && reply.saved)) {
    await browser.tabs.create({ url: browser.runtime.getURL(popupWithMenuDigest(tabId)) });
    return { shownIn: 'tab', reply };
  }
  const hash = reply?.ok ? `#digest=${reply.digest.id}` : '';
  await browser.tabs.create({ url: browser.runtime.getURL(`/options.html${hash}`) });
  return { shownIn: 'history', reply };
}

/** The selection's digest, or why there is none: never a rejection, so the popup always has something to show. */
async function selectionDigest(
  { choices, ...keeping }: MenuDeps,
  tabId: number,
  info: Pick<Browser.contextMenus.OnClickData, 'selectionText'>,
  tab: Pick<Browser.tabs.Tab, 'url' | 'title'>,
): Promise<DigestReply> {
  try {
    const read = await SOURCES.selection.read({
      id: tabId,
      url: tab.url,
      title: tab.title,
      selectionText: info.selectionText,
    });
    return await keepRead(keeping, read, await choices(), 'noSelection');
  } catch (error) {
    return failed('error', 'unexpected', [errorText(error)]);
  }
}

/**
 * Opens the toolbar popup; with `pendingFor`, at the address that tells it the menu's digest for that tab is waiting
 * (set for the tab just while it opens, then back to the manifest's popup, so a later toolbar click is a plain one).
 */
async function openPopup(pendingFor?: number): Promise<boolean> {
  // MV2 (Firefox) calls the toolbar button a browserAction.
  const action = browser.action ?? (browser as unknown as { browserAction?: typeof browser.action }).browserAction;
  try {
    if (typeof action?.openPopup !== 'function') return false;
    if (pendingFor === undefined) {
      await action.openPopup();
      return true;
    }
    const plain = await action.getPopup({});
    await action.setPopup({ tabId: pendingFor, popup: popupWithMenuDigest() });
    try {
      await action.openPopup();
    } finally {
      await action.setPopup({ tabId: pendingFor, popup: plain });
    }
    return true;
  } catch {
    return false;
  }
}
