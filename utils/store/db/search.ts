import { SURFACE } from '../search/document';
import { exactKeys, isEmptyQuery, type SearchQuery, typedWordBases } from '../search/query';
import type { DigestDatabase } from './database';
import { idsWithKey } from './postings';

/** Thrown between the steps of a search that a newer one replaced (the reader typed on): its answer is not wanted. */
export class SearchCancelled extends Error {
  override name = 'SearchCancelled';
}

/**
 * The ids of the digests that match `query`, from the posting lists only: one key-range read per query key, and one
 * for the word being typed (every word it begins, as written, and the words it inflects), intersected smallest first; never a pass over every
 * record, nor a read of any digest's text.
 */
export async function searchDigestIds(
  db: DigestDatabase,
  query: SearchQuery,
  signal?: AbortSignal,
): Promise<Set<number>> {
  if (isEmptyQuery(query)) return new Set();
  const lookups = exactKeys(query).map((key) => idsWithKey(db.postings, key));
  if (query.prefix !== undefined) {
    const words = db.postings
      .where('key')
      .startsWith(SURFACE + query.prefix)
      .toArray();
    const bases = typedWordBases(query.prefix).map((base) => idsWithKey(db.postings, SURFACE + base));
    lookups.push(
      Promise.all([words, ...bases]).then(([rows, ...ids]) => [...rows.flatMap((row) => row.ids), ...ids.flat()]),
    );
  }
  const sets = (await Promise.all(lookups)).map((ids) => new Set(ids));
  throwIfCancelled(signal);
  sets.sort((a, b) => a.size - b.size);
  let ids = sets[0] ?? new Set<number>();
  for (const other of sets.slice(1)) ids = new Set([...ids].filter((id) => other.has(id)));
  return ids;
}

export function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new SearchCancelled();
}
