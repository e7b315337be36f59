import { browser } from 'wxt/browser';
import { tabUrl } from '@/utils/runtime/browser/active-tab';
import { announceRanked, type DigestMode, handleMessages } from '@/utils/runtime/messages';
import { SOURCES } from '@/utils/runtime/sources/registry';
import { trace } from '@/utils/runtime/trace';
import { createMenus, onMenuClick } from '@/utils/runtime/worker/context-menu';
import { sessionDrafts } from '@/utils/runtime/worker/drafts';
import { createHandlers } from '@/utils/runtime/worker/handlers';
import { readerChoices } from '@/utils/runtime/worker/reader';
import { historyDb } from '@/utils/store/db/instance';

export default defineBackground(() => {
  // A stopped worker starts again at the popup's message: from its time origin to here is its script's evaluation.
  trace('worker:started');
  const db = historyDb();
  // Auto-save off: digests the popup shows before "Save", held here (never in the history) with their articles.
  const drafts = sessionDrafts();
  const extract = (tabId: number, mode: DigestMode) => SOURCES[mode].read({ id: tabId });
  handleMessages(createHandlers({ db, drafts, extract, tabUrl, choices: readerChoices, announce: announceRanked }));

  // The keyboard shortcut is the manifest's `_execute_action` command: the browser opens the popup, which digests
  // the tab, exactly as a toolbar click does (and grants activeTab the same way). Nothing to listen for here.

  const menuClick = (info: Parameters<typeof onMenuClick>[1], tab: Parameters<typeof onMenuClick>[2]) =>
    onMenuClick({ db, drafts, choices: readerChoices }, info, tab);
  browser.runtime.onInstalled.addListener(() => void createMenus());
  browser.contextMenus.onClicked.addListener((info, tab) => void menuClick(info, tab));
  // Exposed for the e2e test, which can't right-click: it calls what the listener calls, on a real tab.
  (globalThis as { digestMenuClick?: unknown }).digestMenuClick = menuClick;
});
