// The history (options) page: lists what popups save, live, and keeps it across reloads and restarts.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  CHINESE_TITLE,
  chinesePage,
  fixture,
  HAS_CHINESE_PAGE,
  launch,
  openPage,
  popupFor,
  screenshot,
  serve,
} from './harness.mjs';

const ENGLISH_TITLE = 'Harbour city turns old docks into a solar-powered neighbourhood';

describe('history page', () => {
  let server;
  let browser;

  before(async () => {
    server = await serve({
      '/news/harbour-docks.html': fixture('english-article.html'),
      '/news/other.html': fixture('english-article.html').replaceAll('Harbour city turns old docks', 'A second story'),
      ...chinesePage(),
    });
    browser = await launch({ allowedOrigin: server.origin });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  const optionsUrl = () => `chrome-extension://${browser.workers[0].id}/options.html`;
  const titles = (history) => history.locator('.history-item__title').allTextContents();

  /** Clicks Digest on the page at `pathname`, waits until the popup shows the digest, returns its first sentence. */
  async function digest(pathname) {
    const page = await openPage(browser.context, server.origin + pathname);
    const popup = await popupFor(browser, browser.workers[0], page);
    await popup.getByTestId('digest-title').waitFor();
    const firstSentence = await popup.getByTestId('key-sentence').first().textContent();
    await popup.close();
    await page.close();
    return firstSentence.replace(/^Key point/, '');
  }

  test('lists digests as popups save them, newest first, without a reload', async () => {
    const history = await browser.context.newPage();
    await history.goto(optionsUrl());
    await history.getByTestId('history-empty').waitFor();

    const firstSentence = await digest('/news/harbour-docks.html');
    await history.getByTestId('history-item').first().waitFor();
    assert.deepEqual(await titles(history), [ENGLISH_TITLE]);
    const item = await history.getByTestId('history-item').first().textContent();
    assert.match(item, /The Coastal Courier · Today, \d\d:\d\d/);
    assert.ok(item.endsWith(firstSentence), 'shows the first key sentence');

    const second = HAS_CHINESE_PAGE ? '/tech/jdcloud.html' : '/news/other.html';
    const secondTitle = HAS_CHINESE_PAGE ? CHINESE_TITLE : 'A second story into a solar-powered neighbourhood';
    await digest(second);
    await history.getByTestId('history-count').filter({ hasText: '2 digests' }).waitFor();
    assert.deepEqual(await titles(history), [secondTitle, ENGLISH_TITLE]);
    await history.close();
  });

  test('survives a reload, keeps one entry per page, and opens a digest in full', async () => {
    await digest('/news/harbour-docks.html');
    const history = await browser.context.newPage();
    await history.goto(optionsUrl());
    await history.reload();
    await history.getByTestId('history-count').filter({ hasText: '2 digests' }).waitFor();
    assert.equal((await titles(history))[0], ENGLISH_TITLE, 'digesting again moves the page to the top');

    for (const colorScheme of ['light', 'dark']) {
      await history.emulateMedia({ colorScheme });
      await history.getByTestId('history-item').nth(0).click();
      assert.equal(await history.getByTestId('digest-title').textContent(), ENGLISH_TITLE);
      assert.ok((await history.getByTestId('key-sentence').count()) >= 3);
      await screenshot(history, `history-en-${colorScheme}`, { readme: true });
      if (HAS_CHINESE_PAGE) {
        await history.getByTestId('history-item').nth(1).click();
        assert.equal(await history.getByTestId('digest-title').textContent(), CHINESE_TITLE);
        assert.ok((await history.getByTestId('key-figure').count()) >= 1);
        await screenshot(history, `history-zh-${colorScheme}`);
      }
    }
    await history.close();
  });

  test('is still there after the browser restarts', async () => {
    const { profile } = browser;
    await browser.close();
    browser = await launch({ allowedOrigin: server.origin, userDataDir: profile });
    const history = await browser.context.newPage();
    await history.goto(optionsUrl());
    await history.getByTestId('history-count').filter({ hasText: '2 digests' }).waitFor();
    assert.equal((await titles(history)).length, 2);
  });
});
