import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { noResultReason } from '@/utils/runtime/sources/content-script';
import { SOURCES } from '@/utils/runtime/sources/registry';

describe('a read that brings back no result says why', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reports the error Firefox returns beside a missing result: the page’s real error, not "nothing came back"', async () => {
    // Firefox's shape when the content script throws: the frame's result is missing and its error is set.
    const error = new TypeError('n.searchParams.values() is not iterable');
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([{ frameId: 0, error } as never]);
    await expect(SOURCES.article.read({ id: 1 })).rejects.toThrow(
      'reading it failed inside the page (n.searchParams.values() is not iterable).',
    );
  });

  it('keeps "nothing came back" where the browser gives no error (Chrome, or a tab that navigated away)', async () => {
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([
      { frameId: 0, documentId: 'd', result: undefined },
    ]);
    await expect(SOURCES.article.read({ id: 1 })).rejects.toThrow(/^nothing came back from the page/);
  });

  it('words a thrown non-Error as it is', () => {
    expect(noResultReason({ error: 'Script error' })).toBe('reading it failed inside the page (Script error).');
    expect(noResultReason(undefined)).toMatch(/^nothing came back/);
  });
});

describe('every source reads a tab into an article, or says why not', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('article and page: what their content script returns', async () => {
    const result = { ok: false, reason: 'no-article', key: 'signIn' } as const;
    const run = vi
      .spyOn(fakeBrowser.scripting, 'executeScript')
      .mockResolvedValue([{ frameId: 0, documentId: 'd', result }]);
    expect(await SOURCES.page.read({ id: 7 })).toEqual(result);
    expect(run).toHaveBeenLastCalledWith({ target: { tabId: 7 }, files: ['/content-scripts/page-text.js'] });
    // A sign-in page has no article, and no frame to point to either (the probe finds none).
    run
      .mockResolvedValueOnce([{ frameId: 0, documentId: 'd', result }])
      .mockResolvedValueOnce([{ frameId: 0, documentId: 'd', result: null }]);
    expect(await SOURCES.article.read({ id: 7 })).toEqual(result);
    expect(run).toHaveBeenNthCalledWith(2, { target: { tabId: 7 }, files: ['/content-scripts/extract.js'] });
  });

  it('article: a page with no article of its own around a big frame says where the article is', async () => {
    const result = { ok: false, reason: 'no-article', key: 'noArticle' } as const;
    vi.spyOn(fakeBrowser.scripting, 'executeScript')
      .mockResolvedValueOnce([{ frameId: 0, documentId: 'd', result }])
      .mockResolvedValueOnce([{ frameId: 0, documentId: 'd', result: 'https://reader.example.org/story' }]);
    expect(await SOURCES.article.read({ id: 7 })).toEqual({
      ok: false,
      reason: 'in-frame',
      key: 'inFrameAt',
      params: ['https://reader.example.org/story'],
    });
  });

  it('selection: the page’s selection with its line breaks, else the menu’s copy of it', async () => {
    const run = vi
      .spyOn(fakeBrowser.scripting, 'executeScript')
      .mockResolvedValue([{ frameId: 0, documentId: 'd', result: 'Line one.\nLine two.' }]);
    const tab = {
      id: 3,
      url: 'https://news.example.com/a',
      title: 'City council approves new riverside park | The Courier',
      selectionText: 'Line one. Line two.',
    };
    const read = await SOURCES.selection.read(tab);
    expect(read.ok && read.article.blocks.map((b) => b.text)).toEqual(['Line one.', 'Line two.']);
    expect(read.ok && read.article.title).toBe('City council approves new riverside park');
    run.mockRejectedValue(new Error('Cannot access contents of the page'));
    const fallback = await SOURCES.selection.read(tab);
    expect(fallback.ok && fallback.article.blocks.map((b) => b.text)).toEqual(['Line one. Line two.']);
  });

  it('selection: refuses a browser page without injecting anything into it', async () => {
    const run = vi.spyOn(fakeBrowser.scripting, 'executeScript');
    expect(await SOURCES.selection.read({ id: 3, url: 'chrome://settings/', selectionText: 'x' })).toMatchObject({
      ok: false,
      reason: 'restricted',
    });
    expect(run).not.toHaveBeenCalled();
  });
});
