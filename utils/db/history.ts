import type { Article } from '../article/types';
import type { Digest } from '../digest';
import type { DigestDatabase, SavedDigest } from './schema';

/**
 * Saves a digest with the article it came from. Digesting a URL again replaces that entry in place: same id,
 * same creation date and tags, so the history never holds two entries for one page.
 */
export async function saveDigest(
  db: DigestDatabase,
  digest: Digest,
  article: Article,
  now: number = Date.now(),
): Promise<SavedDigest> {
  return db.transaction('rw', db.digests, db.articles, async () => {
    const existing = await db.digests.where('url').equals(digest.url).first();
    const fields = { ...digest, updatedAt: now };
    let saved: SavedDigest;
    if (existing) {
      saved = { ...fields, id: existing.id, createdAt: existing.createdAt, tags: existing.tags };
      await db.digests.put(saved);
    } else {
      const id = await db.digests.add({ ...fields, createdAt: now, tags: [] });
      saved = { ...fields, id, createdAt: now, tags: [] };
    }
    await db.articles.put({ digestId: saved.id, article });
    return saved;
  });
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

export function deleteDigest(db: DigestDatabase, id: number): Promise<void> {
  return db.transaction('rw', db.digests, db.articles, async () => {
    await db.digests.delete(id);
    await db.articles.delete(id);
  });
}
