import { baseLang } from '../text/lang';
import { isEmptyQuery, parseQuery } from '../search/query';
import type { DigestDatabase, SavedDigest } from './schema';
import { searchDigestIds, throwIfCancelled } from './search';
import { allTags } from './tags';

export interface HistoryFilters {
  /** What the reader typed in the search box. */
  text: string;
  /** A base language (`en`, `zh`): `en` takes in `en-GB`. */
  lang?: string;
  siteName?: string;
  tag?: string;
  /** Saved on or after / before, epoch ms (last digested, the date the list shows). */
  from?: number;
  to?: number;
  sort: 'newest' | 'oldest';
}

export interface HistoryPage {
  digests: SavedDigest[];
  /** How many digests match, of which `digests` are the first `limit`. */
  total: number;
  /** How many digests the history holds: read with the page, so the two counts shown never disagree. */
  all: number;
}

export const NO_FILTERS: HistoryFilters = { text: '', sort: 'newest' };

/**
 * One page of the history as the reader filtered and sorted it. Every constraint is answered from an index as a
 * set of ids (search, language, site, tag). When they leave no more than a page, those digests are read and sorted
 * directly. Otherwise the date order comes from the `updatedAt` index, walked from the newest (or oldest) end only
 * as far as the page needs — reading every date key of a big history cost more than the search itself — except
 * within a date range, whose keys are all read to count the matches. Either way only the digests on the page are
 * read in full. A `signal` aborted meanwhile (the reader typed on) stops it between steps: SearchCancelled.
 */
export async function queryHistory(
  db: DigestDatabase,
  filters: HistoryFilters,
  limit: number,
  signal?: AbortSignal,
): Promise<HistoryPage> {
  // One transaction for the page's reads: in a busy browser each transaction costs a round trip to the database
  // process before its first read, and the page needs a few reads one after another. Counting the history walks it
  // whole, so it runs beside them, in a transaction of its own, rather than between them.
  const [page, all] = await Promise.all([
    db.transaction('r', [db.digests, db.postings, db.articles], () => matchingPage(db, filters, limit, signal)),
    db.digests.count(),
  ]);
  return { digests: page.digests, total: page.total ?? all, all };
}

/** The page, and how many match — unless it is every digest, which the count says. */
async function matchingPage(
  db: DigestDatabase,
  filters: HistoryFilters,
  limit: number,
  signal?: AbortSignal,
): Promise<{ digests: SavedDigest[]; total?: number }> {
  const constraints = await Promise.all(constraintLookups(db, filters, signal));
  throwIfCancelled(signal);
  const smallest = constraints.reduce<Set<number> | undefined>((a, b) => (a && a.size <= b.size ? a : b), undefined);
  const inAll = (id: number) => constraints.every((ids) => ids.has(id));
  if (smallest && smallest.size <= limit) return sortedFew(db, [...smallest].filter(inAll), filters);
  if (filters.from === undefined && filters.to === undefined) {
    if (!smallest) return { digests: await byDate(db, filters).limit(limit).toArray() };
    const matching = new Set([...smallest].filter(inAll));
    return { digests: await present(db, await firstByDate(db, filters, matching, limit, signal)), total: matching.size };
  }
  const ordered = await db.digests.where('updatedAt').between(filters.from ?? -Infinity, filters.to ?? Infinity, true, true).primaryKeys();
  throwIfCancelled(signal);
  if (filters.sort === 'newest') ordered.reverse();
  const matching = ordered.filter(inAll);
  return { digests: await present(db, matching.slice(0, limit)), total: matching.length };
}

function byDate(db: DigestDatabase, filters: HistoryFilters) {
  const ascending = db.digests.orderBy('updatedAt');
  return filters.sort === 'newest' ? ascending.reverse() : ascending;
}

/**
 * The first `limit` of `matching` in date order: the date index read in slices until the page is full. The first
 * slice is a few pages long; each next one is as long as the share of matches met so far says the rest of the page
 * needs (and half again), so a page takes two reads, rarely three, however rare or common the matches are. A slice
 * goes on from the last date read, not by an offset: a plain key range is one request (getAllKeys), where an offset
 * makes Dexie walk a cursor, one callback per key.
 */
async function firstByDate(
  db: DigestDatabase,
  filters: HistoryFilters,
  matching: Set<number>,
  limit: number,
  signal?: AbortSignal,
): Promise<number[]> {
  const page: number[] = [];
  const newest = filters.sort === 'newest';
  let read = 0;
  let from: { date: number; ids: Set<number> } | undefined;
  for (let slice = 4 * limit; page.length < limit; ) {
    const range = from === undefined
      ? db.digests.orderBy('updatedAt')
      : newest
        ? db.digests.where('updatedAt').belowOrEqual(from.date)
        : db.digests.where('updatedAt').aboveOrEqual(from.date);
    const ordered = newest ? range.reverse() : range;
    // Dates and ids of one slice, in the same order: two requests, sent together.
    const [dates, ids] = await Promise.all([ordered.clone().limit(slice).keys(), ordered.limit(slice).primaryKeys()]);
    throwIfCancelled(signal);
    for (const id of ids) {
      // Digests of the date the last slice ended on were read already, if they came before it ended.
      if (!from?.ids.has(id) && matching.has(id) && page.length < limit) page.push(id);
    }
    read += ids.length;
    if (ids.length < slice) break;
    const last = dates.at(-1) as number;
    const atLast = ids.filter((_, i) => dates[i] === last);
    from = { date: last, ids: new Set(from?.date === last ? [...from.ids, ...atLast] : atLast) };
    const share = Math.max(page.length, 1) / read;
    slice = Math.max(limit, Math.ceil((1.5 * (limit - page.length)) / share)) + from.ids.size;
  }
  return page;
}

async function sortedFew(db: DigestDatabase, ids: number[], filters: HistoryFilters): Promise<{ digests: SavedDigest[]; total: number }> {
  const from = filters.from ?? -Infinity;
  const to = filters.to ?? Infinity;
  const direction = filters.sort === 'newest' ? -1 : 1;
  const digests = (await present(db, ids))
    .filter((d) => d.updatedAt >= from && d.updatedAt <= to)
    .sort((a, b) => direction * (a.updatedAt - b.updatedAt) || direction * (a.id - b.id));
  return { digests, total: digests.length };
}

async function present(db: DigestDatabase, ids: number[]): Promise<SavedDigest[]> {
  return (await db.digests.bulkGet(ids)).filter((d): d is SavedDigest => d !== undefined);
}

function constraintLookups(db: DigestDatabase, filters: HistoryFilters, signal?: AbortSignal): Promise<Set<number>>[] {
  const lookups: Promise<Set<number>>[] = [];
  const ids = (keys: Promise<number[]>) => keys.then((list) => new Set(list));
  const withLang = (lang: string) => db.digests.where('lang').equals(lang).primaryKeys();
  // A query with nothing to look up yet (`g`, `go`: see parseQuery) leaves the list as it is, never empty.
  const query = parseQuery(filters.text);
  if (!isEmptyQuery(query)) lookups.push(searchDigestIds(db, query, signal));
  if (filters.lang) {
    const tags = languageTags(db, filters.lang);
    lookups.push(ids(tags.then((langs) => Promise.all(langs.map(withLang))).then((lists) => lists.flat())));
  }
  if (filters.siteName) lookups.push(ids(db.digests.where('siteName').equals(filters.siteName).primaryKeys()));
  if (filters.tag) lookups.push(ids(db.digests.where('tags').equals(filters.tag).primaryKeys()));
  return lookups;
}

async function languageTags(db: DigestDatabase, base: string): Promise<string[]> {
  const langs = (await db.digests.orderBy('lang').uniqueKeys()) as string[];
  return langs.filter((lang) => baseLang(lang) === base);
}

/** The choices of the filters: the languages, sites and tags the history holds. */
export interface HistoryFacets {
  langs: string[];
  sites: string[];
  tags: string[];
}

export async function historyFacets(db: DigestDatabase): Promise<HistoryFacets> {
  const [langs, sites, tags] = await Promise.all([
    db.digests.orderBy('lang').uniqueKeys() as Promise<string[]>,
    db.digests.orderBy('siteName').uniqueKeys() as Promise<string[]>,
    allTags(db),
  ]);
  const byName = (a: string, b: string) => a.localeCompare(b);
  return { langs: [...new Set(langs.map(baseLang))].sort(byName), sites: sites.sort(byName), tags };
}
