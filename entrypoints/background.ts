import { browser } from 'wxt/browser';
import { createMenus, onMenuClick } from '@/utils/browser/context-menu';
import { extractFromTab, tabUrl } from '@/utils/browser/extract-tab';
import { historyDb } from '@/utils/db/instance';
import { handleMessages } from '@/utils/messages';
import { getSettings } from '@/utils/settings/settings';
import { createHandlers } from '@/utils/worker/handlers';
import { POPUP_PORT, type PopupState } from '@/utils/worker/popup-protocol';
import { discardUnlessKept, withReaderSettings } from '@/utils/worker/reader';

export default defineBackground(() => {
  const db = historyDb();
  handleMessages(withReaderSettings(createHandlers({ db, extract: extractFromTab, tabUrl }), getSettings));

  // The keyboard shortcut is the manifest's `_execute_action` command: the browser opens the popup, which digests
  // the tab, exactly as a toolbar click does (and grants activeTab the same way). Nothing to listen for here.

  browser.runtime.onInstalled.addListener(() => void createMenus());
  browser.contextMenus.onClicked.addListener((info, tab) => void onMenuClick(db, info, tab));
  // Exposed for the e2e test, which can't right-click: it calls what the listener calls, on a real tab.
  (globalThis as { digestMenuClick?: unknown }).digestMenuClick = (info: never, tab: never) => onMenuClick(db, info, tab);

  // Auto-save off: a digest the popup made and the reader didn't keep is removed when the popup closes.
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== POPUP_PORT) return;
    let state: PopupState | undefined;
    port.onMessage.addListener((message: unknown) => {
      state = message as PopupState;
    });
    port.onDisconnect.addListener(() => void discardUnlessKept(db, state));
  });
});
