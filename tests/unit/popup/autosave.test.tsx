// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '@/entrypoints/popup/App';
import { requestDigest } from '@/entrypoints/popup/digest-request';
import { type DigestReply, sendMessage } from '@/utils/runtime/messages';
import { updateSettings } from '@/utils/runtime/settings/settings';
import { MAX_DRAFTS } from '@/utils/runtime/worker/drafts';
import { deleteDigests, listDigests } from '@/utils/store/db/history';
import { addTags } from '@/utils/store/db/tags';
import { setTestLocale } from '../../support/i18n';
import { articleExtracted, englishArticle } from '../fixtures/articles';
import { snapshot } from '../fixtures/history';
import { workerReplies } from '../helpers/ports';
import { openTab, startWorker } from '../helpers/worker';

afterEach(cleanup);

/**
 * Opens the popup on a tab (showing `url`, or the one given), with the real worker behind it; `fromMenu`, at the
 * address the context menu opens it at, as its script (main.tsx) starts it.
 */
async function openPopup(tab: number | string = englishArticle.url, { fromMenu = false } = {}) {
  const tabId = typeof tab === 'number' ? tab : await openTab(tab);
  const getTabId = () => Promise.resolve(tabId);
  return render(<App getTabId={getTabId} opening={requestDigest(getTabId, 'article', fromMenu)} />);
}

const title = () => screen.findByTestId('digest-title', {}, { timeout: 3000 });
const sentenceCount = () => screen.getAllByTestId('key-sentence').length;
/** Every reply the worker has sent so far has arrived (the popup may be gone: the worker still finishes its work). */
const workerDone = workerReplies;

/** Auto-save off: opens the popup, presses “Save”, and resolves to the db and the length saved. */
async function openAndSave() {
  const { db } = await startWorker({ article: articleExtracted }, { autoSave: false });
  await openPopup();
  await title();
  const length = sentenceCount();
  fireEvent.click(await screen.findByRole('button', { name: 'Save to history' }));
  await screen.findByTestId('saved');
  return { db, length };
}

/** Newer digests take the place of the popup's draft in the worker's store. */
async function evictDrafts() {
  for (let i = 0; i < MAX_DRAFTS; i++) {
    await sendMessage('digestTab', { tabId: await openTab(englishArticle.url), mode: 'article' });
  }
}

describe('popup, auto-save off', () => {
  it('offers “Save”, keeps the history unchanged through “Longer”, and saves what it shows when pressed', async () => {
    const { db } = await startWorker({ article: articleExtracted }, { autoSave: false });
    await openPopup();
    await title();
    const save = await screen.findByRole('button', { name: 'Save to history' });
    expect(screen.queryByTestId('saved')).toBeNull();
    expect(screen.queryByRole('textbox', { name: 'Add a tag' })).toBeNull();

    const before = sentenceCount();
    fireEvent.click(screen.getByRole('button', { name: 'Longer' }));
    await vi.waitFor(() => expect(sentenceCount()).toBe(before + 1));
    await workerDone();
    expect(await db.digests.count()).toBe(0);

    fireEvent.click(save);
    expect((await screen.findByTestId('saved')).textContent).toBe('Saved');
    await screen.findByRole('textbox', { name: 'Add a tag' });
    const [saved] = await listDigests(db);
    expect(saved?.sentences.map((s) => s.text)).toEqual(
      screen.getAllByTestId('key-sentence').map((li) => li.textContent!.replace(/^Key point/, '')),
    );
  });

  it('closed without “Save” on a page already in the history: its entry stays exactly as it was', async () => {
    const { db } = await startWorker({ article: articleExtracted });
    await openPopup();
    await screen.findByTestId('saved');
    const [old] = await listDigests(db);
    await addTags(db, old!.id, ['parks']);
    cleanup();
    const before = await snapshot(db);

    await updateSettings({ autoSave: false });
    const popup = await openPopup();
    await screen.findByRole('button', { name: 'Save to history' });
    fireEvent.click(screen.getByRole('button', { name: 'Longer' }));
    await vi.waitFor(() => expect(sentenceCount()).toBe(old!.sentences.length + 1));
    popup.unmount();
    await workerDone();
    expect(await snapshot(db)).toEqual(before);
  });

  it('closed while still “Reading…”: nothing appears in the history', async () => {
    const { db, executeScript } = await startWorker({}, { autoSave: false });
    let read!: () => void;
    const reading = new Promise<void>((resolve) => (read = resolve));
    executeScript.mockImplementation(async () => {
      await reading;
      return [{ frameId: 0, documentId: 'doc', result: articleExtracted }];
    });
    const popup = await openPopup();
    await vi.waitFor(() => expect(executeScript).toHaveBeenCalled());
    expect(screen.getByRole('status').textContent).toContain('Reading this page…');
    popup.unmount();
    read();
    const [reply] = (await workerDone()) as DigestReply[];
    expect(reply).toMatchObject({ ok: true, saved: false });
    expect(await db.digests.count()).toBe(0);
  });

  it('in Chinese: “保存到历史记录”, then “已保存”', async () => {
    setTestLocale('zh_CN');
    const { db } = await startWorker({ article: articleExtracted }, { autoSave: false });
    await openPopup();
    fireEvent.click(await screen.findByRole('button', { name: '保存到历史记录' }));
    expect((await screen.findByTestId('saved')).textContent).toBe('已保存');
    expect(await db.digests.count()).toBe(1);
  });

  it('“Longer” after “Save” is unsaved again: “Save” comes back, and the history keeps the saved length', async () => {
    const { db, length } = await openAndSave();
    fireEvent.click(screen.getByRole('button', { name: 'Longer' }));
    await screen.findByRole('button', { name: 'Save to history' });
    expect(sentenceCount()).toBe(length + 1);
    expect((await listDigests(db)).map((d) => d.sentences.length)).toEqual([length]);
  });

  it('“Longer” then, the draft gone, “Shorter”: still re-ranks from the entry it was saved as, history unchanged', async () => {
    const { db, length } = await openAndSave();
    fireEvent.click(screen.getByRole('button', { name: 'Longer' }));
    await vi.waitFor(() => expect(sentenceCount()).toBe(length + 1));
    await workerDone();
    await evictDrafts();
    const saved = await snapshot(db);

    fireEvent.click(screen.getByRole('button', { name: 'Shorter' }));
    await workerDone();
    await vi.waitFor(() =>
      expect(screen.getByRole('button', { name: 'Shorter' }).hasAttribute('disabled')).toBe(false),
    );
    expect(screen.queryByRole('alert')).toBeNull();
    expect(sentenceCount()).toBe(length);
    expect(await snapshot(db)).toEqual(saved);
    expect((await listDigests(db)).map((d) => d.sentences.length)).toEqual([length]);
  });

  it('“Longer” after “Save” once the worker no longer holds the draft: re-ranks the saved entry into a new draft', async () => {
    // The draft is gone when newer digests took its place (the popup's page in a tab stays open), or when it lived
    // in the memory of a worker Chrome stopped; the saved entry and its article are still in the history.
    const { db, length } = await openAndSave();
    await evictDrafts();
    const saved = await snapshot(db);

    fireEvent.click(screen.getByRole('button', { name: 'Longer' }));
    const save = await screen.findByRole('button', { name: 'Save to history' });
    expect(screen.queryByRole('alert')).toBeNull();
    expect(sentenceCount()).toBe(length + 1);
    // Still the rule of auto-save off: the history changes only on “Save”, and then in place.
    expect(await snapshot(db)).toEqual(saved);
    fireEvent.click(save);
    await screen.findByTestId('saved');
    expect((await listDigests(db)).map((d) => [d.url, d.sentences.length])).toEqual([[englishArticle.url, length + 1]]);
  });
});

describe('popup, “Longer” on a saved digest', () => {
  it('deleted in the history meanwhile: says it is gone, and does not bring it back', async () => {
    const { db } = await startWorker({ article: articleExtracted });
    await openPopup();
    await screen.findByTestId('saved');
    await deleteDigests(
      db,
      (await listDigests(db)).map((d) => d.id),
    );

    fireEvent.click(screen.getByRole('button', { name: 'Longer' }));
    expect((await screen.findByRole('alert')).textContent).toBe('This digest is no longer in your history.');
    expect(await db.digests.count()).toBe(0);
  });
});

describe('popup, “Digest selected text”', () => {
  const SELECTION = englishArticle.blocks
    .slice(1, 5)
    .map((b) => b.text)
    .join('\n');

  /**
   * What the context menu's listener does on the tab, with the popup opening as Chrome opens it: at the address that
   * says the menu's digest is waiting, set for the tab only while it opens.
   */
  async function menuClick(tabId: number) {
    const openPopup = vi.spyOn(fakeBrowser.action, 'openPopup').mockResolvedValue(undefined as never);
    vi.spyOn(fakeBrowser.action, 'getPopup').mockResolvedValue('chrome-extension://digest/popup.html');
    const setPopup = vi.spyOn(fakeBrowser.action, 'setPopup').mockResolvedValue(undefined as never);
    const click = (
      globalThis as unknown as { digestMenuClick: (info: unknown, tab: unknown) => Promise<{ shownIn: string }> }
    ).digestMenuClick;
    const result = await click(
      { menuItemId: 'digest-selection', selectionText: SELECTION },
      await fakeBrowser.tabs.get(tabId),
    );
    expect(openPopup).toHaveBeenCalledOnce();
    expect(setPopup.mock.calls).toEqual([
      [{ tabId, popup: '/popup.html?menuDigest' }],
      [{ tabId, popup: 'chrome-extension://digest/popup.html' }],
    ]);
    return result;
  }

  it('auto-save off: the popup shows the selection’s digest with “Save”; the history changes only when it is pressed', async () => {
    const { db, executeScript } = await startWorker({ article: articleExtracted }, { autoSave: false });
    const tabId = await openTab(englishArticle.url);
    expect(await menuClick(tabId)).toMatchObject({ shownIn: 'popup' });
    expect(await db.digests.count()).toBe(0);

    await openPopup(tabId, { fromMenu: true });
    await title();
    for (const li of screen.getAllByTestId('key-sentence')) {
      expect(SELECTION).toContain(li.textContent!.replace(/^Key point/, ''));
    }
    expect(executeScript).toHaveBeenCalledOnce(); // reading the selection; the popup didn't digest the page
    fireEvent.click(screen.getByRole('button', { name: 'Save to history' }));
    await screen.findByTestId('saved');
    expect((await listDigests(db)).map((d) => d.url)).toEqual([expect.stringMatching(/riverside-park#:~:text=/)]);
  });

  it('a digest that fails in the worker is shown in the popup, never left on “Reading…”', async () => {
    const { db } = await startWorker({ article: articleExtracted });
    const tabId = await openTab(englishArticle.url);
    // The settings can't be read: the worker's work for the menu throws.
    const settings = vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('Storage is unavailable.'));
    expect(await menuClick(tabId)).toMatchObject({
      shownIn: 'popup',
      reply: { ok: false, failure: { reason: 'error', key: 'unexpected', params: ['Storage is unavailable.'] } },
    });
    settings.mockRestore();
    await openPopup(tabId, { fromMenu: true });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Something went wrong: Storage is unavailable.');
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeDefined();
    expect(await db.digests.count()).toBe(0);
  });

  it('no popup to open it in (auto-save off): the draft opens in the popup’s page, in a tab, and nothing is saved', async () => {
    const { db } = await startWorker({ article: articleExtracted }, { autoSave: false });
    const tabId = await openTab(englishArticle.url);
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    const click = (globalThis as unknown as { digestMenuClick: (info: unknown, tab: unknown) => Promise<unknown> })
      .digestMenuClick;
    const result = await click(
      { menuItemId: 'digest-selection', selectionText: SELECTION },
      await fakeBrowser.tabs.get(tabId),
    );
    expect(result).toMatchObject({ shownIn: 'tab', reply: { ok: true, saved: false } });
    expect(create).toHaveBeenCalledWith({
      url: expect.stringMatching(new RegExp(`/popup\\.html\\?tabId=${tabId}&menuDigest$`)),
    });
    expect(await db.digests.count()).toBe(0);
  });
});

describe('popup, never stuck on “Reading…”', () => {
  it('when the tab can’t be found out', async () => {
    await startWorker({ article: articleExtracted });
    render(<App getTabId={() => Promise.reject(new Error('No current window.'))} />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('No current window.');
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    await screen.findByRole('alert');
  });

  it('when the context menu’s note can’t be read: the popup digests the tab itself', async () => {
    await startWorker({ article: articleExtracted });
    vi.spyOn(fakeBrowser.storage.session, 'get').mockRejectedValue(new Error('Storage is unavailable.'));
    await openPopup(englishArticle.url, { fromMenu: true });
    expect((await title()).textContent).toBe(englishArticle.title);
  });
});
