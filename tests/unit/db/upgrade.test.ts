import Dexie from 'dexie';
import { expect, it } from 'vitest';
import { listDigests } from '@/utils/db/history';
import { DigestDatabase, SCHEMA_VERSIONS } from '@/utils/db/schema';
import { englishArticle } from '../fixtures/articles';
import { makeDigest } from '../fixtures/digests';

/**
 * Version 1 exactly as it shipped, frozen here on purpose: when version 2 arrives, this test keeps proving that a
 * reader's existing history opens and survives the upgrade. Copy this pattern for each new version.
 */
const SHIPPED_V1 = {
  digests: '++id, &url, createdAt, updatedAt, lang, siteName, *tags',
  articles: 'digestId',
};

it('opens a history written by schema version 1', async () => {
  const name = `upgrade-test-${crypto.randomUUID()}`;
  const v1 = new Dexie(name);
  v1.version(1).stores(SHIPPED_V1);
  await v1.table('digests').add({ ...makeDigest('https://news.example.com/a'), createdAt: 1000, updatedAt: 2000, tags: ['kept'] });
  await v1.table('articles').add({ digestId: 1, article: englishArticle });
  v1.close();

  const db = new DigestDatabase(name);
  const [digest] = await listDigests(db);
  expect(digest).toMatchObject({ id: 1, url: 'https://news.example.com/a', createdAt: 1000, tags: ['kept'] });
  expect((await db.articles.get(1))?.article.title).toBe(englishArticle.title);
  expect(db.verno).toBe(SCHEMA_VERSIONS.at(-1)!.version);
});
