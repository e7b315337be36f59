import { beforeEach, describe, expect, it, vi } from 'vitest';
import { digestArticle } from '@/utils/engine/digest';
import { refusalSentence } from '@/utils/runtime/i18n/failures';
import { DigestDatabase } from '@/utils/store/db/database';
import { clearHistory } from '@/utils/store/db/history';
import { NO_FILTERS, queryHistory } from '@/utils/store/db/query';
import { addTags } from '@/utils/store/db/tags';
import {
  type ExportedDigest,
  HistoryJsonReader,
  historyToJson,
  parseHistoryJson,
} from '@/utils/store/export/history-json';
import {
  exportDigests,
  exportHistoryFile,
  type ImportProgress,
  importDigests,
  readHistoryFile,
} from '@/utils/store/export/transfer';
import { articleAt, englishArticle } from '../fixtures/articles';
import { jdCloudArticle, separateWordsArticle } from '../fixtures/chinese';
import { saveArticle, snapshot } from '../fixtures/history';
import { historyProblems } from './faults';

let db: DigestDatabase;

beforeEach(async () => {
  db = new DigestDatabase(`transfer-test-${crypto.randomUUID()}`);
  const park = await saveArticle(db, englishArticle, 1000);
  await saveArticle(db, jdCloudArticle, 2000);
  await addTags(db, park.id, ['city', 'parks']);
});

/** Imports a file the way the history page does: read, validate, then merge. */
async function importFile(file: Blob) {
  const parsed = await readHistoryFile(file);
  return parsed.ok ? { ok: true as const, report: await importDigests(db, parsed.digests) } : parsed;
}

const jsonFile = (text: string) => new Blob([text], { type: 'application/json' });
const exported = async () =>
  JSON.parse(historyToJson(await exportDigests(db))) as { digests: Record<string, unknown>[] };

describe('export → wipe → import', () => {
  it('gives back the same history, ids, dates, tags, articles and search included', async () => {
    const before = await snapshot(db);
    const file = await exportHistoryFile(db);
    await clearHistory(db);
    expect(await db.digests.count()).toBe(0);

    const result = await importFile(file);
    expect(result).toEqual({ ok: true, report: { added: 2, updated: 0, skipped: 0 } });
    expect(await snapshot(db)).toEqual(before);
    const found = await queryHistory(db, { ...NO_FILTERS, text: '数字化转型' }, 10);
    expect(found.digests.map((d) => d.url)).toEqual([jdCloudArticle.url]);
  });

  it('writes a documented, versioned file', async () => {
    const file = JSON.parse(historyToJson(await exportDigests(db), new Date(Date.UTC(2026, 2, 12))));
    expect(file).toMatchObject({ format: 'digest-history', version: 1, exportedAt: '2026-03-12T00:00:00.000Z' });
    expect(file.digests[0]).toMatchObject({ id: 1, url: englishArticle.url, createdAt: 1000, tags: ['city', 'parks'] });
    expect(file.digests[0].article.blocks.length).toBe(englishArticle.blocks.length);
  });
});

/** `n` digests of generated stories with their articles, as an export lists them. */
function storyDigests(n: number, firstId = 1): ExportedDigest[] {
  return Array.from({ length: n }, (_, i) => {
    const article = articleAt(`https://news.example.com/story-${i}`, `Story ${i}`);
    return { ...digestArticle(article), id: firstId + i, createdAt: i, updatedAt: i, tags: [], article };
  });
}

// Big files: seconds, not milliseconds, on a busy 2-core machine.
describe('a history of any size', { timeout: 30_000 }, () => {
  it('imports a file beyond the 50 MB an earlier version refused, streamed, as its own export', async () => {
    // A pretty-printed export is mostly white space; 51 MB of it costs nothing to index.
    const text = historyToJson(await exportDigests(db)).replace('[\n', `[${' '.repeat(51 * 1024 * 1024)}\n`);
    const file = jsonFile(text);
    expect(file.size).toBeGreaterThan(50 * 1024 * 1024);
    await clearHistory(db);
    expect(await importFile(file)).toEqual({ ok: true, report: { added: 2, updated: 0, skipped: 0 } });
  });

  it('reads an export in pieces of any size as it reads it whole', async () => {
    const text = historyToJson(await exportDigests(db));
    const whole = parseHistoryJson(text);
    for (const size of [1, 7, 4096]) {
      const reader = new HistoryJsonReader();
      for (let i = 0; i < text.length; i += size) reader.push(text.slice(i, i + size));
      expect(reader.end()).toEqual(whole);
    }
  });

  it('imports in batches, reporting progress, in one transaction: a few hundred digests round-trip', async () => {
    const many = storyDigests(250);
    const fresh = new DigestDatabase(`transfer-many-${crypto.randomUUID()}`);
    const progress: ImportProgress[] = [];
    const parsed = await readHistoryFile(jsonFile(historyToJson(many)), (p) => progress.push(p));
    expect(progress.at(-1)).toMatchObject({ phase: 'reading' });
    expect(await importDigests(fresh, parsed.ok ? parsed.digests : [], (p) => progress.push(p))).toEqual({
      added: 250,
      updated: 0,
      skipped: 0,
    });
    expect(progress.filter((p) => p.phase === 'saving')).toEqual(
      [100, 200, 250].map((done) => ({ phase: 'saving', done, total: 250 })),
    );
    expect(await historyProblems(fresh)).toEqual([]);
    const again = await readHistoryFile(await exportHistoryFile(fresh));
    expect(again.ok && again.digests).toEqual(many);
  });
});

describe('merging into an existing history', () => {
  it('adds new pages, updates pages digested later elsewhere, skips the rest, and reports each', async () => {
    const other = new DigestDatabase(`transfer-other-${crypto.randomUUID()}`);
    await saveArticle(other, englishArticle, 5000); // newer copy of a page this history has
    await saveArticle(other, jdCloudArticle, 1500); // older copy
    await saveArticle(other, separateWordsArticle, 1700); // a page this history lacks
    const [park] = await other.digests.where('url').equals(englishArticle.url).toArray();
    await addTags(other, park!.id, ['Parks', 'green']);

    const result = await importFile(jsonFile(historyToJson(await exportDigests(other))));
    expect(result).toEqual({ ok: true, report: { added: 1, updated: 1, skipped: 1 } });
    expect(await db.digests.count()).toBe(3);
    const updated = await db.digests.where('url').equals(englishArticle.url).first();
    expect(updated).toMatchObject({ id: 1, createdAt: 1000, updatedAt: 5000, tags: ['city', 'parks', 'green'] });
    expect((await db.digests.where('url').equals(jdCloudArticle.url).first())?.updatedAt).toBe(2000);
    const found = await queryHistory(db, { ...NO_FILTERS, text: '云计算' }, 10);
    expect(found.digests.map((d) => d.url)).toEqual([separateWordsArticle.url]);
  });

  it('merges a page exported with a #fragment into the entry for its address', async () => {
    const file = await exported();
    const park = file.digests.find((d) => d.url === englishArticle.url)!;
    Object.assign(park, { url: `${englishArticle.url}#comments`, updatedAt: 9000 });
    const result = await importFile(jsonFile(JSON.stringify(file)));
    expect(result).toEqual({ ok: true, report: { added: 0, updated: 1, skipped: 1 } });
    expect(await db.digests.count()).toBe(2);
  });

  it('importing the same file twice adds nothing the second time', async () => {
    const file = jsonFile(historyToJson(await exportDigests(db)));
    expect(await importFile(file)).toEqual({ ok: true, report: { added: 0, updated: 0, skipped: 2 } });
    expect(await db.digests.count()).toBe(2);
  });
});

/**
 * An export written before pages were filed without their fragment (history v3) can list one page under `/a` and
 * `/a#comments`. The v3 upgrade merges exactly these entries into one (newest content, earliest date, all tags);
 * importing that history's own export does the same, rather than refusing the whole file.
 */
describe('importing an export made before fragments were dropped from page addresses', () => {
  const PAGE = 'https://news.example.com/riverside-park';
  function oldEntry(id: number, url: string, title: string, createdAt: number, updatedAt: number, tags: string[]) {
    const article = articleAt(url, title);
    return { ...digestArticle(article), id, url, createdAt, updatedAt, tags, article } satisfies ExportedDigest;
  }
  const file = historyToJson([
    oldEntry(1, `${PAGE}#comments`, 'Old title', 1000, 2000, ['city']),
    oldEntry(2, PAGE, 'New title', 1500, 9000, ['parks', 'City']),
    oldEntry(3, `${PAGE}#top`, 'Middle title', 1200, 5000, ['river']),
    oldEntry(4, 'https://news.example.com/other#comments', 'Other', 3000, 3000, []),
  ]);

  it('is accepted, and each page becomes one entry as the v3 upgrade makes it', async () => {
    const parsed = parseHistoryJson(file);
    expect(parsed.ok).toBe(true);
    const digests = parsed.ok ? parsed.digests : [];
    expect(digests.map((d) => [d.id, d.url, d.title])).toEqual([
      [2, PAGE, 'New title'],
      [4, 'https://news.example.com/other', 'Other'],
    ]);
    // The newest digest with its own article, the earliest date, all the tags (the newest entry's first).
    expect(digests[0]).toMatchObject({ createdAt: 1000, updatedAt: 9000, tags: ['parks', 'City', 'river'] });
    expect(digests[0]!.article?.title).toBe('New title');

    const fresh = new DigestDatabase(`transfer-old-export-${crypto.randomUUID()}`);
    expect(await importDigests(fresh, digests)).toEqual({ added: 2, updated: 0, skipped: 0 });
    expect(await fresh.digests.where('url').equals(PAGE).toArray()).toEqual([
      expect.objectContaining({ id: 2, title: 'New title', createdAt: 1000, tags: ['parks', 'City', 'river'] }),
    ]);
    expect((await fresh.articles.get(2))?.article.title).toBe('New title');
  });

  it('merges into the page a history already has', async () => {
    const parsed = parseHistoryJson(file);
    expect(await importDigests(db, parsed.ok ? parsed.digests : [])).toEqual({ added: 1, updated: 1, skipped: 0 });
    expect(await db.digests.where('url').equals(PAGE).toArray()).toEqual([
      expect.objectContaining({ id: 1, title: 'New title', createdAt: 1000, tags: ['city', 'parks', 'river'] }),
    ]);
  });
});

describe('a file that is wrong or hostile is refused and changes nothing', () => {
  const refusals: [string, () => Promise<Blob>, RegExp][] = [
    ['cut short', async () => jsonFile(historyToJson(await exportDigests(db)).slice(0, 500)), /isn’t complete JSON/],
    ['not an export', async () => jsonFile('{"digests": []}'), /isn’t a Digest history export/],
    [
      'from a newer Digest',
      async () => jsonFile(JSON.stringify({ ...(await exported()), format: 'digest-history', version: 2 })),
      /newer Digest \(format version 2\)/,
    ],
    [
      'a number given as text',
      async () => {
        const file = await exported();
        file.digests[1]!.createdAt = '2026-03-12';
        return jsonFile(JSON.stringify({ ...file, format: 'digest-history', version: 1 }));
      },
      /digests\[1\]\.createdAt should be a number/,
    ],
    [
      'a sentence without its text',
      async () => {
        const file = await exported();
        (file.digests[0]!.sentences as Record<string, unknown>[])[0]!.text = null;
        return jsonFile(JSON.stringify({ ...file, format: 'digest-history', version: 1 }));
      },
      /digests\[0\]\.sentences\[0\]\.text should be text/,
    ],
    [
      'a script address',
      async () => {
        const file = await exported();
        file.digests[0]!.url = 'javascript:alert(1)';
        return jsonFile(JSON.stringify({ ...file, format: 'digest-history', version: 1 }));
      },
      /digests\[0\]\.url should be a web address/,
    ],
    [
      'the same id twice',
      async () => {
        const file = await exported();
        file.digests[1]!.id = file.digests[0]!.id;
        return jsonFile(JSON.stringify({ ...file, format: 'digest-history', version: 1 }));
      },
      /lists the id 1 twice/,
    ],
    [
      // `/a` and `/a#comments` are one page, merged on import; the very same address twice is no history's export.
      'the same url twice',
      async () => {
        const file = await exported();
        file.digests[1]!.url = file.digests[0]!.url;
        return jsonFile(JSON.stringify({ ...file, format: 'digest-history', version: 1 }));
      },
      /lists the url "https:\/\/news\.example\.com\/[^"]+" twice/,
    ],
  ];

  it.each(refusals)('%s', async (_name, makeFile, reason) => {
    const file = await makeFile();
    const before = await snapshot(db);
    const result = await importFile(file);
    expect(result.ok).toBe(false);
    // As the history page says it.
    const said = result.ok ? '' : refusalSentence(result.refusal, 'en');
    expect(said).toMatch(reason);
    expect(said).toMatch(/^This file can’t be imported\. .* Nothing was changed\.$/);
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses a file larger than the room the browser has left, before reading it', async () => {
    const file = new Blob(['{"format":"digest-history","version":1,"digests":[]}'.padEnd(3 * 1024 * 1024)]);
    const read = vi.spyOn(file, 'stream');
    const estimate = vi.fn().mockResolvedValue({ quota: 10 * 1024 * 1024, usage: 8 * 1024 * 1024 });
    vi.stubGlobal('navigator', { storage: { estimate } });
    try {
      const before = await snapshot(db);
      const result = await importFile(file);
      expect(result).toEqual({ ok: false, refusal: { key: 'tooLarge', params: [3, 2] } });
      expect(refusalSentence({ key: 'tooLarge', params: [3, 2] }, 'en')).toMatch(
        /It is 3 MB; the browser has room for 2 MB more\. Nothing/,
      );
      expect(read).not.toHaveBeenCalled();
      expect(await snapshot(db)).toEqual(before);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('keeps only the fields it knows: nothing else reaches the database', () => {
    const parsed = parseHistoryJson(
      '{"format":"digest-history","version":1,"exportedAt":"x","digests":[{"__proto__":{"polluted":true},"id":1,' +
        '"url":"https://a.example/","title":"A","lang":"en","createdAt":1,"updatedAt":1,"tags":[],"sentences":[],' +
        '"figures":[],"stats":{"words":1,"readingMinutes":1,"sentencesTotal":0,"candidates":0,"ms":0},' +
        '"engineVersion":"1","onclick":"alert(1)"}]}',
    );
    expect(parsed.ok).toBe(true);
    const [digest] = parsed.ok ? parsed.digests : [];
    expect(Object.keys(digest!)).not.toContain('onclick');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((digest as unknown as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('rolls back every write when the import fails part-way', async () => {
    const before = await snapshot(db);
    // The first batch of 100 is written in full, then the second one's articles fail to be.
    const realPut = db.articles.bulkPut.bind(db.articles);
    const put = vi.spyOn(db.articles, 'bulkPut');
    put.mockImplementationOnce(realPut).mockRejectedValueOnce(new Error('disk full'));

    await expect(importDigests(db, storyDigests(250, 10))).rejects.toThrow('disk full');
    put.mockRestore();
    expect(await snapshot(db)).toEqual(before);
  });
});
