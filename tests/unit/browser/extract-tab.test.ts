import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { extractFromTab, noResultReason } from '@/utils/browser/extract-tab';

describe('a read that brings back no result says why', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reports the error Firefox returns beside a missing result: the page’s real error, not "nothing came back"', async () => {
    // Firefox's shape when the content script throws: the frame's result is missing and its error is set.
    const error = new TypeError('n.searchParams.values() is not iterable');
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([{ frameId: 0, error } as never]);
    await expect(extractFromTab(1, 'article')).rejects.toThrow(
      'reading it failed inside the page (n.searchParams.values() is not iterable).',
    );
  });

  it('keeps "nothing came back" where the browser gives no error (Chrome, or a tab that navigated away)', async () => {
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([{ frameId: 0, documentId: 'd', result: undefined }]);
    await expect(extractFromTab(1, 'article')).rejects.toThrow(/^nothing came back from the page/);
  });

  it('words a thrown non-Error as it is', () => {
    expect(noResultReason({ error: 'Script error' })).toBe('reading it failed inside the page (Script error).');
    expect(noResultReason(undefined)).toMatch(/^nothing came back/);
  });
});
