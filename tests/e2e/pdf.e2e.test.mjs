// A PDF in the tab, shown by Chromium's own PDF viewer: the toolbar click reads it in the popup and digests it like
// an article, saved to the history. The PDFs are web articles printed by the same Chromium (with its running date,
// title, address and page numbers on every page), as readers make them.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { fixture, popupFor, SCREENSHOTS, savedDigestCount, savedDigests, useSuite } from './harness.mjs';

/** What the popup showed while it worked: every status title, in order. */
const RECORD_STATUS = () => {
  window.__statusSeen = [];
  new MutationObserver(() => {
    const title = document.querySelector('.status__title')?.textContent;
    if (title && window.__statusSeen.at(-1) !== title) window.__statusSeen.push(title);
  }).observe(document, { subtree: true, childList: true, characterData: true });
};

describe('a PDF in the tab', () => {
  const pages = {
    '/news/harbour.html': fixture('english-article.html'),
    '/news/market.html': fixture('chinese-market.html'),
    '/news/picture.html':
      '<!doctype html><title>Scan</title><body style="margin:0"><div style="width:600px;height:800px;background:repeating-linear-gradient(45deg,#ccc 0 10px,#eee 10px 20px)"></div>',
    '/files/broken.pdf': {
      body: Buffer.from('%PDF-1.7\nthis is not a PDF at all\n%%EOF\n', 'latin1'),
      type: 'application/pdf',
    },
  };
  const suite = useSuite(pages);

  /** The page at `pathname` printed to PDF by Chromium, as a reader's "Save as PDF" makes it. */
  async function printed(pathname, { headerFooter = true } = {}) {
    const page = await suite.pageAt(pathname);
    const pdf = await page.pdf({
      format: 'A4',
      displayHeaderFooter: headerFooter,
      margin: { top: '60px', bottom: '60px' },
    });
    await page.close();
    return pdf;
  }

  before(async () => {
    pages['/reports/harbour.pdf'] = { body: await printed('/news/harbour.html'), type: 'application/pdf' };
    // A PDF served from an address that doesn't say so: only the tab's document tells.
    pages['/download/market'] = { body: await printed('/news/market.html'), type: 'application/pdf' };
    pages['/reports/scan.pdf'] = {
      body: await printed('/news/picture.html', { headerFooter: false }),
      type: 'application/pdf',
    };
  });

  async function clickOn(pathname) {
    const page = await suite.pageAt(pathname);
    const popup = await popupFor(suite.browser, suite.extension, page, { initScript: RECORD_STATUS });
    await popup.locator('[data-testid="digest-title"], [role="alert"]').first().waitFor({ timeout: 20_000 });
    return { page, popup };
  }

  test('an English article printed to PDF: digested in the popup, with progress, and saved', async () => {
    const before = await savedDigestCount(suite.extension.sw);
    const { page, popup } = await clickOn('/reports/harbour.pdf');
    assert.equal(await page.evaluate(() => document.contentType), 'application/pdf', 'the tab shows the PDF viewer');
    assert.match(await popup.getByTestId('digest-title').textContent(), /Harbour city turns old docks/);
    const sentences = await popup.getByTestId('key-sentence').allTextContents();
    assert.ok(sentences.length >= 2, `key sentences: ${sentences.length}`);
    const article = fixture('english-article.html').replace(/\s+/g, ' ');
    for (const sentence of sentences.map((s) => s.replace(/^Key point/, '').replace(/\s+/g, ' '))) {
      // Each key sentence is the article's own, not the printout's running date, address or page number.
      assert.ok(article.includes(sentence.slice(0, 40)), `from the article: ${sentence}`);
    }
    const seen = await popup.evaluate(() => window.__statusSeen);
    assert.ok(
      seen.some((title) => /^Reading page 1 of \d+…$/.test(title)),
      `progress shown: ${JSON.stringify(seen)}`,
    );
    assert.match(
      await popup.getByTestId('highlight-status').textContent(),
      /aren’t available in the browser’s PDF viewer/,
    );
    assert.equal(await popup.getByTestId('highlight-toggle').count(), 0, 'no highlight switch');
    await popup.getByTestId('saved').waitFor();
    assert.equal(await savedDigestCount(suite.extension.sw), before + 1);
    const saved = (await savedDigests(suite.extension.sw)).at(-1);
    assert.ok(saved.url.endsWith('/reports/harbour.pdf'), saved.url);
    await popup.screenshot({ path: `${SCREENSHOTS}/popup-pdf.png` });
    await popup.close();
    await page.close();
  });

  test('a Chinese article printed to PDF, from an address without .pdf: Chinese lines joined, figures read', async () => {
    const { page, popup } = await clickOn('/download/market');
    assert.match(await popup.getByTestId('digest-title').textContent(), /电商平台加码技术投入/);
    const sentences = await popup.getByTestId('key-sentence').allTextContents();
    assert.ok(sentences.length >= 1);
    for (const sentence of sentences) {
      assert.doesNotMatch(
        sentence,
        /\p{Script=Han} \p{Script=Han}/u,
        `no space left where a line wrapped: ${sentence}`,
      );
      assert.match(sentence, /\p{Script=Han}/u);
    }
    assert.ok((await popup.getByTestId('key-figure').count()) >= 1, 'key figures');
    await popup.getByTestId('saved').waitFor();
    await popup.close();
    await page.close();
  });

  test('a scanned PDF says it has no text, and a damaged one says so; nothing is saved', async () => {
    const before = await savedDigestCount(suite.extension.sw);
    for (const [pathname, sentence] of [
      ['/reports/scan.pdf', /has no text to read; it may be a scan/],
      ['/files/broken.pdf', /is damaged/],
    ]) {
      const { page, popup } = await clickOn(pathname);
      assert.match(await popup.getByRole('alert').textContent(), sentence);
      await popup.close();
      await page.close();
    }
    assert.equal(await savedDigestCount(suite.extension.sw), before);
  });
});
