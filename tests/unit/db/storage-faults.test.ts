import Dexie from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { digestArticle } from '@/utils/engine/digest';
import { DigestDatabase } from '@/utils/store/db/database';
import { HistoryBlockedError, isQuotaError } from '@/utils/store/db/errors';
import { deleteDigests, getArticle, saveDigest } from '@/utils/store/db/history';
import { SCHEMA_VERSIONS } from '@/utils/store/db/migrations';
import { NO_FILTERS, queryHistory } from '@/utils/store/db/query';
import { articleAt, englishArticle } from '../fixtures/articles';
import { jdCloudArticle } from '../fixtures/chinese';
import { saveArticle, snapshot } from '../fixtures/history';
import { faultyWrites, historyProblems, openStubbornConnection, type WriteFault } from './faults';
import { OLD_HISTORIES } from './old-histories';

let db: DigestDatabase;
let faults: ReturnType<typeof faultyWrites>;

beforeEach(async () => {
  db = new DigestDatabase(`faults-test-${crypto.randomUUID()}`);
  faults = faultyWrites(db);
  await saveArticle(db, englishArticle, 1000);
  await saveArticle(db, jdCloudArticle, 2000);
});

const found = async (text: string) => (await queryHistory(db, { ...NO_FILTERS, text }, 10)).digests.map((d) => d.url);

describe('a save that fails part-way leaves the history exactly as it was', () => {
  const newPage = articleAt('https://news.example.com/new', 'A new page');
  const writes = ['digests', 'articles', 'postings'];

  it.each(writes.flatMap((table) => (['quota', 'abort'] as WriteFault[]).map((fault) => [fault, table] as const)))(
    '%s at the %s write: no partial record, every existing one unchanged',
    async (fault, table) => {
      const before = await snapshot(db);
      faults.fail(table, fault);
      // A new page, and a page already saved (its entry is rewritten in place).
      await expect(saveArticle(db, newPage, 3000)).rejects.toThrow();
      await expect(saveArticle(db, { ...jdCloudArticle, title: '改过的标题' }, 3000)).rejects.toThrow();

      faults.heal();
      expect(await snapshot(db)).toEqual(before);
      expect(await historyProblems(db)).toEqual([]);
      expect(await found('数字化转型')).toEqual([jdCloudArticle.url]);
    },
  );

  it('is told apart as "storage full" however the browser reports it', async () => {
    faults.fail('articles', 'quota');
    const error = await saveArticle(db, newPage).catch((e: unknown) => e);
    expect(isQuotaError(error)).toBe(true);
    // Chrome can also abort the transaction at commit, with the quota error as the abort's cause.
    expect(isQuotaError(new Dexie.AbortError('aborted', new DOMException('full', 'QuotaExceededError')))).toBe(true);
    expect(isQuotaError(new Dexie.AbortError('aborted', new DOMException('gone', 'UnknownError')))).toBe(false);
    expect(isQuotaError(new Error('QuotaExceededError'))).toBe(false);
  });
});

describe('saves at the same time as other writes', () => {
  it('two saves of one URL at once make one entry, indexed once, created at the earlier time', async () => {
    const url = 'https://news.example.com/twice';
    const later = saveDigest(db, digestArticle(articleAt(url, 'Second popup')), articleAt(url, 'Second popup'), 6000);
    const earlier = saveDigest(db, digestArticle(articleAt(url, 'First popup')), articleAt(url, 'First popup'), 5000);
    const [a, b] = await Promise.all([later, earlier]);

    expect(a.id).toBe(b.id);
    const saved = await db.digests.where('url').equals(url).toArray();
    expect(saved).toHaveLength(1);
    expect(saved[0]!.createdAt).toBe(5000);
    expect((await getArticle(db, a.id))?.title).toBe(saved[0]!.title);
    expect(await historyProblems(db)).toEqual([]);
  });

  it('a save racing a delete of the same page ends with the page whole or gone, never half', async () => {
    for (let round = 0; round < 6; round++) {
      const article = { ...englishArticle, title: `Round ${round}` };
      const [existing] = await db.digests.where('url').equals(englishArticle.url).primaryKeys();
      const save = saveArticle(db, article, 4000 + round);
      const remove = deleteDigests(db, existing === undefined ? [] : [existing]);
      // Alternate which one is issued first within the same tick.
      await (round % 2 ? Promise.all([remove, save]) : Promise.all([save, remove]));

      expect(await historyProblems(db)).toEqual([]);
      const entry = await db.digests.where('url').equals(englishArticle.url).first();
      if (entry) {
        expect((await getArticle(db, entry.id))?.title).toBe(entry.title);
        expect(await found('riverside')).toContain(englishArticle.url);
      } else {
        expect(await found('riverside')).not.toContain(englishArticle.url);
      }
    }
  });
});

describe('a database blocked by another connection', () => {
  it('closes an older Dexie connection when the current code upgrades, instead of waiting for it', async () => {
    const [v1] = OLD_HISTORIES;
    const old = new Dexie(`blocked-test-${crypto.randomUUID()}`);
    old.version(v1!.version).stores(v1!.stores);
    const records = await v1!.write(old);

    const current = new DigestDatabase(old.name);
    await saveArticle(current, articleAt('https://news.example.com/new', 'A new page'));
    expect(old.isOpen()).toBe(false);
    expect(current.verno).toBe(SCHEMA_VERSIONS.at(-1)!.version);
    expect(await current.digests.count()).toBe(records.length + 1);
    expect(await historyProblems(current)).toEqual([]);
  });

  it('fails a save at once, and saves nothing later, while a connection that ignores upgrades stays open', async () => {
    const name = `blocked-test-${crypto.randomUUID()}`;
    const stubborn = await openStubbornConnection(name);
    const current = new DigestDatabase(name);
    await expect(saveArticle(current, englishArticle)).rejects.toBeInstanceOf(HistoryBlockedError);
    // Still blocked: the next save fails as fast instead of queueing behind the first.
    await expect(saveArticle(current, englishArticle)).rejects.toBeInstanceOf(HistoryBlockedError);

    // Once the other connection closes, the upgrade that was waiting completes, and saving works again.
    stubborn.close();
    await current.open();
    const saved = await saveArticle(current, jdCloudArticle);
    expect((await current.digests.toArray()).map((d) => d.url)).toEqual([saved.url]);
    expect(await historyProblems(current)).toEqual([]);
  });
});
