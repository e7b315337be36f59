// Pages in frames and pages that change while Digest reads them. Digest reads the top page only (what activeTab
// covers): frames inside an article are left out, a page that is only a frame around the article says so, an app
// that changed page before the read gets a digest of the page as read, and a tab that left mid-read saves nothing.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  activeTabId,
  clickToolbar,
  fixture,
  launch,
  openPage,
  popupFor,
  savedDigests,
  serve,
  waitForPopupTarget,
} from './harness.mjs';

const ENGLISH_TITLE = 'Harbour city turns old docks into a solar-powered neighbourhood';
const fill = 'style="border:0; position:fixed; inset:0; width:100%; height:100%"';

let server;
let other;
let otherOrigin;
let browser;
let extension;

before(async () => {
  // A second server, reached as `localhost`: another port and another site, as a frame from elsewhere would be.
  other = await serve({ '/market.html': fixture('chinese-market.html'), '/elsewhere.html': fixture('login.html') });
  otherOrigin = other.origin.replace('127.0.0.1', 'localhost');
  const withFrames = fixture('english-article.html').replace(
    '</h1>',
    `</h1><iframe src="/framed/market.html" width="600" height="300"></iframe>` +
      `<iframe src="${otherOrigin}/market.html" width="600" height="300"></iframe>`,
  );
  server = await serve({
    '/docks.html': withFrames,
    '/framed/market.html': fixture('chinese-market.html'),
    '/shell.html': `<!doctype html><title>Reader</title><body style="margin:0"><iframe src="${otherOrigin}/market.html" ${fill}></iframe>`,
    '/frameset.html':
      '<!doctype html><html><head><title>Archive</title></head>' +
      '<frameset cols="20%,80%"><frame src="/nav.html"><frame src="/framed/market.html"></frameset></html>',
    '/nav.html': '<ul><li>Archive</li></ul>',
    '/news/library': fixture('spa-news.html'),
    '/news/ferry': fixture('spa-news.html'),
  });
  browser = await launch({ allowedOrigin: [server.origin, otherOrigin] });
  extension = browser.workers[0];
});

after(async () => {
  await browser?.close();
  await Promise.all([server?.close(), other?.close()]);
});

/** Clicks Digest on `url`; returns the popup once it shows a digest or a problem. */
async function clickOn(url) {
  const page = await openPage(browser.context, url);
  await page.waitForLoadState('load');
  const popup = await popupFor(browser, extension, page);
  await popup.locator('[data-testid="digest-title"], [role="alert"]').first().waitFor();
  return { page, popup };
}

const hasHan = (text) => /\p{Script=Han}/u.test(text);

describe('pages in frames', () => {
  test('an article with a same-origin and a cross-origin frame: the digest is of the top page’s article alone', async () => {
    const { page, popup } = await clickOn(`${server.origin}/docks.html`);
    assert.equal(await popup.getByTestId('digest-title').textContent(), ENGLISH_TITLE);
    const sentences = await popup.getByTestId('key-sentence').allTextContents();
    assert.ok(sentences.length >= 3);
    assert.ok(!sentences.some(hasHan), 'nothing from the framed Chinese pages');
    await Promise.all([popup.close(), page.close()]);
  });

  for (const [name, pathname, framed] of [
    ['a page that is only a frame from another site', '/shell.html', () => `${otherOrigin}/market.html`],
    ['a frameset', '/frameset.html', () => `${server.origin}/framed/market.html`],
  ]) {
    test(`${name}: says the article is in a frame and where to open it, saves nothing`, async () => {
      const before = await savedDigests(extension.sw);
      const { page, popup } = await clickOn(server.origin + pathname);
      const alert = await popup.getByRole('alert').textContent();
      assert.match(alert, /The article on this page is inside a frame, which Digest can’t read from here\./);
      assert.ok(alert.includes(`Open ${framed()} in a tab of its own`), alert);
      assert.equal(
        await popup.getByRole('button', { name: 'Digest anyway' }).count(),
        0,
        'nothing on the top page to digest',
      );
      assert.deepEqual(await savedDigests(extension.sw), before);
      await Promise.all([popup.close(), page.close()]);
    });
  }
});

describe('pages that change while being read', () => {
  /** A toolbar click on `page` (the activeTab grant) with its popup closed at once; returns the tab's id. */
  async function grant(page) {
    await clickToolbar(browser, extension.id, page);
    const realPopup = await waitForPopupTarget(browser.cdp, extension.id);
    await browser.cdp.send('Target.closeTarget', { targetId: realPopup.targetId });
    return activeTabId(extension.sw, page);
  }

  async function openPopup(tabId) {
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${extension.id}/popup.html?tabId=${tabId}`);
    return popup;
  }

  /** No saved digest carries one story's address with another's title. */
  async function assertNothingMixed() {
    const titles = {
      '/news/library': 'Valley library reopens after flood repairs',
      '/news/ferry': 'New electric ferry joins the lake crossing',
    };
    for (const { url, title } of await savedDigests(extension.sw)) {
      const expected = titles[new URL(url).pathname];
      if (expected) assert.equal(title, expected, `${url} saved with the title “${title}”`);
    }
  }

  test('an app that moved to another story after the click: the digest is of the story as read, under its address', async () => {
    const page = await openPage(browser.context, `${server.origin}/news/library`);
    const tabId = await grant(page);
    await page.evaluate(() => window.showStory('/news/ferry'));

    const popup = await openPopup(tabId);
    await popup.getByTestId('digest-title').waitFor();
    assert.equal(await popup.getByTestId('digest-title').textContent(), 'New electric ferry joins the lake crossing');
    assert.equal(await popup.locator('.digest__site').getAttribute('href'), `${server.origin}/news/ferry`);
    await popup.getByTestId('saved').waitFor();
    await assertNothingMixed();
    assert.ok((await savedDigests(extension.sw)).some((d) => d.url === `${server.origin}/news/ferry`));
    await Promise.all([popup.close(), page.close()]);
  });

  test('a tab that goes to another site while it is being read: a clear failure, nothing saved under either address', async () => {
    const page = await openPage(browser.context, `${server.origin}/news/library`);
    const tabId = await grant(page);
    const before = await savedDigests(extension.sw);
    // Keep the page’s thread busy so the read queues behind it, then leave while it waits (long enough for a loaded
    // machine to open the popup meanwhile).
    await page.evaluate(() =>
      setTimeout(() => {
        for (const end = Date.now() + 5000; Date.now() < end; );
      }, 0),
    );
    const popup = await openPopup(tabId);
    await popup.getByRole('status').waitFor();
    await new Promise((resolve) => setTimeout(resolve, 300));
    await page.goto(`${otherOrigin}/elsewhere.html`, { waitUntil: 'commit' });

    await popup.getByRole('alert').waitFor();
    assert.match(
      await popup.getByRole('alert').textContent(),
      /The page went to another address while Digest was reading it, so nothing was saved\./,
    );
    assert.deepEqual(await savedDigests(extension.sw), before);
    await assertNothingMixed();
    await Promise.all([popup.close(), page.close()]);
  });
});
