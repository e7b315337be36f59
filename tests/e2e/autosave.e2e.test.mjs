// Auto-save off in the production build: the history changes only when the reader presses "Save" — not when the popup
// is closed mid-read, not when a page already in the history is digested again, and not for a selection's digest.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import {
  fixture,
  grantActiveTab,
  menuClick,
  popupFor,
  savedDigests,
  selectParagraphs,
  useSuite,
  waitFor,
  withRealPopup,
} from './harness.mjs';

const TITLE = 'Harbour city turns old docks into a solar-powered neighbourhood';

/** In an extension page or the worker: every row of the history's tables, as stored (to compare byte for byte). */
async function historyRows() {
  if (!(await indexedDB.databases()).some((db) => db.name === 'digest')) return '{}';
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('digest');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const names = [...db.objectStoreNames];
      const tx = db.transaction(names);
      const rows = {};
      for (const name of names) tx.objectStore(name).getAll().onsuccess = (event) => (rows[name] = event.target.result);
      tx.oncomplete = () => {
        db.close();
        resolve(JSON.stringify(rows));
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}

/** The history's entries in short: enough to tell which changed, and how, when a comparison fails. */
const entries = (rows) =>
  (JSON.parse(rows).digests ?? []).map(({ id, url, updatedAt, sentences, tags }) => ({
    id,
    url,
    updatedAt,
    sentences: sentences.length,
    tags,
  }));

describe('auto-save off', () => {
  const suite = useSuite({
    '/news/harbour-docks.html': fixture('english-article.html'),
    '/news/slow.html': fixture('english-article.html'),
    '/news/kept.html': fixture('english-article.html'),
    '/news/selected.html': fixture('english-article.html'),
  });
  const { pageAt } = suite;
  let options;
  before(async () => {
    options = await suite.browser.context.newPage();
    await options.goto(`chrome-extension://${suite.extension.id}/options.html#settings`);
    await options.getByTestId('settings').waitFor();
  });

  const rows = () => suite.extension.sw.evaluate(historyRows);

  /** Switches auto-save in the settings, as the reader does. */
  async function autoSave(on) {
    const box = options.getByTestId('setting-autosave');
    await (on ? box.check() : box.uncheck());
    // The worker reads the settings for each digest; wait until they are stored.
    await waitFor(() =>
      suite.extension.sw.evaluate(
        async (on) => (await chrome.storage.local.get('settings')).settings?.autoSave === on,
        on,
      ),
    );
  }

  /** What the history page shows: each entry's title and text (site, date, first key sentence, tags). */
  async function historyPage() {
    const history = await suite.browser.context.newPage();
    await history.goto(`chrome-extension://${suite.extension.id}/options.html`);
    await history.getByTestId('history-item').or(history.getByTestId('history-empty')).first().waitFor();
    const items = await history.getByTestId('history-item').allTextContents();
    await history.close();
    return items;
  }

  /** How many drafts the worker holds: it has finished a digest the popup didn't wait for once this grows. */
  const drafts = () =>
    suite.extension.sw.evaluate(async () => ((await chrome.storage.session.get('draftKeys')).draftKeys ?? []).length);

  test('the popup closed while it still says “Reading…”: nothing appears in the history', async () => {
    await autoSave(false);
    const page = await pageAt('/news/slow.html');
    // A page that takes a while to read: every injection waits 1.5 s.
    await suite.extension.sw.evaluate(() => {
      const inject = chrome.scripting.executeScript;
      globalThis.__injecting = 0;
      globalThis.__restoreScripting = () => (chrome.scripting.executeScript = inject);
      chrome.scripting.executeScript = (...args) => {
        globalThis.__injecting++;
        return new Promise((resolve) => setTimeout(resolve, 1500))
          .then(() => inject.apply(chrome.scripting, args))
          .finally(() => globalThis.__injecting--);
      };
    });
    const draftsBefore = await drafts();
    try {
      const popup = await popupFor(suite.browser, suite.extension, page);
      await popup.getByRole('status').filter({ hasText: 'Reading this page…' }).waitFor();
      await popup.close();
      // The worker goes on reading the page after the popup is gone, and finishes.
      await waitFor(async () => (await suite.extension.sw.evaluate(() => globalThis.__injecting)) === 0, 15_000);
    } finally {
      await suite.extension.sw.evaluate(() => globalThis.__restoreScripting());
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
    assert.deepEqual(await savedDigests(suite.extension.sw), [], 'no digest stored');
    assert.deepEqual(await historyPage(), [], 'the history page shows nothing');
    assert.ok((await drafts()) > draftsBefore, 'the worker did finish the digest, and holds it as a draft');
    await page.close();
  });

  test('a page already in the history: “Longer” and closing without “Save” leave its entry exactly as it was; “Save” updates it in place', async () => {
    // Saved earlier, with auto-save on, and tagged.
    await autoSave(true);
    const page = await pageAt('/news/kept.html');
    const first = await popupFor(suite.browser, suite.extension, page);
    await first.getByTestId('saved').waitFor();
    const savedLength = await first.getByTestId('key-sentence').count();
    const tagInput = first.getByRole('textbox', { name: 'Add a tag' });
    await tagInput.fill('harbours');
    await tagInput.press('Enter');
    await first.getByRole('button', { name: 'Remove tag harbours' }).waitFor();
    await first.close();
    const before = await rows();
    const [entry] = await savedDigests(suite.extension.sw);
    const shownBefore = await historyPage();
    assert.equal(entry.title, TITLE);

    // Auto-save off: digested again, made longer, closed without "Save".
    await autoSave(false);
    const unsaved = await popupFor(suite.browser, suite.extension, page);
    await unsaved.getByTestId('save').waitFor();
    assert.equal(await unsaved.getByTestId('save').textContent(), 'Save to history');
    await unsaved.getByRole('button', { name: 'Longer' }).click();
    await waitFor(async () => (await unsaved.getByTestId('key-sentence').count()) === savedLength + 1);
    await unsaved.close();
    await new Promise((resolve) => setTimeout(resolve, 500));
    const after = await rows();
    assert.deepEqual(entries(after), entries(before), 'the entry as it was');
    assert.ok(after === before, 'digests, articles and search index byte for byte as before');
    assert.deepEqual(await historyPage(), shownBefore);

    // Digested again, made longer, saved: the same entry, now at the length shown, with its tag.
    const saving = await popupFor(suite.browser, suite.extension, page);
    await saving.getByTestId('save').waitFor();
    await saving.getByRole('button', { name: 'Longer' }).click();
    await waitFor(async () => (await saving.getByTestId('key-sentence').count()) === savedLength + 1);
    await saving.getByTestId('save').click();
    assert.equal(await saving.getByTestId('saved').textContent(), 'Saved');
    await saving.getByRole('button', { name: 'Remove tag harbours' }).waitFor();
    await saving.close();
    assert.deepEqual(await savedDigests(suite.extension.sw), [entry], 'one entry for the page, same id');
    const stored = await suite.extension.sw.evaluate(async () => {
      const db = await new Promise((resolve) => (indexedDB.open('digest').onsuccess = (e) => resolve(e.target.result)));
      const all = await new Promise(
        (resolve) =>
          (db.transaction('digests').objectStore('digests').getAll().onsuccess = (e) => resolve(e.target.result)),
      );
      db.close();
      return all.map((d) => ({ sentences: d.sentences.length, tags: d.tags, createdAt: d.createdAt }));
    });
    assert.deepEqual(stored, [
      { sentences: savedLength + 1, tags: ['harbours'], createdAt: JSON.parse(before).digests[0].createdAt },
    ]);
    await page.close();
  });

  test('“Digest selected text”: the popup offers “Save”; closed without it, the history is as it was; saved, the selection sits beside the page', async () => {
    await autoSave(false);
    const page = await pageAt('/news/selected.html');
    const tabId = await grantActiveTab(suite.browser, suite.extension, page);
    const selectionText = await selectParagraphs(page, 2, 4);
    const digestSelection = () =>
      menuClick(suite.extension.sw, tabId, { menuItemId: 'digest-selection', selectionText });
    const before = await rows();

    const shown = await digestSelection();
    assert.equal(shown.shownIn, 'popup');
    assert.deepEqual([shown.reply.ok, shown.reply.saved], [true, false], 'a draft');
    assert.equal(
      await withRealPopup(suite.browser, suite.extension.id, (popup) => popup.evaluate(BUTTON_TEXT)),
      'Save to history',
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    const after = await rows();
    assert.deepEqual(entries(after), entries(before), 'closed without “Save”: no entry added or changed');
    assert.ok(after === before, 'nothing stored changed');

    const saved = await digestSelection();
    assert.equal(saved.shownIn, 'popup');
    const label = await withRealPopup(suite.browser, suite.extension.id, (popup) =>
      popup.evaluate(`(${BUTTON_TEXT}).then(() => {
        document.querySelector('[data-testid="save"]').click();
        return new Promise((resolve) => {
          const read = () => document.querySelector('[data-testid="saved"]')?.textContent;
          if (read()) return resolve(read());
          new MutationObserver(() => read() && resolve(read())).observe(document, { childList: true, subtree: true });
        });
      })`),
    );
    assert.equal(label, 'Saved');
    const added = (await savedDigests(suite.extension.sw)).filter(
      (d) => !JSON.parse(before).digests.some((b) => b.id === d.id),
    );
    assert.equal(added.length, 1, 'one entry added');
    assert.match(added[0].url, /\/news\/selected\.html#:~:text=/);
    assert.equal(added[0].title, TITLE);
    await page.close();
  });
});

/** In the real popup: resolves to the text of its Save button or "saved" mark once the digest is shown. */
const BUTTON_TEXT = `new Promise((resolve) => {
  const read = () => {
    const mark = document.querySelector('[data-testid="save"], [data-testid="saved"]');
    if (!mark || !document.querySelector('[data-testid="key-sentence"]')) return false;
    resolve(mark.textContent);
    return true;
  };
  if (!read()) new MutationObserver(read).observe(document, { childList: true, subtree: true });
})`;
