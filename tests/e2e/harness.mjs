// Launches Chromium with the built extension, serves test pages on 127.0.0.1 and clicks the toolbar button the way a
// reader does (CDP Extensions.triggerAction on the tab target, which is what grants activeTab).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';
import { ROOT, serve, waitFor } from './served-pages.mjs';

export * from './served-pages.mjs';
export const EXTENSION = path.join(ROOT, '.output/chrome-mv3');
export const SCREENSHOTS = path.join(ROOT, 'tests/e2e/screenshots');

/**
 * A fresh profile with the given unpacked extensions. Everything outside `allowedOrigin` (one origin or a list) is
 * aborted: the saved pages reference the internet, which this machine can't reach, and `load` would never fire.
 */
export async function launch({ extensions = [EXTENSION], allowedOrigin, userDataDir, lang } = {}) {
  const profile = userDataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'digest-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1200, height: 800 },
    // The browser's UI language, which extension messages follow: on Linux Chromium reads it from the environment
    // (LANGUAGE, then LANG); --lang and the locale setting (Accept-Language, navigator.language) make the rest agree.
    ...(lang
      ? {
          locale: lang,
          env: { ...process.env, LANGUAGE: lang.replace('-', '_'), LANG: `${lang.replace('-', '_')}.UTF-8` },
        }
      : {}),
    args: [
      ...(lang ? [`--lang=${lang}`] : []),
      `--disable-extensions-except=${extensions.join(',')}`,
      `--load-extension=${extensions.join(',')}`,
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  // A missing element should fail a test in seconds, not Playwright's default 30 s.
  context.setDefaultTimeout(10_000);
  if (allowedOrigin) {
    const allowed = [allowedOrigin].flat();
    await context.route('**/*', (route) => {
      const url = route.request().url();
      return allowed.some((origin) => url.startsWith(origin)) || !/^https?:/.test(url)
        ? route.continue()
        : route.abort();
    });
  }
  const workers = await extensionWorkers(context, extensions.length);
  const cdp = await context.browser().newBrowserCDPSession();
  return { context, cdp, workers, profile, close: () => context.close() };
}

async function extensionWorkers(context, count) {
  while (context.serviceWorkers().length < count) await context.waitForEvent('serviceworker');
  return context.serviceWorkers().map((sw) => ({ sw, id: new URL(sw.url()).host }));
}

/** Opens `url` in a new tab, ready for a toolbar click. */
export async function openPage(context, url) {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  return page;
}

/** Clicks the extension's toolbar button on `page`'s tab; returns the time of the click (epoch ms). */
export async function clickToolbar(browser, extensionId, page) {
  await page.bringToFront();
  const { targetInfos } = await browser.cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
  const tab = targetInfos.find((t) => t.url === page.url());
  if (!tab) throw new Error(`No tab target for ${page.url()}`);
  const clickedAt = Date.now();
  await browser.cdp.send('Extensions.triggerAction', { id: extensionId, targetId: tab.targetId });
  return clickedAt;
}

/**
 * How many digests the history holds, read straight from IndexedDB in any extension page or the worker (so a test can
 * tell that a failed or interrupted digest saved nothing). 0 before the database exists: opening it would create it.
 */
export async function savedDigestCount(extensionPage) {
  return (await savedDigests(extensionPage)).length;
}

/**
 * The saved digests' count once it reaches `expected`, or after `timeout` ms: a digest is painted before its save
 * commits, so a count read right after the paint may be one short.
 */
export async function savedDigestCountReaching(extensionPage, expected, timeout = 5_000) {
  const until = Date.now() + timeout;
  let count = await savedDigestCount(extensionPage);
  while (count < expected && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    count = await savedDigestCount(extensionPage);
  }
  return count;
}

/** Every saved digest's id, address and title, read the same way (an empty list before the database exists). */
export async function savedDigests(extensionPage) {
  return extensionPage.evaluate(async () => {
    if (!(await indexedDB.databases()).some((db) => db.name === 'digest')) return [];
    return new Promise((resolve, reject) => {
      const open = indexedDB.open('digest');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const all = open.result.transaction('digests').objectStore('digests').getAll();
        all.onsuccess = () => {
          open.result.close();
          resolve(all.result.map(({ id, url, title }) => ({ id, url, title })));
        };
        all.onerror = () => reject(all.error);
      };
    });
  });
}

/** The tab id of the active tab, as the extension sees it. */
export async function activeTabId(sw, page) {
  await page.bringToFront();
  return sw.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id);
}

/**
 * After a real toolbar click on `page`: the popup opened as a normal Playwright page on that tab (`?tabId=`),
 * so locators and screenshots work. The toolbar popup itself is closed first; the activeTab grant stays.
 */
export async function popupFor(browser, { sw, id }, page, { colorScheme = 'light', initScript } = {}) {
  await clickToolbar(browser, id, page);
  const tabId = await activeTabId(sw, page);
  const realPopup = await waitForPopupTarget(browser.cdp, id);
  await browser.cdp.send('Target.closeTarget', { targetId: realPopup.targetId });
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.emulateMedia({ colorScheme });
  if (initScript) await popup.addInitScript(initScript);
  await popup.goto(`chrome-extension://${id}/popup.html?tabId=${tabId}`);
  return popup;
}

/**
 * Stops the extension's service worker, as Chrome does to an idle MV3 worker (or one it decides to kill), by closing
 * its target. Chrome starts a new one at the next message sent to the extension.
 */
export async function stopServiceWorker(cdp, extensionId) {
  const { targetInfos } = await cdp.send('Target.getTargets');
  const worker = targetInfos.find(
    (t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`),
  );
  if (!worker) throw new Error('The extension has no running service worker');
  await cdp.send('Target.closeTarget', { targetId: worker.targetId });
}

export async function waitForPopupTarget(cdp, extensionId, timeoutMs = 5000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const { targetInfos } = await cdp.send('Target.getTargets');
    const url = `chrome-extension://${extensionId}/popup.html`;
    const popup = targetInfos.find((t) => t.type === 'page' && t.url.startsWith(url));
    if (popup) return popup;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('The toolbar popup did not open');
}

/** Closes the toolbar popup a click opened (its activeTab grant stays), and waits until it is gone. */
export async function closeRealPopup(browser, extensionId) {
  const popup = await waitForPopupTarget(browser.cdp, extensionId);
  await browser.cdp.send('Target.closeTarget', { targetId: popup.targetId });
  await waitFor(async () => {
    const { targetInfos } = await browser.cdp.send('Target.getTargets');
    return !targetInfos.some((t) => t.targetId === popup.targetId);
  });
}

/** Runs `run` on the real toolbar popup, then closes it as the reader does (a click elsewhere). */
export async function withRealPopup(browser, extensionId, run) {
  const target = await waitForPopupTarget(browser.cdp, extensionId);
  const popup = await attachToPopup(browser.cdp, target.targetId);
  try {
    return await run(popup);
  } finally {
    await popup.detach();
    await browser.cdp.send('Target.closeTarget', { targetId: target.targetId }).catch(() => {});
  }
}

/**
 * The activeTab grant a context-menu click gives, which headless Chromium can't click: a toolbar click on the page
 * grants it the same way (its popup is closed again). Resolves to the tab's id.
 */
export async function grantActiveTab(browser, extension, page) {
  await clickToolbar(browser, extension.id, page);
  await closeRealPopup(browser, extension.id);
  return activeTabId(extension.sw, page);
}

/** What the worker's contextMenus.onClicked listener calls, with the event's own fields and the real tab. */
export function menuClick(sw, tabId, info) {
  return sw.evaluate(async ({ tabId, info }) => globalThis.digestMenuClick(info, await chrome.tabs.get(tabId)), {
    tabId,
    info,
  });
}

/** Selects the article's paragraphs `from` to `to` (the byline aside), as a reader would; returns the selection's text. */
export function selectParagraphs(page, from, to) {
  return page.evaluate(
    ({ from, to }) => {
      const paragraphs = document.querySelectorAll('article p:not(.byline)');
      const range = document.createRange();
      range.setStartBefore(paragraphs[from]);
      range.setEndAfter(paragraphs[to]);
      getSelection().removeAllRanges();
      getSelection().addRange(range);
      return getSelection().toString();
    },
    { from, to },
  );
}

/**
 * The real toolbar popup is invisible to Playwright's page list, so talk to it over a raw, non-flattened CDP session.
 * `evaluate(expression)` returns primitives only (DOM nodes can't cross by value).
 */
export async function attachToPopup(cdp, targetId) {
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: false });
  let nextId = 1;
  const pending = new Map();
  const onMessage = ({ sessionId: from, message }) => {
    if (from !== sessionId) return;
    const reply = JSON.parse(message);
    pending.get(reply.id)?.(reply);
    pending.delete(reply.id);
  };
  cdp.on('Target.receivedMessageFromTarget', onMessage);
  const send = (method, params) =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      pending.set(id, (reply) => (reply.error ? reject(new Error(reply.error.message)) : resolve(reply.result)));
      const message = JSON.stringify({ id, method, params });
      cdp.send('Target.sendMessageToTarget', { sessionId, message }).catch(reject);
    });
  return {
    async evaluate(expression) {
      const options = { expression, awaitPromise: true, returnByValue: true };
      const { result, exceptionDetails } = await send('Runtime.evaluate', options);
      if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
      return result.value;
    },
    detach: async () => {
      cdp.off('Target.receivedMessageFromTarget', onMessage);
      await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => {});
    },
  };
}

/**
 * In the popup: resolves to when the element named `elementtiming="<name>"` was first painted (epoch ms). Element
 * Timing entries are only delivered to a (buffered) PerformanceObserver, never by getEntriesByType.
 */
export function paintTimeOf(name) {
  return `new Promise((resolve) => {
    new PerformanceObserver((list, observer) => {
      const entry = list.getEntries().find((e) => e.identifier === ${JSON.stringify(name)});
      if (!entry) return;
      observer.disconnect();
      resolve(performance.timeOrigin + (entry.renderTime || entry.loadTime));
    }).observe({ type: 'element', buffered: true });
  })`;
}

/**
 * Writes a PNG of the whole of `page`. A popup is first sized to its content, as Chrome sizes the real one (which
 * then stops at 600 px and scrolls), so the sticky footer sits at the bottom rather than over the text.
 */
export async function screenshot(page, name, { readme = false } = {}) {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  if (new URL(page.url()).pathname === '/popup.html') {
    const height = await page.evaluate(() => document.body.scrollHeight);
    await page.setViewportSize({ width: 400, height });
  }
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
  // The README's pictures: a curated few, committed at stable paths (tests/e2e/screenshots/readme/), refreshed only
  // on purpose (`npm run screenshots`) so an ordinary test run leaves the committed images alone.
  if (readme && process.env.UPDATE_README_SCREENSHOTS === '1') {
    fs.mkdirSync(path.join(SCREENSHOTS, 'readme'), { recursive: true });
    fs.copyFileSync(path.join(SCREENSHOTS, `${name}.png`), path.join(SCREENSHOTS, 'readme', `${name}.png`));
  }
}

/**
 * Registers a suite's setup and teardown — a local server for `pages`, a browser with the extension allowed to reach
 * it — and returns what its tests use, filled in before the first one runs: `{ server, browser, extension, pageAt }`.
 */
export function useSuite(pages, launchOptions = {}) {
  const suite = { pageAt: (pathname) => openPage(suite.browser.context, suite.server.origin + pathname) };
  before(async () => Object.assign(suite, await startSuite(pages, launchOptions)));
  after(() => stopSuite(suite));
  return suite;
}

/** What every suite starts with: a local server for `pages` and a browser with the extension allowed to reach it. */
export async function startSuite(pages, launchOptions = {}) {
  const server = await serve(pages);
  const browser = await launch({ allowedOrigin: server.origin, ...launchOptions });
  return { server, browser, extension: browser.workers[0] };
}

export async function stopSuite({ server, browser }) {
  await browser?.close();
  await server?.close();
}
