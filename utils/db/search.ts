import { articleText, SURFACE, searchableText } from '../search/document';
import { exactKeys, isEmptyQuery, needsPhraseCheck, type SearchQuery } from '../search/query';
import { idsWithKey } from './postings';
import type { DigestDatabase } from './schema';

/** Thrown between the steps of a search that a newer one replaced (the reader typed on): its answer is not wanted. */
export class SearchCancelled extends Error {
  override name = 'SearchCancelled';
}

/**
 * The ids of the digests that match `query`, from the posting lists only: one key-range read per query key, and one
 * for the word being typed (every word it begins, as written), intersected smallest first, never a pass over
 * every record. Only a Chinese phrase of three or more characters, whose character pairs can all occur apart
 * (`京东` here, `东云` there), is then checked in the text of the digests left.
 */
export async function searchDigestIds(db: DigestDatabase, query: SearchQuery, signal?: AbortSignal): Promise<Set<number>> {
  if (isEmptyQuery(query)) return new Set();
  const lookups = exactKeys(query).map((key) => idsWithKey(db, key));
  if (query.prefix !== undefined) {
    lookups.push(db.postings.where('key').startsWith(SURFACE + query.prefix).toArray().then((rows) => rows.flatMap((row) => row.ids)));
  }
  const sets = (await Promise.all(lookups)).map((ids) => new Set(ids));
  throwIfCancelled(signal);
  sets.sort((a, b) => a.size - b.size);
  let ids = sets[0] ?? new Set<number>();
  for (const other of sets.slice(1)) ids = new Set([...ids].filter((id) => other.has(id)));
  return needsPhraseCheck(query) ? withPhrases(db, ids, query.phrases, signal) : ids;
}

export function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new SearchCancelled();
}

/** Candidates are checked in their article's text first; only the few left need their digest read too. */
async function withPhrases(db: DigestDatabase, ids: Set<number>, phrases: string[], signal?: AbortSignal): Promise<Set<number>> {
  const has = (text: string) => phrases.every((phrase) => text.includes(phrase));
  const candidates = [...ids];
  const rows = await db.articles.bulkGet(candidates);
  throwIfCancelled(signal);
  const articles = new Map(rows.flatMap((row) => (row ? [[row.digestId, row.article] as const] : [])));
  const found = new Set(candidates.filter((id) => has(articleText(articles.get(id)))));
  const unsure = await db.digests.bulkGet(candidates.filter((id) => !found.has(id)));
  for (const digest of unsure) {
    if (digest && has(searchableText(digest, articles.get(digest.id)))) found.add(digest.id);
  }
  return found;
}
