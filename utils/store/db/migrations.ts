import type { Transaction } from 'dexie';
import { indexEverything, reindexEverything } from './index-everything';
import { fileByHistoryAddress } from './upgrade-addresses';

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
    // apart, are merged into one (utils/store/db/upgrade-addresses.ts). The stores are unchanged: `&url` was unique from
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
    // Search as posting lists (utils/store/db/postings.ts): one row per key instead of one index entry per key and
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
  {
    // The stores of version 4; the index is built anew with today's keys (utils/store/db/index-everything.ts).
    version: 5,
    stores: {
      digests: '++id, &url, createdAt, updatedAt, lang, siteName, *tags',
      articles: 'digestId',
      postings: 'key',
    },
    upgrade: (tx: Transaction) => reindexEverything(tx),
  },
] as const;
