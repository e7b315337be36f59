// The UI in Simplified Chinese when the browser's language is Chinese (Chromium started with --lang=zh-CN and
// LANGUAGE=zh_CN: on Linux the environment decides which _locales messages an extension gets).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { CHINESE_TITLE, chinesePage, fixture, HAS_CHINESE_PAGE, popupFor, screenshot, useSuite } from './harness.mjs';

describe('Chinese UI', () => {
  const suite = useSuite(
    {
      '/news/harbour-docks.html': fixture('english-article.html'),
      '/login.html': fixture('login.html'),
      ...chinesePage(),
    },
    { lang: 'zh-CN' },
  );

  const { pageAt } = suite;
  const articlePath = HAS_CHINESE_PAGE ? '/tech/jdcloud.html' : '/news/harbour-docks.html';

  test('the extension’s name, menus and messages come from zh_CN', async () => {
    const names = await suite.extension.sw.evaluate(() => ({
      name: chrome.i18n.getMessage('extName'),
      menu: chrome.i18n.getMessage('menu_selection'),
    }));
    assert.deepEqual(names, { name: 'Digest 摘要', menu: '摘要选中的文字' });
  });

  test('the popup speaks Chinese: labels, reading time, language name, buttons', async () => {
    const page = await pageAt(articlePath);
    for (const colorScheme of ['light', 'dark']) {
      const popup = await popupFor(suite.browser, suite.extension, page, { colorScheme });
      await popup.getByTestId('digest-title').waitFor();
      if (HAS_CHINESE_PAGE) assert.equal(await popup.getByTestId('digest-title').textContent(), CHINESE_TITLE);
      assert.equal(await popup.evaluate(() => document.documentElement.lang), 'zh-CN');
      const meta = await popup.locator('.digest__meta').textContent();
      assert.match(meta, /阅读约 \d+ 分钟/);
      assert.match(meta, HAS_CHINESE_PAGE ? /中文/ : /英语/);
      assert.equal(await popup.getByTestId('saved').textContent(), '已保存');
      assert.equal(await popup.getByRole('button', { name: '更长' }).count(), 1);
      assert.equal(await popup.getByRole('switch', { name: '在页面上标出' }).count(), 1);
      assert.match(await popup.getByTestId('sentence-count').textContent(), /^共 \d+ 句，显示 \d+ 句$/);
      await screenshot(popup, `popup-zh-ui-${colorScheme}`, { readme: true });
      await popup.close();
    }
    await page.close();
  });

  test('failures are explained in Chinese', async () => {
    const page = await pageAt('/login.html');
    const popup = await popupFor(suite.browser, suite.extension, page);
    const alert = popup.getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.textContent(), /没有找到文章.*这是登录页面，上面没有文章。.*仍然摘要/s);
    await popup.close();
    await page.close();
  });

  test('the history speaks Chinese, with dates and counts formatted for Chinese', async () => {
    const history = await suite.browser.context.newPage();
    await history.goto(`chrome-extension://${suite.extension.id}/options.html`);
    await history.getByTestId('history-item').first().waitFor();
    assert.equal(await history.locator('h1').first().textContent(), '摘要历史');
    // The count follows the first page.
    await history
      .getByTestId('history-count')
      .filter({ hasText: /^\d+ 篇摘要$/ })
      .waitFor();
    assert.match(await history.getByTestId('history-item').first().textContent(), /今天 \d\d:\d\d/);
    assert.equal(await history.getByTestId('search').getAttribute('aria-label'), '搜索摘要');
    for (const colorScheme of ['light', 'dark']) {
      await history.emulateMedia({ colorScheme });
      await history.getByTestId('history-item').first().click();
      await screenshot(history, `history-zh-ui-${colorScheme}`, { readme: true });
    }
    await history.getByTestId('settings-button').click();
    assert.equal(await history.getByTestId('settings').locator('h2').textContent(), '设置');
    await history.close();
  });
});
