import type { Article } from '../article/types';
import { articleText, indexKeys, searchableText } from '../search/document';
import { exactKeys, isEmptyQuery, needsPhraseCheck, type SearchQuery } from '../search/query';
import type { DigestDatabase, SavedDigest, SearchRow, VocabularyRow } from './schema';

/**
 * Beyond this many indexed words starting with what the reader is typing (`com…`), the prefix says too little to
 * be worth reading them all; the word then matches as typed until the next keystroke narrows it.
 */
const MAX_PREFIX_EXPANSIONS = 24;

export function searchRow(digest: SavedDigest, article: Article | undefined): SearchRow {
  return { digestId: digest.id, keys: indexKeys(searchableText(digest, article)) };
}

export function vocabularyRows(rows: SearchRow[]): VocabularyRow[] {
  // Only words are ever expanded as a prefix; Han keys (characters and pairs, thousands per Chinese article) are
  // looked up exactly, so writing them here would only slow every save.
  return [...new Set(rows.flatMap((row) => row.keys))].filter((key) => !HAN.test(key)).map((key) => ({ key }));
}

const HAN = /\p{Script=Han}/u;

/**
 * The ids of the digests that match `query`, from index lookups only: one key-only lookup per query key,
 * intersected rarest first, never a pass over every record. Only a Chinese phrase of three or more characters,
 * whose character pairs can all occur apart (`京东` here, `东云` there), is then checked in the text of the few
 * digests left.
 */
export async function searchDigestIds(db: DigestDatabase, query: SearchQuery): Promise<Set<number>> {
  if (isEmptyQuery(query)) return new Set();
  const idsWith = (key: string): Promise<number[]> => db.searchIndex.where('keys').equals(key).primaryKeys();
  const lookups = exactKeys(query).map(idsWith);
  if (query.prefix) {
    const { text, term } = query.prefix;
    const expansions = await db.vocabulary.where('key').startsWith(text).limit(MAX_PREFIX_EXPANSIONS + 1).primaryKeys();
    const keys = expansions.length > MAX_PREFIX_EXPANSIONS ? [term] : [...new Set([term, ...expansions])];
    // One key-range read per key: `anyOf` would walk a cursor, one step per entry.
    lookups.push(Promise.all(keys.map(idsWith)).then((lists) => lists.flat()));
  }
  const sets = (await Promise.all(lookups)).map((ids) => new Set(ids)).sort((a, b) => a.size - b.size);
  let ids = sets[0] ?? new Set<number>();
  for (const other of sets.slice(1)) ids = new Set([...ids].filter((id) => other.has(id)));
  return needsPhraseCheck(query) ? withPhrases(db, ids, query.phrases) : ids;
}

/** Candidates are checked in their article's text first; only the few left need their digest read too. */
async function withPhrases(db: DigestDatabase, ids: Set<number>, phrases: string[]): Promise<Set<number>> {
  const has = (text: string) => phrases.every((phrase) => text.includes(phrase));
  const candidates = [...ids];
  const rows = await db.articles.bulkGet(candidates);
  const articles = new Map(rows.flatMap((row) => (row ? [[row.digestId, row.article] as const] : [])));
  const found = new Set(candidates.filter((id) => has(articleText(articles.get(id)))));
  const unsure = await db.digests.bulkGet(candidates.filter((id) => !found.has(id)));
  for (const digest of unsure) {
    if (digest && has(searchableText(digest, articles.get(digest.id)))) found.add(digest.id);
  }
  return found;
}
