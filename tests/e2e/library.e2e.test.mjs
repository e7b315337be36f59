// The history as a library: digests saved by real toolbar clicks, searched in both languages, tagged, deleted and
// restored, exported, and imported into a fresh browser profile.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fixture, launch, openPage, popupFor, screenshot, serve } from './harness.mjs';

const ENGLISH = 'Harbour city turns old docks into a solar-powered neighbourhood';
const CLOUD = '京东云发布新一代智能计算平台 助力中小企业数字化转型';
const MARKET = '电商平台加码技术投入 云计算市场规模持续扩大';

describe('history library', () => {
  let server;
  let browser;
  let history;
  const downloads = fs.mkdtempSync(path.join(os.tmpdir(), 'digest-export-'));

  before(async () => {
    server = await serve({
      '/news/harbour-docks.html': fixture('english-article.html'),
      '/tech/jdcloud.html': fixture('chinese-cloud.html'),
      '/finance/cloud-market.html': fixture('chinese-market.html'),
    });
    browser = await launch({ allowedOrigin: server.origin });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  const optionsUrl = (b) => `chrome-extension://${b.workers[0].id}/options.html`;
  const titles = (page) => page.locator('.history-item__title').allTextContents();
  const marks = (page) => page.locator('.history-item__title mark').allTextContents();
  const count = (page, text) =>
    page
      .getByTestId('history-count')
      .filter({ hasText: new RegExp(`^${text}$`) })
      .waitFor();

  /** Clicks Digest on the page at `pathname` and waits for the popup's digest; returns the open popup. */
  async function digest(pathname) {
    const page = await openPage(browser.context, server.origin + pathname);
    const popup = await popupFor(browser, browser.workers[0], page);
    await popup.getByTestId('digest-title').waitFor();
    return {
      popup,
      close: async () => {
        await popup.close();
        await page.close();
      },
    };
  }

  async function search(text) {
    const box = history.getByTestId('search');
    await box.fill(text);
    // The list follows every keystroke; wait until it shows this query's matches.
    await history.waitForFunction((query) => document.querySelector('[data-testid="search"]').value === query, text);
  }

  test('digests saved from the toolbar, one tagged in the popup', async () => {
    const english = await digest('/news/harbour-docks.html');
    const tagInput = english.popup.getByRole('textbox', { name: 'Add a tag' });
    await tagInput.fill('housing');
    await tagInput.press('Enter');
    await english.popup.getByRole('button', { name: 'Remove tag housing' }).waitFor();
    await screenshot(english.popup, 'popup-tags-light');
    await english.close();
    await (await digest('/tech/jdcloud.html')).close();
    await (await digest('/finance/cloud-market.html')).close();

    history = await browser.context.newPage();
    await history.goto(optionsUrl(browser));
    await count(history, '3 digests');
    assert.deepEqual(await titles(history), [MARKET, CLOUD, ENGLISH]);
    assert.match(await history.getByTestId('history-item').nth(2).textContent(), /housing/);
  });

  test('searches Chinese without spaces, and 京东云 does not match 京东 + 云计算 apart', async () => {
    await history.keyboard.press('/');
    assert.equal(await history.evaluate(() => document.activeElement?.dataset.testid), 'search');

    await search('数字化转型');
    await count(history, '1 of 3 digests');
    assert.deepEqual(await titles(history), [CLOUD]);
    assert.deepEqual(await marks(history), ['数字化转型']);
    assert.ok((await history.locator('.history__detail mark').count()) >= 1, 'the open digest marks it too');

    await search('京东云');
    await count(history, '1 of 3 digests');
    assert.deepEqual(await titles(history), [CLOUD]);

    await search('京东');
    await count(history, '2 of 3 digests');
    assert.deepEqual(await titles(history), [MARKET, CLOUD]);
    for (const colorScheme of ['light', 'dark']) {
      await history.emulateMedia({ colorScheme });
      await screenshot(history, `history-search-zh-${colorScheme}`);
    }
    await history.emulateMedia({ colorScheme: 'light' });
  });

  test('searches English whatever the inflection and letter case', async () => {
    await search('Heating PUMPS');
    await count(history, '1 of 3 digests');
    assert.deepEqual(await titles(history), [ENGLISH]);
    const lead = await history.locator('.history-item__lead mark').allTextContents();
    assert.deepEqual(lead.map((m) => m.toLowerCase()).sort(), ['heat', 'pump']);
    await screenshot(history, 'history-search-en-light');

    await search('Drammen');
    await count(history, '1 of 3 digests');
    assert.equal(await history.locator('.history-item__where').textContent(), 'Found in the full article');

    await search('');
    await count(history, '3 digests');
  });

  test('tags a digest in the history, with suggestions, and filters by tag', async () => {
    await history.getByTestId('history-item').filter({ hasText: CLOUD }).click();
    const tagInput = history.locator('.history__detail').getByRole('textbox', { name: 'Add a tag' });
    await tagInput.fill('hou');
    await history.getByRole('group', { name: 'Existing tags' }).getByRole('button', { name: 'housing' }).click();
    await tagInput.fill('cloud');
    await tagInput.press('Enter');
    await history.locator('.history__detail').getByRole('button', { name: 'Remove tag cloud' }).waitFor();

    await history.getByRole('combobox', { name: 'Tag' }).selectOption('housing');
    await count(history, '2 of 3 digests');
    assert.deepEqual(await titles(history), [CLOUD, ENGLISH]);
    await history.getByRole('combobox', { name: 'Language' }).selectOption('zh');
    await count(history, '1 of 3 digests');
    await history.getByRole('button', { name: 'Clear filters' }).click();
    await count(history, '3 digests');
  });

  test('deletes one or several digests, and Undo puts them back', async () => {
    await history.getByTestId('history-item').filter({ hasText: ENGLISH }).click();
    await history.locator('.history__detail').getByRole('button', { name: 'Delete' }).click();
    await count(history, '2 digests');
    await screenshot(history, 'history-undo-light');
    await history.getByTestId('toast').getByRole('button', { name: 'Undo' }).click();
    await count(history, '3 digests');
    assert.deepEqual(await titles(history), [MARKET, CLOUD, ENGLISH]);

    await history.getByRole('button', { name: 'Select', exact: true }).click();
    await history.getByRole('checkbox', { name: `Select ${MARKET}` }).check();
    await history.getByRole('checkbox', { name: `Select ${ENGLISH}` }).check();
    await history.emulateMedia({ colorScheme: 'dark' });
    await screenshot(history, 'history-select-dark');
    await history.emulateMedia({ colorScheme: 'light' });
    await history.getByRole('button', { name: 'Delete selected' }).click();
    await count(history, '1 digest');
    assert.deepEqual(await titles(history), [CLOUD]);
    await history.getByTestId('toast').getByRole('button', { name: 'Undo' }).click();
    await count(history, '3 digests');
    assert.match(await history.getByTestId('history-item').nth(2).textContent(), /housing/, 'tags come back too');
  });

  test('“Delete everything” asks first; Cancel keeps everything', async () => {
    await history.getByRole('button', { name: 'Delete everything…' }).click();
    const dialog = history.getByRole('alertdialog');
    assert.match(await dialog.textContent(), /Delete all 3 digests\?/);
    await screenshot(history, 'history-delete-all-light');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await count(history, '3 digests');
  });

  test('exports JSON and Markdown, and a fresh profile imports the same history', async () => {
    const exportAs = async (label) => {
      await history.getByText('Export', { exact: true }).click();
      const [file] = await Promise.all([
        history.waitForEvent('download'),
        history.getByRole('menuitem', { name: label }).click(),
      ]);
      const saved = path.join(downloads, file.suggestedFilename());
      await file.saveAs(saved);
      return saved;
    };
    const json = await exportAs(/JSON/);
    assert.match(path.basename(json), /^digest-history-\d{4}-\d\d-\d\d\.json$/);
    const markdown = fs.readFileSync(await exportAs(/Markdown/), 'utf8');
    for (const title of [ENGLISH, CLOUD, MARKET]) assert.ok(markdown.includes(title), `${title} in the Markdown`);
    assert.match(markdown, /Tags: cloud, housing|Tags: housing, cloud/);
    const exported = JSON.parse(fs.readFileSync(json, 'utf8'));
    assert.equal(exported.format, 'digest-history');
    assert.equal(exported.digests.length, 3);
    const before = {
      titles: await titles(history),
      items: await history.getByTestId('history-item').allTextContents(),
    };

    const fresh = await launch({ allowedOrigin: server.origin });
    try {
      const page = await fresh.context.newPage();
      await page.goto(optionsUrl(fresh));
      await page.getByTestId('history-empty').waitFor();
      await page.getByTestId('import-file').setInputFiles(json);
      const toast = page.getByTestId('toast');
      await toast.waitFor();
      assert.equal(
        await toast.locator('.toast__message').textContent(),
        'Imported 3 digests: 3 added, 0 updated, 0 skipped (already up to date).',
      );
      await page
        .getByTestId('history-count')
        .filter({ hasText: /^3 digests$/ })
        .waitFor();
      assert.deepEqual(await titles(page), before.titles);
      assert.deepEqual(await page.getByTestId('history-item').allTextContents(), before.items);

      await page.getByTestId('search').fill('数字化转型');
      await page
        .getByTestId('history-count')
        .filter({ hasText: /^1 of 3 digests$/ })
        .waitFor();
      assert.deepEqual(await titles(page), [CLOUD]);

      await page.getByTestId('import-file').setInputFiles(json);
      await toast.filter({ hasText: '0 added, 0 updated, 3 skipped' }).waitFor();
      await page.getByTestId('import-file').setInputFiles({
        name: 'cut.json',
        mimeType: 'application/json',
        buffer: fs.readFileSync(json).subarray(0, 2000),
      });
      await page
        .getByRole('alert')
        .filter({ hasText: 'This file can’t be imported. It isn’t complete JSON' })
        .waitFor();
      await screenshot(page, 'history-import-refused-light');
      await page.getByTestId('search').fill('');
      await page
        .getByTestId('history-count')
        .filter({ hasText: /^3 digests$/ })
        .waitFor();
    } finally {
      await fresh.close();
    }
  });
});
