import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { articleFromText } from '@/utils/engine/extract/text';
import { DigestDatabase } from '@/utils/store/db/database';
import { getArticle, getDigest } from '@/utils/store/db/history';
import { SCHEMA_VERSIONS } from '@/utils/store/db/migrations';
import { NO_FILTERS, queryHistory } from '@/utils/store/db/query';
import { articleAt } from '../fixtures/articles';
import { jdCloudArticle, scatteredPairsArticle, separateWordsArticle } from '../fixtures/chinese';
import { saveArticle } from '../fixtures/history';
import { faultyWrites, historyProblems, type WriteFault } from './faults';
import { FILED_BY_FRAGMENT, OLD_HISTORIES, type OldEntry, type OldHistory } from './old-histories';

const CURRENT = SCHEMA_VERSIONS.at(-1)!.version;
const T = 1_770_000_000_000;
const HOUR = 3_600_000;

it('has a history written by every earlier schema version, with its stores as they shipped', () => {
  expect(OLD_HISTORIES.map((h) => h.version)).toEqual(SCHEMA_VERSIONS.slice(0, -1).map((s) => s.version));
  for (const history of OLD_HISTORIES) {
    expect(SCHEMA_VERSIONS.find((s) => s.version === history.version)?.stores).toEqual(history.stores);
  }
});

/** A connection that knows `history`'s version of the schema only. */
function openOld(name: string, history: OldHistory) {
  const old = new Dexie(name);
  old.version(history.version).stores(history.stores);
  return old;
}

/** A database of `history`'s version, written by a connection that knows that version's schema only. */
async function writeOld(history: OldHistory, entries?: readonly OldEntry[]) {
  const name = `upgrade-test-v${history.version}-${crypto.randomUUID()}`;
  const old = openOld(name, history);
  const records = await history.write(old, entries);
  const tables = await everything(old);
  old.close();
  return { name, records, tables };
}

/** Every table's records, by table name. */
async function everything(db: Dexie) {
  return Object.fromEntries(await Promise.all(db.tables.map(async (t) => [t.name, await t.toArray()] as const)));
}

const found = async (db: DigestDatabase, filters: Partial<typeof NO_FILTERS>) =>
  (await queryHistory(db, { ...NO_FILTERS, ...filters }, 10)).digests.map((d) => d.url);

describe.each(OLD_HISTORIES)('a history written by schema version $version', (history) => {
  it('opens with the current code with every record and every field as it was', async () => {
    const { name, records } = await writeOld(history);
    const db = new DigestDatabase(name);
    await db.open();

    expect(db.verno).toBe(CURRENT);
    expect(await db.digests.count()).toBe(records.length);
    for (const { digest, article } of records) {
      expect(await getDigest(db, digest.id)).toEqual(digest);
      expect(await getArticle(db, digest.id)).toEqual(article);
    }
    expect(await historyProblems(db)).toEqual([]);
  });

  it('finds every record by search, English and Chinese, and by its tags', async () => {
    const { name, records } = await writeOld(history);
    const db = new DigestDatabase(name);
    const urls = (filters: Partial<typeof NO_FILTERS>) => found(db, filters);

    for (const { digest, query } of records) expect(await urls({ text: query })).toEqual([digest.url]);
    // A Chinese phrase is checked as typed, not only as character pairs.
    expect(await urls({ text: '京东云' })).toEqual([jdCloudArticle.url]);
    for (const { digest } of records) {
      for (const tag of digest.tags as string[]) expect(await urls({ tag })).toContain(digest.url);
    }
  });

  it('finds words as today’s tokenizer cuts them: a number with its separators or without, a hyphenated word’s part', async () => {
    const article = articleFromText('Flood waters reached 2,400 homes on the state-owned estate by the river.', {
      url: 'https://news.example.com/flood',
      title: 'Flood',
    });
    const { name } = await writeOld(history, [{ article, tags: [], query: 'flood', createdAt: T, updatedAt: T }]);
    const db = new DigestDatabase(name);
    for (const text of ['2,400 ', '2400 ', 'owned ', 'state-owned '])
      expect([text, await found(db, { text })]).toEqual([text, [article.url]]);
  });
});

// Only versions before 3 can hold them: version 3's upgrade filed every page under its address.
const FILED_APART = OLD_HISTORIES.filter((h) => h.version < 3);

describe.each(FILED_APART)('a history of schema version $version with pages filed under fragments', (history) => {
  const riverside = 'https://news.example.com/riverside-park';
  const passageUrl = FILED_BY_FRAGMENT.at(-1)!.article.url;
  /** The records as written, by their place in FILED_BY_FRAGMENT (ids 1…8). */
  const upgraded = async () => {
    const { name, records } = await writeOld(history, FILED_BY_FRAGMENT);
    const db = new DigestDatabase(name);
    await db.open();
    return { db, record: (n: number) => records[n - 1]! };
  };

  it('keeps one entry per page: the latest content under its id, the earliest creation, every tag', async () => {
    const { db, record } = await upgraded();
    expect(db.verno).toBe(CURRENT);
    // Riverside (1, 2, 3) → 2, the latest digested; JD Cloud (4) re-filed; Yunfu (5, 6) → 6, the latest even though
    // it was the one filed under `#comments`; the page (7) and its passage (8) untouched.
    expect(await db.digests.toCollection().primaryKeys()).toEqual([2, 4, 6, 7, 8]);
    expect(await getDigest(db, 2)).toEqual({
      ...record(2).digest,
      url: riverside,
      createdAt: record(1).digest.createdAt,
      // The kept entry's tags first, then the others' from the latest digested; `Parks` is `parks` again.
      tags: ['parks', 'budget', 'city', 'design'],
    });
    expect(await getDigest(db, 4)).toEqual({ ...record(4).digest, url: jdCloudArticle.url });
    expect(await getDigest(db, 6)).toEqual({
      ...record(6).digest,
      url: scatteredPairsArticle.url,
      createdAt: record(5).digest.createdAt,
    });
    for (const n of [7, 8]) expect(await getDigest(db, n)).toEqual(record(n).digest);
    // Each kept entry keeps the article its content was digested from.
    for (const n of [2, 4, 6, 7, 8]) expect(await getArticle(db, n)).toEqual(record(n).article);
    // No article or search row is left of the merged entries, and no page is filed twice.
    expect(await db.articles.toCollection().primaryKeys()).toEqual([2, 4, 6, 7, 8]);
    const indexed = new Set((await db.postings.toArray()).flatMap((row) => row.ids));
    expect([...indexed].sort()).toEqual([2, 4, 6, 7, 8]);
    expect(await historyProblems(db)).toEqual([]);
  });

  it('finds a merged entry by its words and by every tag of the entries merged into it, and nothing else', async () => {
    const { db } = await upgraded();
    const urls = (filters: Partial<typeof NO_FILTERS>) => found(db, filters);

    expect(await urls({ text: 'verdict' })).toEqual([riverside]);
    expect(await urls({ text: 'riverside' })).toEqual([riverside]);
    expect(await urls({ text: '新进展' })).toEqual([scatteredPairsArticle.url]);
    expect(await urls({ text: '数字化转型' })).toEqual([jdCloudArticle.url]);
    // The merged-away digests' own words are gone with them.
    for (const text of ['draft', 'sketches', '旧标题']) expect(await urls({ text })).toEqual([]);
    for (const tag of ['parks', 'budget', 'city', 'design']) expect(await urls({ tag })).toEqual([riverside]);
    expect(await urls({ tag: '城市' })).toEqual([scatteredPairsArticle.url]);
    expect(await urls({ tag: '云计算' })).toEqual([jdCloudArticle.url]);
  });

  it('leaves a passage’s text-fragment link beside its page, not merged into it', async () => {
    const { db, record } = await upgraded();
    expect(passageUrl).toContain('#:~:text=');
    expect(await db.digests.where('url').equals(passageUrl).first()).toEqual(record(8).digest);
    expect(await db.digests.where('url').equals(separateWordsArticle.url).first()).toEqual(record(7).digest);
    // Both found by the words they share, each by its own tag.
    expect(await found(db, { text: '物流' })).toEqual([passageUrl, separateWordsArticle.url]);
    expect(await found(db, { tag: '研发' })).toEqual([passageUrl]);
    expect(await found(db, { tag: '市场' })).toEqual([separateWordsArticle.url]);
  });

  it('files a page digested again afterwards under its merged entry, whatever the fragment', async () => {
    const { db } = await upgraded();
    const saved = await saveArticle(db, articleAt(`${riverside}#comments`, 'Riverside park: opened'), Date.now());
    expect(saved.id).toBe(2);
    expect(saved.tags).toEqual(['parks', 'budget', 'city', 'design']);
    expect(await db.digests.count()).toBe(5);
    expect(await historyProblems(db)).toEqual([]);
  });

  it('merges a large history, indexed again in batches, each page once with both entries’ tags', async () => {
    const pages = 300;
    // Each page saved at its address and at `#comments`, the fragment one digested later every other page.
    const entries: OldEntry[] = Array.from({ length: 2 * pages }, (_, i) => {
      const page = i >> 1;
      const url = `https://news.example.com/story-${page}${i % 2 ? '#comments' : ''}`;
      const updatedAt = T + (i % 2 === page % 2 ? 2 : 1) * HOUR;
      return { article: articleAt(url, `Story ${page}`), tags: [`tag-${i}`], query: '', createdAt: T + i, updatedAt };
    });
    const { name } = await writeOld(history, entries);
    const db = new DigestDatabase(name);
    await db.open();

    expect(await db.digests.count()).toBe(pages);
    const kept = await db.digests.toArray();
    expect(kept.map((d) => d.url)).toEqual(kept.map((d) => d.url.replace('#comments', '')));
    for (const digest of kept) {
      const page = Number(digest.url.split('-').at(-1));
      expect(digest.id).toBe(2 * page + 1 + (page % 2));
      expect(digest.createdAt).toBe(T + 2 * page);
      expect(new Set(digest.tags)).toEqual(new Set([`tag-${2 * page}`, `tag-${2 * page + 1}`]));
    }
    expect(await historyProblems(db)).toEqual([]);
    expect(await found(db, { text: 'riverside', tag: 'tag-401' })).toEqual(['https://news.example.com/story-200']);
  }, 30_000);

  const writes = ['digests', 'articles', 'postings'];
  it.each(writes.flatMap((table) => (['quota', 'abort'] as WriteFault[]).map((fault) => [fault, table] as const)))(
    'an upgrade failing with %s at the %s write leaves the history as it was, and can be retried',
    async (fault, table) => {
      const { name, tables } = await writeOld(history, FILED_BY_FRAGMENT);
      const failing = new DigestDatabase(name);
      faultyWrites(failing).fail(table, fault);
      await expect(failing.open()).rejects.toThrow();

      const old = openOld(name, history);
      await old.open();
      expect(old.verno).toBe(history.version);
      expect(await everything(old)).toEqual(tables);
      old.close();

      const db = new DigestDatabase(name);
      await db.open();
      expect(await db.digests.toCollection().primaryKeys()).toEqual([2, 4, 6, 7, 8]);
      expect(await historyProblems(db)).toEqual([]);
    },
  );
});
