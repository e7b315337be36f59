import { expect, it, vi } from 'vitest';
import { digestArticle } from '@/utils/engine/digest';
import { DigestDatabase } from '@/utils/store/db/database';
import { saveDigest } from '@/utils/store/db/history';
import { indexKeyOf, PostingChanges } from '@/utils/store/db/postings';
import { englishArticle } from '../fixtures/articles';
import { historyProblems } from './faults';

it('keeps each row to the ids of one bucket, so a save never rewrites a common word’s whole list', async () => {
  const db = new DigestDatabase(`postings-test-${crypto.randomUUID()}`);
  await db.transaction('rw', db.postings, () =>
    new PostingChanges()
      .add(1, ['park', '~parks'])
      .add(4095, ['park'])
      .add(4096, ['park'])
      .add(9000, ['park'])
      .write(db.postings),
  );
  const rows = await db.postings.toArray();
  expect(rows.filter((row) => indexKeyOf(row) === 'park').map((row) => row.ids)).toEqual([[1, 4095], [4096], [9000]]);
  expect(rows.map(indexKeyOf)).toEqual(['park', 'park', 'park', '~parks']);
});

it('writes nothing to the index when a page is digested again unchanged', async () => {
  const db = new DigestDatabase(`postings-test-${crypto.randomUUID()}`);
  await saveDigest(db, digestArticle(englishArticle), englishArticle, 1000);
  const put = vi.spyOn(db.postings, 'bulkPut');
  await saveDigest(db, digestArticle(englishArticle), englishArticle, 2000);
  expect(put.mock.calls.flatMap(([rows]) => rows)).toEqual([]);
  expect(await historyProblems(db)).toEqual([]);
});
