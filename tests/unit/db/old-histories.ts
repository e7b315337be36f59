import type Dexie from 'dexie';
import { stemmer } from 'stemmer';
import { passageAddress } from '@/utils/core/address';
import type { Article } from '@/utils/core/article';
import type { Digest } from '@/utils/engine/digest';
import { digestArticle } from '@/utils/engine/digest';
import { articleFromText } from '@/utils/engine/extract/text';
import { PostingChanges } from '@/utils/store/db/postings';
import { indexKeys, SURFACE, searchableText } from '@/utils/store/search/document';
import { hanGrams, isStopWord } from '@/utils/store/search/tokens';
import { articleAt, englishArticle } from '../fixtures/articles';
import { jdCloudArticle, scatteredPairsArticle, separateWordsArticle } from '../fixtures/chinese';

/**
 * A reader's history as an earlier schema version wrote it. When a version ships, add its entry here: its stores
 * copied as they shipped (frozen on purpose, never read from SCHEMA_VERSIONS, so an edit to a published version is
 * caught) and a writer that fills them through raw Dexie, without the current code. upgrade.test.ts opens each with
 * the current code and checks that every record survives.
 */
export interface OldHistory {
  version: number;
  stores: Record<string, string | null>;
  /**
   * Writes the history into `db` (declared with `stores` only) and returns the records as written: by default the
   * realistic PAGES, or the given entries (FILED_BY_FRAGMENT).
   */
  write: (db: Dexie, entries?: readonly OldEntry[]) => Promise<OldRecord[]>;
}

export interface OldRecord {
  digest: Record<string, unknown> & { id: number; url: string };
  article: Article;
  /** A query that finds this record as written (in PAGES, and only it). */
  query: string;
}

/** One digest as a reader saved it. */
export interface OldEntry {
  /** The article as read; the digest is filed under its URL, as the version that saved it did. */
  article: Article;
  tags: string[];
  /** A query that finds this entry (in PAGES, only it). */
  query: string;
  createdAt: number;
  updatedAt: number;
}

/** Realistic entries: an English story with tags and a byline, and two Chinese ones, digested at different times. */
const PAGES: OldEntry[] = [
  {
    article: { ...englishArticle, byline: 'By Ann Lee', publishedAt: '2026-03-11T08:30:00Z' },
    tags: ['city', 'Parks'],
    query: 'riverside parks ',
  },
  { article: jdCloudArticle, tags: ['云计算'], query: '数字化转型' },
  { article: separateWordsArticle, tags: [], query: '研发投入' },
].map((page, i) => ({ ...page, createdAt: 1_773_000_000_000 + i, updatedAt: 1_773_300_000_000 + i }));

const T = 1_770_000_000_000;
const HOUR = 3_600_000;
const at = (article: Article, url: string, title = article.title): Article => ({ ...article, url, title });
const passage = '京东去年的研发投入超过160亿元，主要用于物流和零售技术。';

/**
 * A history saved before a page was filed under its address without the fragment (historyAddress): the riverside
 * story under three addresses, retitled between digests; the JD Cloud story only under `#top`; the Yunfu story
 * under `#comments` most recently; and, saved since, a digest of a passage beside its page. Oldest first, so ids
 * follow the order here.
 */
export const FILED_BY_FRAGMENT: OldEntry[] = [
  {
    article: articleAt('https://news.example.com/riverside-park#comments', 'Riverside park: the draft plan'),
    tags: ['city', 'Parks'],
    query: 'draft',
    createdAt: T,
    updatedAt: T + 2 * HOUR,
  },
  {
    article: articleAt('https://news.example.com/riverside-park', 'Riverside park: the final verdict'),
    tags: ['parks', 'budget'],
    query: 'verdict',
    createdAt: T + 1 * HOUR,
    updatedAt: T + 9 * HOUR,
  },
  {
    article: articleAt('https://news.example.com/riverside-park#top', 'Riverside park: the first sketches'),
    tags: ['city', 'design'],
    query: 'sketches',
    createdAt: T + 3 * HOUR,
    updatedAt: T + 4 * HOUR,
  },
  {
    article: at(jdCloudArticle, 'https://tech.example.cn/jdcloud#top'),
    tags: ['云计算'],
    query: '数字化转型',
    createdAt: T + 5 * HOUR,
    updatedAt: T + 5 * HOUR,
  },
  {
    article: at(scatteredPairsArticle, 'https://news.example.cn/yunfu', '广东云浮旧标题'),
    tags: [],
    query: '旧标题',
    createdAt: T + 6 * HOUR,
    updatedAt: T + 6 * HOUR,
  },
  {
    article: at(scatteredPairsArticle, 'https://news.example.cn/yunfu#comments', '云浮智慧城市新进展'),
    tags: ['城市'],
    query: '新进展',
    createdAt: T + 7 * HOUR,
    updatedAt: T + 8 * HOUR,
  },
  {
    article: separateWordsArticle,
    tags: ['市场'],
    query: '行业竞争',
    createdAt: T + 10 * HOUR,
    updatedAt: T + 10 * HOUR,
  },
  {
    // A digest of a selection, saved by the current code at schema version 2: its text-fragment link is its own
    // address, never its page's.
    article: articleFromText(passage, {
      url: passageAddress(separateWordsArticle.url, passage),
      title: separateWordsArticle.title,
    }),
    tags: ['研发'],
    query: '物流',
    createdAt: T + 11 * HOUR,
    updatedAt: T + 11 * HOUR,
  },
];

/** Version 1: digests and their articles, no search index. */
async function writeVersion1(db: Dexie, entries: readonly OldEntry[] = PAGES): Promise<OldRecord[]> {
  const records: OldRecord[] = [];
  for (const { article, tags, query, createdAt, updatedAt } of entries) {
    const fields = { ...digestArticle(article), createdAt, updatedAt, tags };
    const id = (await db.table('digests').add(fields)) as number;
    await db.table('articles').add({ digestId: id, article });
    records.push({ digest: { ...fields, id }, article, query });
  }
  return records;
}

/**
 * Versions 2 and 3: the same, and each digest's search row and its words, written with the digest as saves did.
 * Their keys were the stems and Han grams of today's index, without the words as written; the vocabulary held the
 * keys that were not Han.
 */
async function writeVersion2(db: Dexie, entries: readonly OldEntry[] = PAGES): Promise<OldRecord[]> {
  const records = await writeVersion1(db, entries);
  const rows = records.map(({ digest, article }) => ({
    digestId: digest.id,
    keys: indexKeys(searchableText(digest as unknown as Digest, article)).filter((key) => !key.startsWith(SURFACE)),
  }));
  await db.table('searchIndex').bulkAdd(rows);
  const words = new Set(rows.flatMap((row) => row.keys).filter((key) => !/\p{Script=Han}/u.test(key)));
  await db.table('vocabulary').bulkPut([...words].map((key) => ({ key })));
  return records;
}

/** The stores of versions 2 and 3, as they shipped. */
const SEARCH_INDEX_STORES = {
  digests: '++id, &url, createdAt, updatedAt, lang, siteName, *tags',
  articles: 'digestId',
  searchIndex: 'digestId, *keys',
  vocabulary: 'key',
};

/**
 * Version 4: the same, with the search index as posting lists, its keys cut as version 4 cut them (frozen here: the
 * tokenizer that cut them has since given way to utils/core/tokens.ts, which reads `2,400` as one number).
 */
async function writeVersion4(db: Dexie, entries: readonly OldEntry[] = PAGES): Promise<OldRecord[]> {
  const records = await writeVersion1(db, entries);
  const postings = new PostingChanges();
  for (const { digest, article } of records) {
    postings.add(digest.id, version4Keys(searchableText(digest as unknown as Digest, article)));
  }
  await postings.write(db.table('postings'));
  return records;
}

function version4Keys(text: string): string[] {
  const wordChar = String.raw`(?:(?!\p{Script=Han})[\p{L}\p{M}\p{N}])`;
  const token = new RegExp(String.raw`\p{Script=Han}+|${wordChar}+(?:[.'’]${wordChar}+)*`, 'gu');
  const keys = new Set<string>();
  for (const [word] of text.matchAll(token)) {
    if (/^\p{Script=Han}/u.test(word)) {
      for (const gram of hanGrams(word)) keys.add(gram);
    } else if (!isStopWord(word)) {
      const surface = word
        .normalize('NFKC')
        .toLowerCase()
        .replace(/['’]s?$/, '');
      keys.add(/^[a-z]+$/.test(surface) ? stemmer(surface) : surface).add(SURFACE + surface);
    }
  }
  return [...keys];
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
  { version: 2, stores: SEARCH_INDEX_STORES, write: writeVersion2 },
  // The stores of version 2; saves filed a page under its address without the fragment from here on.
  { version: 3, stores: SEARCH_INDEX_STORES, write: writeVersion2 },
  {
    version: 4,
    stores: {
      digests: '++id, &url, createdAt, updatedAt, lang, siteName, *tags',
      articles: 'digestId',
      searchIndex: null,
      vocabulary: null,
      postings: 'key',
    },
    write: writeVersion4,
  },
];
