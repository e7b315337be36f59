import type { Article } from '../article/types';
import { indexKeys, searchableText } from '../search/document';
import type { DigestDatabase, SavedDigest } from './schema';

/**
 * The search index as posting lists: one row per key (a stem, a word as written, a Han character or pair) holding
 * the ids of the digests that have it. A lookup is one read per key, and the index costs one small row per key
 * instead of one IndexedDB index entry per key and digest, which made the index of a big history several times the
 * size of the history itself and an import of it minutes of index writes.
 */
export interface PostingRow {
  key: string;
  ids: number[];
}

/** A digest's index keys, derived from the stored record alone, so they can always be derived again to remove them. */
export function digestKeys(digest: SavedDigest, article: Article | undefined): string[] {
  return indexKeys(searchableText(digest, article));
}

/**
 * The changes of one write to the posting lists: digests gaining and losing keys. Collected for a whole save,
 * delete or import batch, then written with one read and one write of the rows they touch; a key a digest loses
 * and gains again (a page digested again, mostly unchanged) is not rewritten.
 */
export class PostingChanges {
  private readonly byKey = new Map<string, { add: Set<number>; remove: Set<number> }>();

  add(id: number, keys: readonly string[]): this {
    for (const key of keys) {
      const change = this.change(key);
      if (!change.remove.delete(id)) change.add.add(id);
    }
    return this;
  }

  remove(id: number, keys: readonly string[]): this {
    for (const key of keys) {
      const change = this.change(key);
      if (!change.add.delete(id)) change.remove.add(id);
    }
    return this;
  }

  /** Writes the changes; the caller holds a transaction over `db.postings`. */
  async write(db: DigestDatabase): Promise<void> {
    const keys = [...this.byKey].filter(([, c]) => c.add.size + c.remove.size > 0).map(([key]) => key);
    if (keys.length === 0) return;
    const rows = await db.postings.bulkGet(keys);
    const puts: PostingRow[] = [];
    const deletes: string[] = [];
    keys.forEach((key, i) => {
      const { add, remove } = this.byKey.get(key)!;
      const before = rows[i]?.ids ?? [];
      const ids = [...before.filter((id) => !remove.has(id) && !add.has(id)), ...add];
      if (ids.length > 0) puts.push({ key, ids });
      else if (before.length > 0) deletes.push(key);
    });
    await db.postings.bulkPut(puts);
    await db.postings.bulkDelete(deletes);
  }

  private change(key: string) {
    let change = this.byKey.get(key);
    if (!change) this.byKey.set(key, (change = { add: new Set(), remove: new Set() }));
    return change;
  }
}
