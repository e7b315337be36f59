// The popup of the production build, opened by a real toolbar click, in headless Chromium.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import {
  attachToPopup,
  BBC_TITLE,
  bbcPage,
  CHINESE_TITLE,
  chinesePage,
  clickToolbar,
  EXTENSION,
  fixture,
  HAS_BBC_PAGE,
  HAS_CHINESE_PAGE,
  popupFor,
  screenshot,
  useSuite,
  waitForPopupTarget,
} from './harness.mjs';

const ENGLISH_TITLE = 'Harbour city turns old docks into a solar-powered neighbourhood';

describe('popup', () => {
  const suite = useSuite({
    '/news/harbour-docks.html': fixture('english-article.html'),
    '/login.html': fixture('login.html'),
    ...chinesePage(),
    ...bbcPage(),
  });

  const { pageAt } = suite;
  const keySentences = (popup) => popup.getByTestId('key-sentence');

  test('the built manifest asks only for activeTab, scripting, storage and contextMenus, and registers no content script', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(EXTENSION, 'manifest.json'), 'utf8'));
    assert.deepEqual([...manifest.permissions].sort(), ['activeTab', 'contextMenus', 'scripting', 'storage']);
    assert.equal(manifest.host_permissions, undefined);
    assert.deepEqual(manifest.content_scripts ?? [], []);
  });

  test('smoke: the toolbar popup itself shows the digest after the click, with no other step', async () => {
    const page = await pageAt('/news/harbour-docks.html');
    await clickToolbar(suite.browser, suite.extension.id, page);
    const target = await waitForPopupTarget(suite.browser.cdp, suite.extension.id);
    const popup = await attachToPopup(suite.browser.cdp, target.targetId);
    try {
      const shown = await popup.evaluate(`new Promise((resolve) => {
        const read = () => {
          const title = document.querySelector('[data-testid="digest-title"]');
          if (!title) return false;
          const sentences = document.querySelectorAll('[data-testid="key-sentence"]').length;
          resolve({ title: title.textContent, sentences });
          return true;
        };
        if (!read()) new MutationObserver(read).observe(document, { childList: true, subtree: true });
      })`);
      assert.equal(shown.title, ENGLISH_TITLE);
      assert.ok(shown.sentences >= 3, `${shown.sentences} key sentences`);
    } finally {
      await popup.detach();
      await suite.browser.cdp.send('Target.closeTarget', { targetId: target.targetId });
      await page.close();
    }
  });

  test('an English article: title, site, reading time, language, key sentences, saved', async () => {
    const page = await pageAt('/news/harbour-docks.html');
    for (const colorScheme of ['light', 'dark']) {
      const popup = await popupFor(suite.browser, suite.extension, page, { colorScheme });
      await popup.getByTestId('digest-title').waitFor();
      assert.equal(await popup.getByTestId('digest-title').textContent(), ENGLISH_TITLE);
      const meta = await popup.locator('.digest__meta').textContent();
      assert.match(meta, /The Coastal Courier/);
      assert.match(meta, /\d+ min read/);
      assert.match(meta, /English/);
      assert.ok((await keySentences(popup).count()) >= 3);
      assert.equal(await popup.locator('.key-sentence--strongest').count(), 1);
      assert.equal(await popup.getByTestId('saved').textContent(), 'Saved');
      // The key point is on the first screen of a 400×600 popup: one row of figures, the rest on request.
      const keyPoint = await popup.locator('.key-sentence--strongest').boundingBox();
      assert.ok(
        keyPoint && keyPoint.y + keyPoint.height <= 600,
        `key point ends at ${keyPoint?.y + keyPoint?.height} px`,
      );
      assert.equal(await popup.getByTestId('key-figure').count(), 3);
      await screenshot(popup, `popup-en-${colorScheme}`, { readme: true });
      const more = popup.getByTestId('key-figures-more');
      assert.match(await more.textContent(), /^Show \d+ more$/);
      await more.click();
      assert.ok((await popup.getByTestId('key-figure').count()) > 3, 'Show more lists every figure');
      await popup.close();
    }
    await page.close();
  });

  const needsChinesePage = { skip: !HAS_CHINESE_PAGE && '../shared is absent' };

  test('the Chinese example page: key sentences and key figures', needsChinesePage, async () => {
    const page = await pageAt('/tech/jdcloud.html');
    for (const colorScheme of ['light', 'dark']) {
      const popup = await popupFor(suite.browser, suite.extension, page, { colorScheme });
      await popup.getByTestId('digest-title').waitFor();
      assert.equal(await popup.getByTestId('digest-title').textContent(), CHINESE_TITLE);
      assert.match(await popup.locator('.digest__meta').textContent(), /中国网科技.*Chinese/);
      assert.ok((await keySentences(popup).count()) >= 3);
      assert.ok((await popup.getByTestId('key-figure').count()) >= 1, 'key figures shown');
      await screenshot(popup, `popup-zh-${colorScheme}`);
      await popup.close();
    }
    await page.close();
  });

  test('a real news page with a site search box (BBC’s saved page) is digested', { skip: !HAS_BBC_PAGE }, async () => {
    const page = await pageAt('/news/world-us-canada-33647154');
    const popup = await popupFor(suite.browser, suite.extension, page);
    await popup.locator('[data-testid="digest-title"], [role="alert"]').first().waitFor();
    assert.equal(await popup.getByTestId('digest-title').textContent(), BBC_TITLE);
    assert.ok((await keySentences(popup).count()) >= 3);
    assert.match(
      await keySentences(popup)
        .allTextContents()
        .then((texts) => texts.join(' ')),
      /gun/,
    );
    await popup.close();
    await page.close();
  });

  test('“Longer” and “Shorter” re-rank the digest in place', async () => {
    const page = await pageAt('/news/harbour-docks.html');
    const popup = await popupFor(suite.browser, suite.extension, page);
    await popup.getByTestId('digest-title').waitFor();
    const before = await keySentences(popup).count();

    await popup.getByRole('button', { name: 'Longer' }).click();
    await popup
      .getByTestId('sentence-count')
      .filter({ hasText: `${before + 1} of` })
      .waitFor();
    assert.equal(await keySentences(popup).count(), before + 1);

    await popup.getByRole('button', { name: 'Shorter' }).click();
    await popup
      .getByTestId('sentence-count')
      .filter({ hasText: `${before} of` })
      .waitFor();
    assert.equal(await keySentences(popup).count(), before);
    await popup.close();
    await page.close();
  });

  test('a page with no article says so, and “Digest anyway” digests its text', async () => {
    const page = await pageAt('/login.html');
    const popup = await popupFor(suite.browser, suite.extension, page);
    const alert = popup.getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.textContent(), /No article found/);
    await screenshot(popup, 'popup-no-article-light');

    await alert.getByRole('button', { name: 'Digest anyway' }).click();
    await popup.getByTestId('digest-title').waitFor();
    assert.equal(await popup.getByTestId('digest-title').textContent(), 'Sign in · Harbour Bank');
    assert.ok((await keySentences(popup).count()) >= 1);
    await popup.close();
    await page.close();
  });

  test('a browser page (chrome://version) says why it can’t be digested', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto('chrome://version');
    const popup = await popupFor(suite.browser, suite.extension, page, { colorScheme: 'dark' });
    const alert = popup.getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.textContent(), /This page can’t be digested.*browser’s own pages/s);
    await screenshot(popup, 'popup-restricted-dark');
    await popup.close();
    await page.close();
  });
});
