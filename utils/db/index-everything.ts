import type { Transaction } from 'dexie';
import { digestKeys, type PostingRow } from './postings';
import type { SavedDigest, StoredArticle } from './schema';

/** Digests read at once while the index is built: bounds the upgrade's memory to a batch of articles. */
const BATCH = 200;

/**
 * Schema version 4: the search index of the whole stored history, built from each digest and its article, in the
 * version-change transaction (tables by name: the typed tables don't exist yet). If anything fails, the upgrade
 * aborts and the history stays as the older version left it.
 */
export async function indexEverything(tx: Transaction): Promise<void> {
  const postings = new Map<string, number[]>();
  const ids = (await tx.table('digests').toCollection().primaryKeys()) as number[];
  for (let i = 0; i < ids.length; i += BATCH) {
    const batch = ids.slice(i, i + BATCH);
    const [digests, articles] = await Promise.all([
      tx.table<SavedDigest, number>('digests').bulkGet(batch),
      tx.table<StoredArticle, number>('articles').bulkGet(batch),
    ]);
    digests.forEach((digest, j) => {
      if (!digest) return;
      for (const key of digestKeys(digest, articles[j]?.article)) {
        const list = postings.get(key);
        if (list) list.push(digest.id);
        else postings.set(key, [digest.id]);
      }
    });
  }
  const rows: PostingRow[] = [...postings].map(([key, list]) => ({ key, ids: list }));
  for (let i = 0; i < rows.length; i += 10 * BATCH) await tx.table('postings').bulkPut(rows.slice(i, i + 10 * BATCH));
}
