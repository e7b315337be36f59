import { historyAddress } from '../../core/address';
import type { Article } from '../../core/article';
import type { Digest } from '../../engine/digest';
import type { DigestDatabase } from './database';
import { openHistory } from './open';
import { digestKeys, PostingChanges } from './postings';
import type { SavedDigest } from './records';

/** A digest with its article: everything needed to put it back exactly (undo, import). */
export interface StoredEntry {
  digest: SavedDigest;
  article: Article | undefined;
}

/** The tables a digest lives in; every write that adds or removes digests takes all of them. */
export function entryTables(db: DigestDatabase) {
  return [db.digests, db.articles, db.postings] as const;
}

/**
 * Saves a digest with the article it came from. Digesting a URL again replaces that entry in place: same id,
 * same creation date and tags, so the history never holds two entries for one page. All of it is one transaction:
 * a save that fails (storage full, the browser closing) leaves no digest without its article or index. Two saves
 * of one URL at once are serialised by IndexedDB: the second finds the first's entry and updates it.
 */
export async function saveDigest(
  db: DigestDatabase,
  digest: Digest,
  article: Article,
  now: number = Date.now(),
): Promise<SavedDigest> {
  await openHistory(db);
  const url = historyAddress(digest.url);
  return db.transaction('rw', entryTables(db), async () => {
    const existing = await db.digests.where('url').equals(url).first();
    const fields = { ...digest, url, updatedAt: now };
    let saved: SavedDigest;
    if (existing) {
      // The earlier creation date wins even when two saves commit in the other order.
      const createdAt = Math.min(existing.createdAt, now);
      saved = { ...fields, id: existing.id, createdAt, tags: existing.tags };
      const previous = { digest: existing, article: await getArticle(db, existing.id) };
      await db.digests.put(saved);
      await writeArticleAndIndex(db, { digest: saved, article }, previous);
    } else {
      const id = await db.digests.add({ ...fields, createdAt: now, tags: [] });
      saved = { ...fields, id, createdAt: now, tags: [] };
      await writeArticleAndIndex(db, { digest: saved, article });
    }
    return saved;
  });
}

/**
 * A saved digest re-ranked at another length: written over its entry (same id, address, creation date and tags; the
 * stored article stays) only while the entry is there. One deleted meanwhile — the reader pressed Delete in the
 * history while the popup re-ranked it — stays deleted: undefined.
 */
export async function updateSavedDigest(
  db: DigestDatabase,
  id: number,
  digest: Digest,
  now: number = Date.now(),
): Promise<SavedDigest | undefined> {
  await openHistory(db);
  return db.transaction('rw', entryTables(db), async () => {
    const existing = await db.digests.get(id);
    if (!existing) return undefined;
    const saved: SavedDigest = {
      ...digest,
      url: existing.url,
      id,
      createdAt: existing.createdAt,
      updatedAt: now,
      tags: existing.tags,
    };
    const article = await getArticle(db, id);
    await db.digests.put(saved);
    await writeArticleAndIndex(db, { digest: saved, article: undefined }, { digest: existing, article });
    return saved;
  });
}

/**
 * The article and search index of a digest just written over `previous` (what its entry held before, if it was
 * there); without an article, the previous one stays and is indexed. Callers hold a transaction over `entryTables`.
 */
export async function writeArticleAndIndex(
  db: DigestDatabase,
  { digest, article }: StoredEntry,
  previous?: StoredEntry,
): Promise<void> {
  if (article) await db.articles.put({ digestId: digest.id, article });
  const changes = new PostingChanges();
  if (previous) changes.remove(previous.digest.id, digestKeys(previous.digest, previous.article));
  await changes.add(digest.id, digestKeys(digest, article ?? previous?.article)).write(db.postings);
}

/** The whole history, most recently digested first. */
export function listDigests(db: DigestDatabase): Promise<SavedDigest[]> {
  return db.digests.orderBy('updatedAt').reverse().toArray();
}

export function getDigest(db: DigestDatabase, id: number): Promise<SavedDigest | undefined> {
  return db.digests.get(id);
}

export async function getArticle(db: DigestDatabase, digestId: number): Promise<Article | undefined> {
  return (await db.articles.get(digestId))?.article;
}

/** Deletes digests and returns what was deleted, so the reader can undo. */
export function deleteDigests(db: DigestDatabase, ids: number[]): Promise<StoredEntry[]> {
  return db.transaction('rw', entryTables(db), async () => {
    const [digests, articles] = await Promise.all([db.digests.bulkGet(ids), db.articles.bulkGet(ids)]);
    const removed = digests.flatMap((digest, i) => (digest ? [{ digest, article: articles[i]?.article }] : []));
    const changes = new PostingChanges();
    for (const { digest, article } of removed) changes.remove(digest.id, digestKeys(digest, article));
    await Promise.all([db.digests.bulkDelete(ids), db.articles.bulkDelete(ids), changes.write(db.postings)]);
    return removed;
  });
}

/** Everything, for "Delete everything" (after the reader confirmed). */
export function clearHistory(db: DigestDatabase): Promise<void> {
  return db.transaction('rw', entryTables(db), async () => {
    await Promise.all(entryTables(db).map((table) => table.clear()));
  });
}

/**
 * Undo: puts deleted entries back under their old ids. A page digested again since it was deleted already has a
 * new entry, which is newer, so its old one stays deleted.
 */
export function restoreDigests(db: DigestDatabase, entries: StoredEntry[]): Promise<number> {
  return db.transaction('rw', entryTables(db), async () => {
    let restored = 0;
    for (const entry of entries) {
      if ((await db.digests.where('url').equals(entry.digest.url).count()) > 0) continue;
      await db.digests.put(entry.digest);
      await writeArticleAndIndex(db, entry);
      restored++;
    }
    return restored;
  });
}
