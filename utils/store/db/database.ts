import Dexie, { type EntityTable } from 'dexie';
import { SCHEMA_VERSIONS } from './migrations';
import type { PostingRow } from './postings';
import type { SavedDigest, StoredArticle } from './records';

export const DB_NAME = 'digest';

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
