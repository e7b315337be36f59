/**
 * Search benchmark **in Node, on fake-indexeddb** (the real browser: bench-history.mjs): seeds a history of 5,000
 * realistic digests (scripts/lib/generated-history.ts: the dev sets' English news and the Chinese example article,
 * recombined paragraph by paragraph and digested by the real engine) into Dexie on fake-indexeddb, then
 * times the history page's query per keystroke and estimates the database's size. Prints numbers; asserts nothing.
 *   npx tsx scripts/bench-search.ts [-- --digests 5000 --runs 15]
 */
import 'fake-indexeddb/auto';
import { parseArgs } from 'node:util';
import { digestArticle } from '../utils/engine/digest';
import { DigestDatabase } from '../utils/store/db/database';
import { entryTables, saveDigest } from '../utils/store/db/history';
import { dateOrder, NO_FILTERS, queryHistory } from '../utils/store/db/query';
import { generatedHistory } from './lib/generated-history';

const { values } = parseArgs({
  options: { digests: { type: 'string', default: '5000' }, runs: { type: 'string', default: '15' } },
});
const TOTAL = Number(values.digests);
const RUNS = Math.max(1, Number(values.runs));
/** The history page lists this many digests at a time; a query reads only those in full. */
const PAGE = 100;

const history = generatedHistory({ chineseShare: 0.2 });
if (!history) {
  console.log('skipped: ../shared/eval is absent');
  process.exit(0);
}

async function seed(db: DigestDatabase): Promise<number> {
  const started = performance.now();
  const BATCH = 250;
  for (let from = 0; from < TOTAL; from += BATCH) {
    const entries = Array.from({ length: Math.min(BATCH, TOTAL - from) }, (_, i) => history!.article(from + i));
    const digests = entries.map(({ article }) => digestArticle(article));
    await db.transaction('rw', entryTables(db), async () => {
      for (const [i, digest] of digests.entries()) await saveDigest(db, digest, entries[i]!.article, entries[i]!.at);
    });
  }
  return performance.now() - started;
}

/** What a reader types, keystroke by keystroke: each prefix of each query is one query of the history page. */
const QUERIES = [
  'government',
  'prime minister ',
  'elections ',
  'footballers',
  'police officers ',
  'champions league ',
  'company profits ',
  'the',
  'zzzz',
  '数字化转型',
  '京东云',
  '数字经济',
  '基础设施',
  '算力',
];

function keystrokes(query: string): string[] {
  const chars = [...query];
  return chars.map((_, i) => chars.slice(0, i + 1).join('')).filter((q) => q.trim());
}

function percentile(xs: number[], p: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
}

/** The history's date order, kept as the history page keeps it. */
let order: number[] = [];

async function time(db: DigestDatabase, text: string): Promise<{ ms: number; total: number }> {
  const started = performance.now();
  const { total = 0 } = await queryHistory(db, { ...NO_FILTERS, text }, PAGE, { order });
  return { ms: performance.now() - started, total };
}

/**
 * The database's size, estimated: rows as JSON. Chrome stores IndexedDB in LevelDB with compression, so the file on
 * disk differs; bench-history.mjs reads the real browser's figure.
 */
async function sizeOf(db: DigestDatabase) {
  const bytes = (rows: unknown[]) => rows.reduce<number>((sum, row) => sum + Buffer.byteLength(JSON.stringify(row)), 0);
  const [digests, articles, postings] = await Promise.all([
    db.digests.toArray(),
    db.articles.toArray(),
    db.postings.toArray(),
  ]);
  const entries = postings.reduce((n, row) => n + row.ids.length, 0);
  return {
    digests: bytes(digests),
    articles: bytes(articles),
    postings: bytes(postings),
    keys: postings.length,
    entries,
  };
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

const db = new DigestDatabase('bench-search');
await db.delete();
await db.open();
const seedMs = await seed(db);
order = await dateOrder(db);
const chineseShare = history.chineseShare * 100;
console.log(
  `seeded ${await db.digests.count()} digests (${history.englishStories} English stories recombined, ` +
    `Chinese share ${chineseShare}%) in ${(seedMs / 1000).toFixed(1)} s`,
);

// One warm-up pass, then RUNS timed passes over every keystroke of every query.
for (const query of QUERIES) for (const text of keystrokes(query)) await time(db, text);
const all: number[] = [];
console.log(`\nsearch latency per keystroke (history page query: search + order + first ${PAGE} read), ${RUNS} runs`);
console.log('query                       keystrokes   median ms   p95 ms   matches (full query)');
for (const query of QUERIES) {
  const samples: number[] = [];
  let matches = 0;
  for (let run = 0; run < RUNS; run++) {
    for (const text of keystrokes(query)) {
      const { ms, total } = await time(db, text);
      samples.push(ms);
      if (text === query) matches = total;
    }
  }
  all.push(...samples);
  const label = JSON.stringify(query).padEnd(28);
  const columns = [
    String(keystrokes(query).length).padStart(10),
    percentile(samples, 0.5).toFixed(1).padStart(12),
    percentile(samples, 0.95).toFixed(1).padStart(9),
  ];
  console.log(`${label}${columns.join('')}   ${matches}`);
}
const [median, p95] = [percentile(all, 0.5).toFixed(1), percentile(all, 0.95).toFixed(1)];
console.log(`\nall keystrokes: median ${median} ms, p95 ${p95} ms (target: median ≤ 50 ms)`);

const size = await sizeOf(db);
const totalBytes = size.digests + size.articles + size.postings;
console.log(
  `\ndatabase size (estimate): ${mb(totalBytes)} — digests ${mb(size.digests)}, articles ${mb(size.articles)}, ` +
    `posting lists ${mb(size.postings)} (${size.keys.toLocaleString('en')} keys, ${size.entries.toLocaleString('en')} ids)`,
);
db.close();
