import Dexie from 'dexie';
import { expect, it } from 'vitest';
import { listDigests } from '@/utils/db/history';
import { NO_FILTERS, queryHistory } from '@/utils/db/query';
import { DigestDatabase, SCHEMA_VERSIONS } from '@/utils/db/schema';
import { digestArticle } from '@/utils/digest';
import { englishArticle } from '../fixtures/articles';
import { jdCloudArticle, separateWordsArticle } from '../fixtures/chinese';
import { makeDigest } from '../fixtures/digests';

/**
 * Each shipped version exactly as it shipped, frozen here on purpose: these tests keep proving that a reader's
 * existing history opens and survives every upgrade. Copy this pattern for each new version.
 */
const SHIPPED_V1 = {
  digests: '++id, &url, createdAt, updatedAt, lang, siteName, *tags',
  articles: 'digestId',
};

/** A history as version 1 wrote it: no search index. */
async function writeVersion1(name: string) {
  const v1 = new Dexie(name);
  v1.version(1).stores(SHIPPED_V1);
  const articles = [englishArticle, jdCloudArticle, separateWordsArticle];
  for (const [i, article] of articles.entries()) {
    const digest = { ...digestArticle(article), createdAt: 1000 + i, updatedAt: 2000 + i, tags: i === 0 ? ['kept'] : [] };
    const id = await v1.table('digests').add(digest);
    await v1.table('articles').add({ digestId: id, article });
  }
  v1.close();
}

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

it('indexes every digest of a version 1 history on upgrade to version 2, so each one is found by search', async () => {
  const name = `upgrade-test-${crypto.randomUUID()}`;
  await writeVersion1(name);

  const db = new DigestDatabase(name);
  expect(await db.searchIndex.count()).toBe(3);
  const search = async (text: string) => (await queryHistory(db, { ...NO_FILTERS, text }, 10)).digests.map((d) => d.url);
  expect(await search('riverside parks ')).toEqual([englishArticle.url]);
  expect(await search('数字化转型')).toEqual([jdCloudArticle.url]);
  expect(await search('云计算')).toEqual([separateWordsArticle.url]);
  expect(await search('京东云')).toEqual([jdCloudArticle.url]);
  expect((await listDigests(db)).map((d) => d.tags)).toEqual([[], [], ['kept']]);
});
