import Dexie, { type EntityTable } from 'dexie';
import type { Article } from '../article/types';
import type { Digest } from '../digest';

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
] as const;

export class DigestDatabase extends Dexie {
  digests!: EntityTable<SavedDigest, 'id'>;
  articles!: EntityTable<StoredArticle, 'digestId'>;

  constructor(name = DB_NAME) {
    super(name);
    for (const { version, stores } of SCHEMA_VERSIONS) this.version(version).stores(stores);
  }
}
