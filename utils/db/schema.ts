import Dexie, { type EntityTable, type Transaction } from 'dexie';
import type { Article } from '../article/types';
import type { Digest } from '../digest';
import { indexEverything } from './index-everything';
import type { PostingRow } from './postings';
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
    // CJK-aware search: `searchIndex` held each digest's keys under a multi-entry index, `vocabulary` every key once.
    // No upgrade function any more: version 4 replaces both and builds its index from the digests themselves.
    version: 2,
    stores: {
      digests: '++id, &url, createdAt, updatedAt, lang, siteName, *tags',
      articles: 'digestId',
      searchIndex: 'digestId, *keys',
      vocabulary: 'key',
    },
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
  {
    // Search as posting lists (utils/db/postings.ts): one row per key instead of one index entry per key and
    // digest, a fraction of the size and of the write time; words are also indexed as written, for prefixes.
    version: 4,
    stores: {
      digests: '++id, &url, createdAt, updatedAt, lang, siteName, *tags',
      articles: 'digestId',
      searchIndex: null,
      vocabulary: null,
      postings: 'key',
    },
    upgrade: (tx: Transaction) => indexEverything(tx),
  },
] as const;

export class DigestDatabase extends Dexie {
  digests!: EntityTable<SavedDigest, 'id'>;
  articles!: EntityTable<StoredArticle, 'digestId'>;
  postings!: EntityTable<PostingRow, 'key'>;
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
