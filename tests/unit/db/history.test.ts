import { beforeEach, describe, expect, it } from 'vitest';
import { DigestDatabase } from '@/utils/store/db/database';
import {
  deleteDigests,
  getArticle,
  getDigest,
  listDigests,
  restoreDigests,
  saveDigest,
} from '@/utils/store/db/history';
import { articleAt, englishArticle } from '../fixtures/articles';
import { makeDigest } from '../fixtures/digests';

const URL_A = 'https://news.example.com/a';
const URL_B = 'https://news.example.com/b';

let db: DigestDatabase;

beforeEach(async () => {
  db = new DigestDatabase(`history-test-${crypto.randomUUID()}`);
  await db.open();
});

describe('saveDigest', () => {
  it('stores the digest with its article under a new id', async () => {
    const saved = await saveDigest(db, makeDigest(URL_A), articleAt(URL_A, 'A'), 1000);
    expect(saved).toMatchObject({ url: URL_A, createdAt: 1000, updatedAt: 1000, tags: [] });
    expect(await getDigest(db, saved.id)).toEqual(saved);
    expect((await getArticle(db, saved.id))?.title).toBe('A');
  });

  it('updates the entry of a URL digested again, keeping its id, creation date and tags', async () => {
    const first = await saveDigest(db, makeDigest(URL_A, 'Old title'), articleAt(URL_A, 'Old'), 1000);
    await db.digests.update(first.id, { tags: ['parks'] });
    const again = await saveDigest(db, makeDigest(URL_A, 'New title'), articleAt(URL_A, 'New'), 5000);

    expect(again).toMatchObject({
      id: first.id,
      createdAt: 1000,
      updatedAt: 5000,
      tags: ['parks'],
      title: 'New title',
    });
    expect(await db.digests.count()).toBe(1);
    expect((await getArticle(db, first.id))?.title).toBe('New');
  });

  it('files a page under its address without the fragment: /a and /a#comments are one entry', async () => {
    const first = await saveDigest(db, makeDigest(`${URL_A}#comments`), articleAt(`${URL_A}#comments`, 'A'), 1000);
    const again = await saveDigest(db, makeDigest(URL_A), articleAt(URL_A, 'A'), 2000);
    expect(first.url).toBe(URL_A);
    expect(again.id).toBe(first.id);
    expect(await db.digests.count()).toBe(1);
  });

  it('saves nothing when the article cannot be stored', async () => {
    // A function can't be cloned into IndexedDB, so the article write fails after the digest write succeeded.
    const unstorable = { ...englishArticle, url: URL_A, render: () => 'x' };
    await expect(saveDigest(db, makeDigest(URL_A), unstorable)).rejects.toThrow();
    expect(await db.digests.count()).toBe(0);
  });
});

describe('listDigests', () => {
  it('lists the most recently digested first', async () => {
    await saveDigest(db, makeDigest(URL_A, 'A'), englishArticle, 1000);
    await saveDigest(db, makeDigest(URL_B, 'B'), englishArticle, 2000);
    expect((await listDigests(db)).map((d) => d.title)).toEqual(['B', 'A']);

    await saveDigest(db, makeDigest(URL_A, 'A again'), englishArticle, 3000);
    expect((await listDigests(db)).map((d) => d.title)).toEqual(['A again', 'B']);
  });
});

describe('deleteDigests', () => {
  it('removes the digest and its article', async () => {
    const a = await saveDigest(db, makeDigest(URL_A), englishArticle);
    const b = await saveDigest(db, makeDigest(URL_B), englishArticle);
    const removed = await deleteDigests(db, [a.id]);
    expect((await listDigests(db)).map((d) => d.id)).toEqual([b.id]);
    expect(removed.map((entry) => entry.digest.id)).toEqual([a.id]);
    expect(await getArticle(db, a.id)).toBeUndefined();
  });
});

describe('restoreDigests', () => {
  it('puts deleted digests back as they were, unless their page was digested again meanwhile', async () => {
    const a = await saveDigest(db, makeDigest(URL_A, 'A'), articleAt(URL_A, 'A'), 1000);
    const b = await saveDigest(db, makeDigest(URL_B, 'B'), articleAt(URL_B, 'B'), 2000);
    const removed = await deleteDigests(db, [a.id, b.id]);
    await saveDigest(db, makeDigest(URL_B, 'B again'), articleAt(URL_B, 'B again'), 3000);

    expect(await restoreDigests(db, removed)).toBe(1);
    expect(await getDigest(db, a.id)).toEqual(a);
    expect((await getArticle(db, a.id))?.title).toBe('A');
    expect((await listDigests(db)).map((d) => d.title)).toEqual(['B again', 'A']);
  });
});
