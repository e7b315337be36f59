import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { getArticle, getDigest } from '@/utils/db/history';
import { NO_FILTERS, queryHistory } from '@/utils/db/query';
import { DigestDatabase, SCHEMA_VERSIONS } from '@/utils/db/schema';
import { jdCloudArticle } from '../fixtures/chinese';
import { historyProblems } from './faults';
import { OLD_HISTORIES, type OldHistory } from './old-histories';

const CURRENT = SCHEMA_VERSIONS.at(-1)!.version;

it('has a history written by every earlier schema version, with its stores as they shipped', () => {
  expect(OLD_HISTORIES.map((h) => h.version)).toEqual(SCHEMA_VERSIONS.slice(0, -1).map((s) => s.version));
  for (const history of OLD_HISTORIES) {
    expect(SCHEMA_VERSIONS.find((s) => s.version === history.version)?.stores).toEqual(history.stores);
  }
});

/** A database of `history`'s version, written by a connection that knows that version's schema only. */
async function writeOld(history: OldHistory) {
  const name = `upgrade-test-v${history.version}-${crypto.randomUUID()}`;
  const old = new Dexie(name);
  old.version(history.version).stores(history.stores);
  const records = await history.write(old);
  old.close();
  return { name, records };
}

describe.each(OLD_HISTORIES)('a history written by schema version $version', (history) => {
  it('opens with the current code with every record and every field as it was', async () => {
    const { name, records } = await writeOld(history);
    const db = new DigestDatabase(name);
    await db.open();

    expect(db.verno).toBe(CURRENT);
    expect(await db.digests.count()).toBe(records.length);
    for (const { digest, article } of records) {
      expect(await getDigest(db, digest.id)).toEqual(digest);
      expect(await getArticle(db, digest.id)).toEqual(article);
    }
    expect(await historyProblems(db)).toEqual([]);
  });

  it('finds every record by search, English and Chinese, and by its tags', async () => {
    const { name, records } = await writeOld(history);
    const db = new DigestDatabase(name);
    const urls = async (filters: Partial<typeof NO_FILTERS>) =>
      (await queryHistory(db, { ...NO_FILTERS, ...filters }, 10)).digests.map((d) => d.url);

    for (const { digest, query } of records) expect(await urls({ text: query })).toEqual([digest.url]);
    // A Chinese phrase is checked as typed, not only as character pairs.
    expect(await urls({ text: '京东云' })).toEqual([jdCloudArticle.url]);
    for (const { digest } of records) {
      for (const tag of digest.tags as string[]) expect(await urls({ tag })).toContain(digest.url);
    }
  });
});
