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
 * The ids of the whole history by date, oldest first: one read of the date index's keys. The history page keeps it
 * (live) and hands it to every query, so a keystroke orders its matches in memory instead of reading the date index
 * again — reading keys costs tens of microseconds each in a busy browser, a few hundred milliseconds for a big
 * history.
 */
export function dateOrder(db: DigestDatabase): Promise<number[]> {
  return db.digests.orderBy('updatedAt').primaryKeys();
}

export interface QueryOptions {
  /** The history's dateOrder, when the caller keeps it; read here otherwise. */
  order?: number[];
  /** Aborted when a newer query replaces this one (the reader typed on): it stops between steps, SearchCancelled. */
  signal?: AbortSignal;
}

/**
 * One page of the history as the reader filtered and sorted it. Every constraint is answered from an index as a
 * set of ids (search, language, site, tag). When they leave no more than a page, those digests are read and sorted
 * directly. Otherwise they are put in date order by the history's date order (within a date range, by the range's
 * keys, which also count the matches). With no constraint at all, the page is one read of the date index. Either
 * way only the digests on the page are read in full.
 */
export async function queryHistory(
  db: DigestDatabase,
  filters: HistoryFilters,
  limit: number,
  options: QueryOptions = {},
): Promise<HistoryPage> {
  // One transaction for the page's reads: in a busy browser each transaction costs a round trip to the database
  // process before its first read. Counting the history walks it whole, so it runs beside them, in a transaction of
  // its own, rather than between them.
  const [page, all] = await Promise.all([
    db.transaction('r', [db.digests, db.postings, db.articles], () => matchingPage(db, filters, limit, options)),
    db.digests.count(),
  ]);
  return { digests: page.digests, total: page.total ?? all, all };
}

/** The page, and how many match — unless it is every digest, which the count says. */
async function matchingPage(
  db: DigestDatabase,
  filters: HistoryFilters,
  limit: number,
  { order, signal }: QueryOptions,
): Promise<{ digests: SavedDigest[]; total?: number }> {
  const constraints = await Promise.all(constraintLookups(db, filters, signal));
  throwIfCancelled(signal);
  const smallest = constraints.reduce<Set<number> | undefined>((a, b) => (a && a.size <= b.size ? a : b), undefined);
  const inAll = (id: number) => constraints.every((ids) => ids.has(id));
  if (smallest && smallest.size <= limit) return sortedFew(db, [...smallest].filter(inAll), filters);
  if (filters.from === undefined && filters.to === undefined) {
    if (!smallest) return { digests: await byDate(db, filters).limit(limit).toArray() };
    const matching = new Set([...smallest].filter(inAll));
    const ordered = order ?? (await dateOrder(db));
    return { digests: await present(db, firstInOrder(ordered, matching, filters.sort, limit)), total: matching.size };
  }
  const ordered = await db.digests.where('updatedAt').between(filters.from ?? -Infinity, filters.to ?? Infinity, true, true).primaryKeys();
  throwIfCancelled(signal);
  if (filters.sort === 'newest') ordered.reverse();
  const matching = ordered.filter(inAll);
  return { digests: await present(db, matching.slice(0, limit)), total: matching.length };
}

/** The first `limit` of `matching` in the history's date order (oldest first), from the end `sort` asks for. */
function firstInOrder(order: number[], matching: Set<number>, sort: HistoryFilters['sort'], limit: number): number[] {
  const page: number[] = [];
  const newest = sort === 'newest';
  for (let i = newest ? order.length - 1 : 0; i >= 0 && i < order.length && page.length < limit; i += newest ? -1 : 1) {
    if (matching.has(order[i]!)) page.push(order[i]!);
  }
  return page;
}

function byDate(db: DigestDatabase, filters: HistoryFilters) {
  const ascending = db.digests.orderBy('updatedAt');
  return filters.sort === 'newest' ? ascending.reverse() : ascending;
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
