import { describe, expect, it, vi } from 'vitest';
import { failure } from '@/utils/core/failure';
import { inFrameFailure } from '@/utils/runtime/browser/frames';
import { createHandlers, type WorkerDeps } from '@/utils/runtime/worker/handlers';
import { DigestDatabase } from '@/utils/store/db/database';
import { faultyWrites, openStubbornConnection } from '../db/faults';
import { articleAt, articleExtracted, englishArticle } from '../fixtures/articles';
import { saveArticle, snapshot } from '../fixtures/history';

const URL_A = englishArticle.url;
const freshDb = () => new DigestDatabase(`worker-faults-${crypto.randomUUID()}`);

/** The worker's handlers on `db`, reading a tab whose address is `addresses[0]` before the read and the rest after. */
function worker(db: DigestDatabase, extract: WorkerDeps['extract'], ...addresses: (string | undefined)[]) {
  let reads = 0;
  const tabUrl = async () => addresses[Math.min(reads++, addresses.length - 1)];
  return createHandlers({ db, extract, tabUrl });
}

/** A history with one old page, on storage that refuses to store an article from now on (`before`: as it was). */
async function fullStorage() {
  const db = freshDb();
  const faults = faultyWrites(db);
  await saveArticle(db, articleAt('https://news.example.com/old', 'Old page'), 1000);
  const before = await snapshot(db);
  faults.fail('articles', 'quota');
  return { db, faults, before };
}

describe('a save that fails', () => {
  it('storage full: the reader gets the digest, with a sentence saying it wasn’t saved; nothing stored changes', async () => {
    const { db, faults, before } = await fullStorage();

    const reply = await worker(db, async () => articleExtracted, URL_A).digestTab({ tabId: 1, mode: 'article' });
    expect(reply).toEqual({
      ok: false,
      failure: {
        reason: 'storage',
        key: 'storageFull',
        unsaved: expect.objectContaining({ url: URL_A }),
      },
    });
    if (reply.ok) return;
    expect(reply.failure.unsaved?.sentences.length).toBeGreaterThanOrEqual(3);
    faults.heal();
    expect(await snapshot(db)).toEqual(before);
  });

  it('storage full after the digest was announced: the popup had it first, and the reply says it wasn’t saved', async () => {
    const { db, faults, before } = await fullStorage();
    const announce = vi.fn();
    const handlers = createHandlers({ db, extract: async () => articleExtracted, tabUrl: async () => URL_A, announce });

    const reply = await handlers.digestTab({ tabId: 1, mode: 'article', announce: 'popup-1' });
    expect(announce).toHaveBeenCalledExactlyOnceWith('popup-1', expect.objectContaining({ url: URL_A }));
    expect(reply).toMatchObject({ ok: false, failure: { reason: 'storage', key: 'storageFull' } });
    faults.heal();
    expect(await snapshot(db)).toEqual(before);
  });

  it('storage full on "Longer": the saved digest stays as it was', async () => {
    const db = freshDb();
    const faults = faultyWrites(db);
    const saved = await saveArticle(db, englishArticle, 1000);
    const before = await snapshot(db);
    faults.fail('digests', 'quota');

    const reply = await worker(db, async () => articleExtracted).rerank({ id: saved.id, sentences: 5 });
    expect(reply).toMatchObject({ ok: false, failure: { reason: 'storage', key: 'storageFull' } });
    faults.heal();
    expect(await snapshot(db)).toEqual(before);
  });

  it('history blocked by an older version left open: says so at once instead of waiting forever', async () => {
    const name = `worker-blocked-${crypto.randomUUID()}`;
    const stubborn = await openStubbornConnection(name);
    const reply = await worker(new DigestDatabase(name), async () => articleExtracted, URL_A).digestTab({
      tabId: 1,
      mode: 'article',
    });
    expect(reply).toMatchObject({ ok: false, failure: { reason: 'storage', key: 'historyBlocked' } });
    stubborn.close();
  });
});

describe('a page that changes while it is read', () => {
  const digest = (handlers: ReturnType<typeof worker>) => handlers.digestTab({ tabId: 1, mode: 'article' });
  const pageB = articleAt('https://app.example.com/b', 'Page B');

  it('an app that moved on before it was read: the digest is of the page as read, under its address', async () => {
    const db = freshDb();
    const reply = await digest(worker(db, async () => ({ ok: true, article: pageB }), URL_A, pageB.url));
    expect(reply).toMatchObject({ ok: true, digest: { url: pageB.url, title: 'Page B' } });
    expect((await db.digests.toArray()).map((d) => [d.url, d.title])).toEqual([[pageB.url, 'Page B']]);
  });

  it.each([
    ['an app pushState to another address', 'https://app.example.com/c'],
    ['a navigation to another site (Chrome then hides the address)', undefined],
  ])('%s after it was read: a clear failure, nothing saved', async (_, after) => {
    const db = freshDb();
    const reply = await digest(worker(db, async () => articleExtracted, URL_A, after));
    expect(reply).toEqual({ ok: false, failure: { reason: 'page-changed', key: 'pageChanged' } });
    expect(await db.digests.count()).toBe(0);
  });

  it('a navigation that took the read down with it: a clear failure, not Chrome’s error', async () => {
    const gone = async () => {
      throw new Error('Frame with ID 0 was removed.');
    };
    const reply = await digest(worker(freshDb(), gone, URL_A, 'https://elsewhere.example.org/'));
    expect(reply).toMatchObject({ ok: false, failure: { reason: 'page-changed' } });
  });

  it('scrolling to a #section is not a change of page', async () => {
    const reply = await digest(worker(freshDb(), async () => articleExtracted, URL_A, `${URL_A}#comments`));
    expect(reply).toMatchObject({ ok: true, digest: { url: URL_A } });
  });
});

it('passes on a frame shell’s sentence, naming the framed page, and saves nothing', async () => {
  const db = freshDb();
  const framed = inFrameFailure('https://reader.example.org/story');
  const reply = await worker(db, async () => framed, URL_A).digestTab({ tabId: 1, mode: 'article' });
  const params = ['https://reader.example.org/story'];
  expect(reply).toEqual({ ok: false, failure: { reason: 'in-frame', key: 'inFrameAt', params } });
  expect(inFrameFailure('about:srcdoc')).toEqual({ ok: false, reason: 'in-frame', key: 'inFrame' });
  expect(await db.digests.count()).toBe(0);
  // An ordinary "no article" is not taken for a frame.
  const noArticle = worker(db, async () => failure('no-article', 'noArticle'), URL_A);
  expect(await noArticle.digestTab({ tabId: 1, mode: 'article' })).toMatchObject({ failure: { reason: 'no-article' } });
});
