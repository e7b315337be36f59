import type Dexie from 'dexie';
import type { Article } from '@/utils/article/types';
import { digestArticle } from '@/utils/digest';
import { englishArticle } from '../fixtures/articles';
import { jdCloudArticle, separateWordsArticle } from '../fixtures/chinese';

/**
 * A reader's history as an earlier schema version wrote it. When a version ships, add its entry here: its stores
 * copied as they shipped (frozen on purpose, never read from SCHEMA_VERSIONS, so an edit to a published version is
 * caught) and a writer that fills them through raw Dexie, without the current code. upgrade.test.ts opens each with
 * the current code and checks that every record survives.
 */
export interface OldHistory {
  version: number;
  stores: Record<string, string>;
  /** Writes the history into `db` (declared with `stores` only) and returns the records as written. */
  write: (db: Dexie) => Promise<OldRecord[]>;
}

export interface OldRecord {
  digest: Record<string, unknown> & { id: number; url: string };
  article: Article;
  /** A query that finds this record, and only it, in this history. */
  query: string;
}

/** Realistic entries: an English story with tags and a byline, and two Chinese ones, digested at different times. */
const PAGES = [
  {
    article: { ...englishArticle, byline: 'By Ann Lee', publishedAt: '2026-03-11T08:30:00Z' },
    tags: ['city', 'Parks'],
    query: 'riverside parks ',
  },
  { article: jdCloudArticle, tags: ['云计算'], query: '数字化转型' },
  { article: separateWordsArticle, tags: [], query: '研发投入' },
];

/** Version 1: digests and their articles, no search index. */
async function writeVersion1(db: Dexie): Promise<OldRecord[]> {
  const records: OldRecord[] = [];
  for (const [i, { article, tags, query }] of PAGES.entries()) {
    const times = { createdAt: 1_773_000_000_000 + i, updatedAt: 1_773_300_000_000 + i };
    const fields = { ...digestArticle(article), ...times, tags };
    const id = (await db.table('digests').add(fields)) as number;
    await db.table('articles').add({ digestId: id, article });
    records.push({ digest: { ...fields, id }, article, query });
  }
  return records;
}

export const OLD_HISTORIES: OldHistory[] = [
  {
    version: 1,
    stores: {
      digests: '++id, &url, createdAt, updatedAt, lang, siteName, *tags',
      articles: 'digestId',
    },
    write: writeVersion1,
  },
];
