import type { Transaction } from 'dexie';
import { digestKeys, PostingChanges } from './postings';
import type { SavedDigest, StoredArticle } from './records';

/** Digests read at once while the index is built: bounds the upgrade's memory to a batch of articles. */
const BATCH = 200;

/**
 * Schema version 5: the index built anew, for keys cut by the one tokenizer (utils/core/tokens.ts), which reads some
 * words apart from how version 4's did (`2,400` is one number, `3.2bn` a number and a word).
 */
export async function reindexEverything(tx: Transaction): Promise<void> {
  await tx.table('postings').clear();
  await indexEverything(tx);
}

/**
 * Schema version 4: the search index of the whole stored history, built from each digest and its article, in the
 * version-change transaction (tables by name: the typed tables don't exist yet). If anything fails, the upgrade
 * aborts and the history stays as the older version left it.
 */
export async function indexEverything(tx: Transaction): Promise<void> {
  const postings = new PostingChanges();
  const ids = (await tx.table('digests').toCollection().primaryKeys()) as number[];
  for (let i = 0; i < ids.length; i += BATCH) {
    const batch = ids.slice(i, i + BATCH);
    const [digests, articles] = await Promise.all([
      tx.table<SavedDigest, number>('digests').bulkGet(batch),
      tx.table<StoredArticle, number>('articles').bulkGet(batch),
    ]);
    digests.forEach((digest, j) => {
      if (digest) postings.add(digest.id, digestKeys(digest, articles[j]?.article));
    });
  }
  await postings.write(tx.table('postings'));
}
