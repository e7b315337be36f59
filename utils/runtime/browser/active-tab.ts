import { browser } from 'wxt/browser';

/**
 * The tab the popup digests: the active tab of its window, or `?tabId=N` when given (the e2e tests open
 * the popup page in a tab of its own, after a real toolbar click on tab N).
 */
export async function popupTargetTabId(search: string): Promise<number | undefined> {
  const param = new URLSearchParams(search).get('tabId');
  if (param !== null && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/** The tab's URL when the extension may see it (with activeTab, after the click), else undefined. */
export async function tabUrl(tabId: number): Promise<string | undefined> {
  try {
    return (await browser.tabs.get(tabId)).url;
  } catch {
    return undefined;
  }
}
