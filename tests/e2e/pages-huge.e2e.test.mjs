// Huge pages and a worker that stops mid-digest: the popup shows progress, then a digest or a clear sentence, never
// a hang; the tab keeps answering; nothing half-done is saved. Timings are printed (as TAP comments), not asserted.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { hugeArticle, manyElements } from './fixtures/huge-pages.mjs';
import {
  launch,
  openPage,
  popupFor,
  savedDigestCount,
  savedDigestCountReaching,
  serve,
  stopServiceWorker,
} from './harness.mjs';

/** Records, in the popup, every state it shows (a status title or a digest title), in order, from its first paint. */
const RECORD_STATES = `
  window.states = [];
  new MutationObserver(() => {
    const shown = document.querySelector('.status__title, [data-testid="digest-title"]')?.textContent;
    if (shown && window.states.at(-1) !== shown) window.states.push(shown);
  }).observe(document, { childList: true, subtree: true, characterData: true });
`;
const RESULT = '[data-testid="digest-title"], [role="alert"]';
const READING = 'Reading this page…';

describe('huge pages and worker restarts', () => {
  let server;
  let browser;
  let extension;

  before(async () => {
    const huge = hugeArticle(5);
    server = await serve({ '/huge.html': huge, '/huge-again.html': huge, '/many.html': manyElements(100_000) });
    browser = await launch({ allowedOrigin: server.origin });
    extension = browser.workers[0];
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Clicks Digest on `pathname`; returns the popup and the page once the popup shows a result, and how long it took. */
  async function clickOn(pathname) {
    const page = await openPage(browser.context, server.origin + pathname);
    await page.evaluate(() => (window.longestStall = 0)); // from here on, only Digest's work counts
    const clicked = Date.now();
    const popup = await popupFor(browser, extension, page, { initScript: RECORD_STATES });
    await popup.locator(RESULT).first().waitFor({ timeout: 30_000 });
    return { page, popup, ms: Date.now() - clicked };
  }

  test('a 5 MB article: progress, then a digest of its bounded text; the tab keeps answering', async () => {
    const saved = await savedDigestCount(extension.sw);
    const { page, popup, ms } = await clickOn('/huge.html');
    assert.equal(await popup.getByTestId('digest-title').textContent(), 'The very long harbour report');
    assert.deepEqual(await popup.evaluate(() => window.states), [READING, 'The very long harbour report']);
    const [chosen, candidates] = (await popup.getByTestId('sentence-count').textContent()).match(/\d+/g).map(Number);
    assert.ok(chosen >= 3 && chosen < 10, `${chosen} key sentences`);
    const answered = Date.now();
    await page.evaluate(() => 1);
    const stall = await page.evaluate(() => window.longestStall);
    console.log(
      `5 MB page: click → digest ${ms} ms; ${candidates} candidate sentences; tab answered in ${Date.now() - answered} ms afterwards; longest stall of the tab’s main thread ${stall} ms`,
    );
    assert.equal(await savedDigestCountReaching(extension.sw, saved + 1), saved + 1);
    await popup.close();
    await page.close();
  });

  test('100,000 elements: “too large” at once, saving nothing; “Digest anyway” digests its text', async () => {
    const saved = await savedDigestCount(extension.sw);
    const { page, popup, ms } = await clickOn('/many.html');
    const alert = popup.getByRole('alert');
    assert.match(await alert.textContent(), /This page is too large.*100,0\d\d elements.*Digest anyway/s);
    assert.deepEqual(await popup.evaluate(() => window.states), [READING, 'This page is too large']);
    assert.equal(await savedDigestCount(extension.sw), saved);

    const clicked = Date.now();
    await alert.getByRole('button', { name: 'Digest anyway' }).click();
    await popup.getByTestId('digest-title').waitFor({ timeout: 30_000 });
    const anywayMs = Date.now() - clicked;
    assert.equal(await popup.getByTestId('digest-title').textContent(), 'A story in a busy page');
    assert.ok((await popup.getByTestId('key-sentence').count()) >= 3);
    const stall = await page.evaluate(() => window.longestStall);
    console.log(
      `100,000 elements: click → “too large” ${ms} ms; “Digest anyway” → digest ${anywayMs} ms; longest stall of the tab’s main thread ${stall} ms`,
    );
    assert.equal(await savedDigestCountReaching(extension.sw, saved + 1), saved + 1);
    await popup.close();
    await page.close();
  });

  test('the worker stops mid-digest: the popup says it was interrupted, saves nothing, and “Try again” works', async () => {
    const page = await openPage(browser.context, `${server.origin}/huge-again.html`);
    const popup = await popupFor(browser, extension, page, { initScript: RECORD_STATES });
    const saved = await savedDigestCount(popup);
    await popup.getByRole('status').filter({ hasText: READING }).waitFor();
    // The content script needs most of a second on this page: stop the worker while it waits for it.
    await new Promise((resolve) => setTimeout(resolve, 250));
    const stopped = Date.now();
    await stopServiceWorker(browser.cdp, extension.id);

    const alert = popup.getByRole('alert');
    await alert.waitFor({ timeout: 10_000 });
    console.log(`worker stopped mid-digest: popup said so ${Date.now() - stopped} ms later`);
    assert.match(await alert.textContent(), /Digest was interrupted before it finished/);
    assert.equal(await savedDigestCount(popup), saved);

    const retried = Date.now();
    await alert.getByRole('button', { name: 'Try again' }).click();
    await popup.getByTestId('digest-title').waitFor({ timeout: 30_000 });
    console.log(`“Try again” with a new worker → digest ${Date.now() - retried} ms`);
    assert.equal(await popup.getByTestId('digest-title').textContent(), 'The very long harbour report');
    assert.deepEqual(await popup.evaluate(() => window.states), [
      READING,
      'Something went wrong',
      READING,
      'The very long harbour report',
    ]);
    assert.equal(await savedDigestCountReaching(popup, saved + 1), saved + 1);
    await popup.close();
    await page.close();
  });
});
