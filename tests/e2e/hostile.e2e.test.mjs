// A page whose text is made of script payloads, bidi overrides and invisible characters: Digest shows it as inert
// text in the popup, the history and the Markdown copy. Any payload that ran (or was parsed as HTML) would call the
// test server at /pwned/…, set a global or retitle the page, so each of those is asserted never to happen.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { EXTENSION, fixture, launch, openPage, popupFor, serve } from './harness.mjs';

const TRICKS = /[\u202A-\u202E\u2066-\u2069\u200B\u2060\uFEFF\u00AD]/;

/** In an extension page: everything a payload could have left behind, as primitives. */
function tracesOfPayloads() {
  return {
    elements: document.querySelectorAll('body img, body script, body iframe, body object, body embed, body svg').length,
    handlers: document.querySelectorAll('[onerror], [onload], [onclick], [onmouseover], [onfocus]').length,
    scriptLinks: [...document.querySelectorAll('a[href]')].filter((a) => !/^(https?|chrome-extension):/.test(a.href))
      .length,
    global: typeof window.__pwned,
    title: document.title,
    tricks: /[\u202A-\u202E\u2066-\u2069\u200B\u2060\uFEFF\u00AD]/.test(document.body.innerText),
  };
}

describe('a hostile page', () => {
  let server;
  let browser;
  let extension;
  let page;
  const pwned = () => server.requested.filter((p) => p.startsWith('/pwned'));

  before(async () => {
    const pages = {};
    server = await serve(pages);
    pages['/news/council.html'] = fixture('hostile-article.html').replaceAll('{{ORIGIN}}', server.origin);
    browser = await launch({ allowedOrigin: server.origin });
    extension = browser.workers[0];
    page = await openPage(browser.context, `${server.origin}/news/council.html`);
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  const expectedTitle = () =>
    `<script>fetch('${server.origin}/pwned/title')</script>Council gpj.exe budget <img src="${server.origin}/pwned/title-img">`;

  test('the extension pages keep the default MV3 content security policy', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(EXTENSION, 'manifest.json'), 'utf8'));
    // Absent = Chrome's default for extension pages: `script-src 'self'; object-src 'self'` (no eval, no remote code).
    assert.equal(manifest.content_security_policy, undefined);
  });

  test('the popup shows its title and text as text, runs none of it, and copies inert Markdown', async () => {
    const popup = await popupFor(browser, extension, page);
    await popup.getByTestId('digest-title').waitFor();
    assert.equal(await popup.getByTestId('digest-title').textContent(), expectedTitle());
    const sentences = (await popup.getByTestId('key-sentence').allTextContents()).join('\n');
    assert.match(
      sentences,
      /<img src=x onerror=|<script>window.__pwned=1/,
      'payloads are shown as the text the page wrote',
    );
    const figureSentences = await popup.getByTestId('key-figure').evaluateAll((figures) => figures.map((f) => f.title));
    assert.ok(
      figureSentences.some((title) => title.includes('<script>window.__pwned=1')),
      'and as the key figures’ hover text',
    );
    assert.deepEqual(await popup.evaluate(tracesOfPayloads), {
      elements: 0,
      handlers: 0,
      scriptLinks: 0,
      global: 'undefined',
      title: 'Digest',
      tricks: false,
    });

    await popup.evaluate(() => {
      window.copied = [];
      navigator.clipboard.writeText = async (text) => void window.copied.push(text);
    });
    await popup.getByTestId('copy-markdown').click();
    await popup.getByTestId('copy-markdown').filter({ hasText: 'Copied' }).waitFor();
    const [markdown] = await popup.evaluate(() => window.copied);
    assert.ok(
      markdown.startsWith(`# \\<script\\>fetch('${server.origin}/pwned/title')\\</script\\>Council gpj.exe budget`),
    );
    assert.doesNotMatch(markdown, /(^|[^\\])</m, 'every < the page wrote is escaped');
    assert.doesNotMatch(markdown, /\]\((?!https?:)/, 'no link but the page’s own http address');
    assert.doesNotMatch(markdown, TRICKS);
    await popup.close();
    assert.deepEqual(pwned(), []);
  });

  test('the history lists and opens it inertly too', async () => {
    const history = await browser.context.newPage();
    await history.goto(`chrome-extension://${extension.id}/options.html`);
    await history.getByTestId('history-item').first().waitFor();
    await history.getByTestId('history-item').first().click();
    assert.equal(await history.getByTestId('digest-title').textContent(), expectedTitle());
    assert.match(await history.getByTestId('history-item').first().textContent(), /<script>fetch\(/);
    const traces = await history.evaluate(tracesOfPayloads);
    assert.deepEqual(traces, {
      elements: 0,
      handlers: 0,
      scriptLinks: 0,
      global: 'undefined',
      title: traces.title,
      tricks: false,
    });
    assert.notEqual(traces.title, 'pwned');
    await history.close();
    assert.deepEqual(pwned(), []);
  });

  test('the page itself is left as it was: extraction ran none of its payloads either', async () => {
    assert.equal(await page.evaluate(() => typeof window.__pwned), 'undefined');
    assert.notEqual(await page.title(), 'pwned');
    assert.deepEqual(pwned(), []);
  });
});
