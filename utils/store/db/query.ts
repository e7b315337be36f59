import { baseLang } from '../../core/lang';
import { isEmptyQuery, parseQuery } from '../search/query';
import type { DigestDatabase } from './database';
import type { SavedDigest } from './records';
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
  /** How many digests match, of which `digests` are the first `limit`; unknown while `all` is. */
  total?: number;
  /**
   * How many digests the history holds: the length of the date order the page was put in, so the counts shown
   * agree with the list. Unknown for the first, unfiltered page until the caller has the order: the list doesn't
   * wait for it (reading it is a few hundred milliseconds in a history of 20,000).
   */
  all?: number;
}

export const NO_FILTERS: HistoryFilters = { text: '', sort: 'newest' };

/**
 * The ids of the whole history by date, oldest first: one read of the date index's keys. The history page keeps it
 * (live) and hands it to every query, so a keystroke orders its matches in memory instead of reading the date index
 * again, and counts the history without walking it (IndexedDB's count reads every record).
 */
export function dateOrder(db: DigestDatabase): Promise<number[]> {
  return db.digests.orderBy('updatedAt').primaryKeys();
}

export interface QueryOptions {
  /** The history's dateOrder as the caller last read it; read here when a query needs it and it is missing or stale. */
  order?: number[];
  /** Aborted when a newer query replaces this one (the reader typed on): it stops between steps, SearchCancelled. */
  signal?: AbortSignal;
}

/**
 * One page of the history as the reader filtered and sorted it, read in one transaction (in a busy browser each
 * transaction costs a round trip to the database process before its first read). Every constraint is answered from
 * an index as a set of ids (search, language, site, tag). With none, the page is one read of the date index. When
 * they leave no more than a page, those digests are read and sorted directly; otherwise they are put in the
 * history's date order in memory (within a date range, by the range's keys, which also count the matches). Either
 * way only the digests on the page are read in full.
 *
 * An order that lacks a digest the page meets (saved since the caller read it) is read again here. One that still
 * lists a digest deleted since only says `all` one too many, until the caller's live order catches up.
 */
export async function queryHistory(
  db: DigestDatabase,
  filters: HistoryFilters,
  limit: number,
  options: QueryOptions = {},
): Promise<HistoryPage> {
  const read = () =>
    db.transaction('r', [db.digests, db.postings, db.articles], () => matchingPage(db, filters, limit, options));
  const page = await read();
  if (page !== STALE) return page;
  options = { ...options, order: await dateOrder(db) };
  return (await read()) as HistoryPage;
}

/** What matchingPage answers when the order it was given lacks a digest it met. */
const STALE = Symbol('stale order');

async function matchingPage(
  db: DigestDatabase,
  filters: HistoryFilters,
  limit: number,
  { order: given, signal }: QueryOptions,
): Promise<HistoryPage | typeof STALE> {
  const lookups = constraintLookups(db, filters, signal);
  // A transaction's scope may await only its own reads: what it might need is asked for at once.
  const [order, ...constraints] = await Promise.all([
    given ?? (lookups.length > 0 ? dateOrder(db) : undefined),
    ...lookups,
  ]);
  throwIfCancelled(signal);
  const smallest = constraints.reduce<Set<number> | undefined>((a, b) => (a && a.size <= b.size ? a : b), undefined);
  const inAll = (id: number) => constraints.every((ids) => ids.has(id));
  if (!smallest && filters.from === undefined && filters.to === undefined) {
    const digests = await byDate(db, filters).limit(limit).toArray();
    if (!order) return { digests };
    return covers(
      order,
      digests.map((d) => d.id),
    )
      ? { digests, total: order.length, all: order.length }
      : STALE;
  }
  let page: { digests: SavedDigest[]; total: number; matching: Iterable<number> };
  if (smallest && smallest.size <= limit) {
    const matching = [...smallest].filter(inAll);
    page = { ...(await sortedFew(db, matching, filters)), matching };
  } else if (filters.from === undefined && filters.to === undefined) {
    const matching = new Set([...smallest!].filter(inAll));
    if (!covers(order!, matching)) return STALE;
    page = {
      digests: await present(db, firstInOrder(order!, matching, filters.sort, limit)),
      total: matching.size,
      matching,
    };
  } else {
    const inRange = await db.digests
      .where('updatedAt')
      .between(filters.from ?? -Infinity, filters.to ?? Infinity, true, true)
      .primaryKeys();
    throwIfCancelled(signal);
    if (filters.sort === 'newest') inRange.reverse();
    const matching = inRange.filter(inAll);
    page = { digests: await present(db, matching.slice(0, limit)), total: matching.length, matching };
  }
  if (!order) {
    // Only a date range alone, with no other constraint, gets here without the order.
    return { digests: page.digests, total: page.total };
  }
  return covers(order, page.matching) ? { digests: page.digests, total: page.total, all: order.length } : STALE;
}

/** Whether `order` lists every one of `ids`. */
function covers(order: number[], ids: Iterable<number>): boolean {
  let listed = orderSets.get(order);
  if (!listed) orderSets.set(order, (listed = new Set(order)));
  for (const id of ids) if (!listed.has(id)) return false;
  return true;
}

const orderSets = new WeakMap<number[], Set<number>>();

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

async function sortedFew(
  db: DigestDatabase,
  ids: number[],
  filters: HistoryFilters,
): Promise<{ digests: SavedDigest[]; total: number }> {
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
