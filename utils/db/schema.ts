import Dexie, { type EntityTable, type Transaction } from 'dexie';
import type { Article } from '../article/types';
import type { Digest } from '../digest';
import { searchRow, vocabularyRows } from './search';
import { fileByHistoryAddress } from './upgrade-addresses';

/** A digest as the history keeps it. Times are epoch milliseconds so they index and sort as numbers. */
export type SavedDigest = Digest & {
  id: number;
  /** When this URL was first digested; kept when it is digested again. */
  createdAt: number;
  /** When this URL was last digested or re-ranked. */
  updatedAt: number;
  tags: string[];
};

/** The article a digest was made from, kept so it can be re-ranked at another length and searched offline. */
export interface StoredArticle {
  digestId: number;
  article: Article;
}

/** A digest's search index keys (see utils/search/): one row per digest, looked up through the `*keys` index. */
export interface SearchRow {
  digestId: number;
  keys: string[];
}

/**
 * Every index key ever written, once: what the word being typed can expand to, found by a short key-range read
 * instead of a walk over every digest's entries. Never pruned — a key no digest has any more only costs an empty
 * lookup.
 */
export interface VocabularyRow {
  key: string;
}

export const DB_NAME = 'digest';

/**
 * Every schema the database has had, oldest first. Never edit a published entry: add a version with an upgrade
 * function, and a test that opens a database written by the previous one (tests/unit/db/upgrade.test.ts).
 */
export const SCHEMA_VERSIONS = [
  {
    version: 1,
    stores: {
      digests: '++id, &url, createdAt, updatedAt, lang, siteName, *tags',
      articles: 'digestId',
    },
  },
  {
    // CJK-aware search: the index is built here for the history saved before it existed.
    version: 2,
    stores: {
      digests: '++id, &url, createdAt, updatedAt, lang, siteName, *tags',
      articles: 'digestId',
      searchIndex: 'digestId, *keys',
      vocabulary: 'key',
    },
    upgrade: (tx: Transaction) => indexEverything(tx),
  },
  {
    // A page is one entry whatever its fragment: `/a`, `/a#comments` and `/a#top`, which earlier versions filed
    // apart, are merged into one (utils/db/upgrade-addresses.ts). The stores are unchanged: `&url` was unique from
    // the start, and is what keeps one entry per address from here on.
    version: 3,
    stores: {
      digests: '++id, &url, createdAt, updatedAt, lang, siteName, *tags',
      articles: 'digestId',
      searchIndex: 'digestId, *keys',
      vocabulary: 'key',
    },
    upgrade: (tx: Transaction) => fileByHistoryAddress(tx),
  },
] as const;

export class DigestDatabase extends Dexie {
  digests!: EntityTable<SavedDigest, 'id'>;
  articles!: EntityTable<StoredArticle, 'digestId'>;
  searchIndex!: EntityTable<SearchRow, 'digestId'>;
  vocabulary!: EntityTable<VocabularyRow, 'key'>;
  /** Opening waits for another connection, at an older version, to close (see openHistory). */
  openBlocked = false;

  constructor(name = DB_NAME) {
    super(name);
    for (const schema of SCHEMA_VERSIONS) {
      const version = this.version(schema.version).stores(schema.stores);
      if ('upgrade' in schema) version.upgrade(schema.upgrade);
    }
    // Dexie's own `versionchange` handler closes this connection when a newer version opens, so an old page
    // never blocks an upgrade; these track the opposite case, this connection waiting on one that won't close.
    this.on('blocked', () => {
      this.openBlocked = true;
    });
    this.on(
      'ready',
      () => {
        this.openBlocked = false;
      },
      true,
    );
  }
}

/** The search row of every stored digest, written in the upgrade transaction (tables by name: the upgrade runs
 * before the typed tables exist). */
async function indexEverything(tx: Transaction): Promise<void> {
  const digests: SavedDigest[] = await tx.table('digests').toArray();
  const articles: (StoredArticle | undefined)[] = await tx.table('articles').bulkGet(digests.map((d) => d.id));
  const rows = digests.map((digest, i) => searchRow(digest, articles[i]?.article));
  await tx.table('searchIndex').bulkPut(rows);
  await tx.table('vocabulary').bulkPut(vocabularyRows(rows));
}
