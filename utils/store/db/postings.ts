import type { EntityTable, Table } from 'dexie';
import type { Article } from '../../core/article';
import { indexKeys, searchableText } from '../search/document';
import type { SavedDigest } from './records';

/**
 * The search index as posting lists: for each key (a stem, a word as written, a Han character or pair), the ids of
 * the digests that have it. The index costs a few small rows per key instead of one IndexedDB index entry per key
 * and digest, which made the index of a big history several times the size of the history itself and an import of
 * it minutes of index writes.
 *
 * A key's list is cut into rows by id, BUCKET ids a row (`park` + SEPARATOR + `1` holds the ids 4096–8191 that have
 * `park`): a save rewrites only the rows of its own id's bucket, never a common word's whole list, which in a history
 * of tens of thousands would be megabytes per save. Smaller buckets would make saves cheaper still but multiply the
 * rows, and every row written costs an import more than its bytes do. A key's rows are one key-range read; so are
 * a prefix's.
 */
export interface PostingRow {
  /** The index key, SEPARATOR, and the bucket of the ids in the row. */
  key: string;
  ids: number[];
}

const BUCKET = 4096;
const WRITE_BATCH = 5000;
/** Between an index key and its bucket: no index key holds it, and it sorts before every character they do. */
const SEPARATOR = '\u0001';

/** The index key a posting row belongs to. */
export function indexKeyOf(row: PostingRow): string {
  return row.key.slice(0, row.key.lastIndexOf(SEPARATOR));
}

/** The ids of the digests with `key`. */
export async function idsWithKey(postings: EntityTable<PostingRow, 'key'>, key: string): Promise<number[]> {
  return (
    await postings
      .where('key')
      .startsWith(key + SEPARATOR)
      .toArray()
  ).flatMap((row) => row.ids);
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
  /** By posting row. */
  private readonly byKey = new Map<string, { add: Set<number>; remove: Set<number> }>();

  add(id: number, keys: readonly string[]): this {
    for (const key of keys) {
      const change = this.change(key, id);
      if (!change.remove.delete(id)) change.add.add(id);
    }
    return this;
  }

  remove(id: number, keys: readonly string[]): this {
    for (const key of keys) {
      const change = this.change(key, id);
      if (!change.add.delete(id)) change.remove.add(id);
    }
    return this;
  }

  /**
   * Writes the changes, WRITE_BATCH rows at a time, reporting the share written; the caller holds a transaction
   * over the table (`db.postings`, or an upgrade's).
   */
  async write(
    postings: Pick<Table<PostingRow, string>, 'bulkGet' | 'bulkPut' | 'bulkDelete'>,
    onProgress?: (done: number, total: number) => void,
  ): Promise<void> {
    const keys = [...this.byKey].filter(([, c]) => c.add.size + c.remove.size > 0).map(([key]) => key);
    for (let from = 0; from < keys.length; from += WRITE_BATCH) {
      await this.writeRows(postings, keys.slice(from, from + WRITE_BATCH));
      onProgress?.(Math.min(from + WRITE_BATCH, keys.length), keys.length);
    }
  }

  private async writeRows(
    postings: Pick<Table<PostingRow, string>, 'bulkGet' | 'bulkPut' | 'bulkDelete'>,
    keys: string[],
  ) {
    const rows = await postings.bulkGet(keys);
    const puts: PostingRow[] = [];
    const deletes: string[] = [];
    keys.forEach((key, i) => {
      const { add, remove } = this.byKey.get(key)!;
      const before = rows[i]?.ids ?? [];
      const ids = [...before.filter((id) => !remove.has(id) && !add.has(id)), ...add];
      if (ids.length > 0) puts.push({ key, ids });
      else if (before.length > 0) deletes.push(key);
    });
    await postings.bulkPut(puts);
    await postings.bulkDelete(deletes);
  }

  private change(key: string, id: number) {
    const row = `${key}${SEPARATOR}${Math.floor(id / BUCKET)}`;
    let change = this.byKey.get(row);
    if (!change) this.byKey.set(row, (change = { add: new Set(), remove: new Set() }));
    return change;
  }
}
