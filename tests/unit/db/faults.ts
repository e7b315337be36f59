import type { DBCoreMutateRequest } from 'dexie';
import type { DigestDatabase } from '@/utils/store/db/database';
import { digestKeys, indexKeyOf } from '@/utils/store/db/postings';

/** How a write can go wrong: the browser refuses it (storage full), or the transaction ends under it. */
export type WriteFault = 'quota' | 'abort';

/**
 * Lets a test break the writes to one table, in the database's own transaction, the way the browser breaks them:
 * 'quota' fails the write with the browser's QuotaExceededError, 'abort' ends the whole transaction there, as the
 * browser does when it closes mid-save. Install before the database opens (Dexie builds its middleware then).
 */
export function faultyWrites(db: DigestDatabase) {
  const faults = new Map<string, WriteFault>();
  db.use({
    stack: 'dbcore',
    name: 'test-write-faults',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: (request: DBCoreMutateRequest) => {
            const fault = faults.get(name);
            if (fault === 'quota') {
              return Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
            }
            if (fault === 'abort') (request.trans as unknown as IDBTransaction).abort();
            return table.mutate(request);
          },
        };
      },
    }),
  });
  return {
    fail: (table: string, fault: WriteFault) => faults.set(table, fault),
    heal: () => faults.clear(),
  };
}

/**
 * What is wrong with the stored history, as sentences (empty when nothing is): every digest must have its article,
 * nothing may belong to a digest that isn't there, no page may be saved twice, and the posting lists must be exactly
 * what the stored digests and articles derive (no key missing, none stale, no id listed twice).
 */
export async function historyProblems(db: DigestDatabase): Promise<string[]> {
  const [digests, articles, postings] = await Promise.all([
    db.digests.toArray(),
    db.articles.toArray(),
    db.postings.toArray(),
  ]);
  const ids = new Set(digests.map((d) => d.id));
  const articleOf = new Map(articles.map((a) => [a.digestId, a.article]));
  const problems: string[] = [];
  for (const id of ids) if (!articleOf.has(id)) problems.push(`digest ${id} has no article`);
  for (const id of articleOf.keys()) if (!ids.has(id)) problems.push(`article ${id} has no digest`);
  const expected = new Map<string, number[]>();
  for (const digest of digests) {
    for (const key of digestKeys(digest, articleOf.get(digest.id)))
      expected.set(key, [...(expected.get(key) ?? []), digest.id]);
  }
  const stored = new Map<string, number[]>();
  for (const row of postings) stored.set(indexKeyOf(row), [...(stored.get(indexKeyOf(row)) ?? []), ...row.ids]);
  for (const key of new Set([...expected.keys(), ...stored.keys()])) {
    const want = JSON.stringify((expected.get(key) ?? []).sort((a, b) => a - b));
    const have = JSON.stringify([...(stored.get(key) ?? [])].sort((a, b) => a - b));
    if (want !== have) problems.push(`the posting list of ${key} is ${have}, not ${want}`);
  }
  const urls = digests.map((d) => d.url);
  for (const url of new Set(urls)) {
    if (urls.indexOf(url) !== urls.lastIndexOf(url)) problems.push(`${url} is saved twice`);
  }
  return problems;
}

/**
 * A connection at schema version 1 that, unlike Dexie's, never closes when a newer version asks it to: what
 * blocks an upgrade. Raw IndexedDB, so Dexie (which would close it) isn't involved; Dexie stores version × 10.
 */
export function openStubbornConnection(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(name, 10);
    open.onupgradeneeded = () => {
      open.result.createObjectStore('digests', { keyPath: 'id', autoIncrement: true });
      open.result.createObjectStore('articles', { keyPath: 'digestId' });
    };
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
}
