// Storage full in a real browser: the popup still shows the digest, says in a sentence that it wasn't saved, and
// nothing stored changes; once there is room again, "Try again" saves it.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { fixture, launch, openPage, popupFor, savedDigests, serve } from './harness.mjs';

let server;
let browser;
let extension;

before(async () => {
  server = await serve({
    '/market.html': fixture('chinese-market.html'),
    '/docks.html': fixture('english-article.html'),
  });
  browser = await launch({ allowedOrigin: server.origin });
  extension = browser.workers[0];
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** In the worker: every write to the articles store fails as Chrome fails it when the profile's quota is used up. */
function fillStorage() {
  const put = IDBObjectStore.prototype.put;
  globalThis.__restorePut = () => (IDBObjectStore.prototype.put = put);
  IDBObjectStore.prototype.put = function (...args) {
    if (this.name === 'articles') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return put.apply(this, args);
  };
}

async function digestOf(pathname) {
  const page = await openPage(browser.context, server.origin + pathname);
  const popup = await popupFor(browser, extension, page);
  await popup.getByTestId('digest-title').waitFor();
  return { page, popup };
}

test('storage full: the digest is shown unsaved with a clear sentence, and the history is unchanged', async () => {
  const first = await digestOf('/market.html');
  await first.popup.getByTestId('saved').waitFor();
  const before = await savedDigests(extension.sw);
  assert.deepEqual(
    before.map((d) => d.url),
    [`${server.origin}/market.html`],
  );

  await extension.sw.evaluate(fillStorage);
  const { page, popup } = await digestOf('/docks.html');
  assert.equal(
    await popup.getByTestId('digest-title').textContent(),
    'Harbour city turns old docks into a solar-powered neighbourhood',
  );
  assert.ok((await popup.getByTestId('key-sentence').count()) >= 3, 'the key sentences are there to read');
  assert.match(
    await popup.getByRole('alert').textContent(),
    /^Your browser’s storage is full, so this digest wasn’t saved/,
  );
  assert.equal(await popup.getByTestId('saved').count(), 0, 'not marked as saved');
  assert.deepEqual(await savedDigests(extension.sw), before, 'nothing stored changed');

  await extension.sw.evaluate(() => globalThis.__restorePut());
  await popup.getByRole('button', { name: 'Try again' }).click();
  await popup.getByTestId('saved').waitFor();
  assert.deepEqual((await savedDigests(extension.sw)).map((d) => d.url).sort(), [
    `${server.origin}/docks.html`,
    `${server.origin}/market.html`,
  ]);
  await Promise.all([popup.close(), page.close(), first.popup.close(), first.page.close()]);
});
