// Pages that are not articles, and an article in a legacy encoding: each gets its own clear sentence in the popup,
// "Digest anyway" works where there is text, and nothing is saved for a page that was not digested.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { fixture, popupFor, savedDigestCount, useSuite } from './harness.mjs';

/** A 1×1 PNG. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

describe('pages that are not articles', () => {
  const suite = useSuite({
    '/search': fixture('search-results.html'),
    '/login.html': fixture('login.html'),
    '/app/': fixture('spa-shell.html'),
    // Addresses without an extension: only the document the tab shows tells what it is.
    '/media/4711': { body: PNG, type: 'image/png' },
    '/gbk/park.html': { body: fixture('gbk-article.html', null), type: 'text/html; charset=gbk' },
  });

  const savedCount = () => savedDigestCount(suite.extension.sw);

  /** Clicks Digest on the page at `pathname`; returns the popup once it shows a digest or a problem. */
  async function clickOn(pathname) {
    const page = await suite.pageAt(pathname);
    const popup = await popupFor(suite.browser, suite.extension, page);
    await popup.locator('[data-testid="digest-title"], [role="alert"]').first().waitFor();
    return { page, popup, alert: popup.getByRole('alert') };
  }

  async function digestAnyway(popup) {
    await popup.getByRole('button', { name: 'Digest anyway' }).click();
    await popup.locator('[data-testid="digest-title"], [role="alert"]').first().waitFor();
  }

  test('search results: says so, and “Digest anyway” digests the snippets', async () => {
    const saved = await savedCount();
    const { page, popup, alert } = await clickOn('/search?q=riverside+park+budget');
    assert.match(await alert.textContent(), /No article found.*page of search results.*Digest anyway/s);
    assert.equal(await savedCount(), saved, 'nothing saved');
    await digestAnyway(popup);
    assert.equal(await popup.getByTestId('digest-title').textContent(), 'riverside park budget - Find');
    assert.ok((await popup.getByTestId('key-sentence').count()) >= 2);
    await popup.close();
    await page.close();
  });

  test('a sign-in form: says it is a sign-in page', async () => {
    const { page, popup, alert } = await clickOn('/login.html');
    assert.match(await alert.textContent(), /No article found.*sign-in page/s);
    await popup.close();
    await page.close();
  });

  test('an empty app shell: says the page shows no text, and “Digest anyway” finds none either', async () => {
    const saved = await savedCount();
    const { page, popup, alert } = await clickOn('/app/');
    assert.equal(await page.evaluate(() => window.__appStarted), true, 'the app’s script ran');
    assert.match(await alert.textContent(), /shows no text/);
    await digestAnyway(popup);
    assert.match(await popup.getByRole('alert').textContent(), /There is no text on this page to digest/);
    assert.equal(await popup.getByRole('button').count(), 0, 'nothing more to offer');
    assert.equal(await savedCount(), saved);
    await popup.close();
    await page.close();
  });

  test('an image in the tab: says it is an image, offers nothing to retry', async () => {
    const { page, popup, alert } = await clickOn('/media/4711');
    assert.equal(await page.evaluate(() => document.contentType), 'image/png');
    assert.match(await alert.textContent(), /can’t be digested.*shows an image/s);
    assert.equal(await alert.getByRole('button').count(), 0);
    await popup.close();
    await page.close();
  });

  test('a GBK-encoded Chinese page: decoded by its charset, digested into Chinese sentences', async () => {
    const { page, popup } = await clickOn('/gbk/park.html');
    assert.equal(await popup.getByTestId('digest-title').textContent(), '江边公园获批 投资4800万元');
    assert.match(await popup.locator('.digest__meta').textContent(), /Chinese/);
    const sentences = await popup.getByTestId('key-sentence').allTextContents();
    assert.ok(sentences.length >= 3, `${sentences.length} key sentences`);
    for (const sentence of sentences) {
      assert.match(sentence, /[。！？；]$/, `a whole sentence: ${sentence}`); // Digest ends Chinese sentences at ；too
      assert.doesNotMatch(sentence, /\uFFFD/, 'no undecodable characters');
    }
    await popup.close();
    await page.close();
  });

  test('the history holds only what was digested: the search page (anyway) and the GBK article', async () => {
    assert.equal(await savedCount(), 2);
  });
});
