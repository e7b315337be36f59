import { beforeEach, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { popupTargetTabId } from '@/utils/runtime/browser/active-tab';

beforeEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

it('digests the active tab of the popup’s window', async () => {
  // The fake browser can't make a tab active, so answer the query the way Chrome would.
  const query = vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 7 } as Browser.tabs.Tab]);
  expect(await popupTargetTabId('')).toBe(7);
  expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
});

it('digests the tab named by ?tabId= when the popup page is opened in a tab of its own', async () => {
  expect(await popupTargetTabId('?tabId=42')).toBe(42);
  expect(await popupTargetTabId('?tabId=abc')).toBeUndefined();
});
