/**
 * Search benchmark: seeds a history of 5,000 realistic digests (the dev sets' English news and the Chinese example
 * article, recombined paragraph by paragraph and digested by the real engine) into Dexie on fake-indexeddb, then
 * times the history page's query per keystroke and estimates the database's size. Prints numbers; asserts nothing.
 *   npx tsx scripts/bench-search.ts [-- --digests 5000 --runs 15]
 */
import 'fake-indexeddb/auto';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { articleFromText } from '../utils/article/text';
import type { Article } from '../utils/article/types';
import { entryTables, saveDigest } from '../utils/db/history';
import { NO_FILTERS, queryHistory } from '../utils/db/query';
import { DigestDatabase } from '../utils/db/schema';
import { digestArticle } from '../utils/digest';
import { readJsonl } from './lib/dataset';

const { values } = parseArgs({
  options: { digests: { type: 'string', default: '5000' }, runs: { type: 'string', default: '15' } },
});
const TOTAL = Number(values.digests);
const RUNS = Math.max(1, Number(values.runs));
/** The history page lists this many digests at a time; a query reads only those in full. */
const PAGE = 100;
const CHINESE_SHARE = 0.2;
const YEAR = 365 * 86_400_000;

const shared = resolve(import.meta.dirname, '../../shared');
if (!existsSync(resolve(shared, 'eval'))) {
  console.log(`skipped: ${shared}/eval is absent`);
  process.exit(0);
}

/** A small seeded generator, so every run seeds the same history. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = random(42);
const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)]!;

const english = [...readJsonl(`${shared}/eval/bbc.dev.jsonl`), ...readJsonl(`${shared}/eval/cnndm.dev.jsonl`)].map((r) => ({
  title: r.title ?? '',
  paragraphs: r.text.split('\n').filter((p) => p.trim()),
}));
const chineseFile = `${shared}/examples/zh-jdcloud-digital-infrastructure.txt`;
const chinese = existsSync(chineseFile)
  ? readFileSync(chineseFile, 'utf8').split(/[\u3000]{2,}|\n/).map((p) => p.trim()).filter(Boolean)
  : [];

/**
 * The n-th article of the seeded history: an English story, its second half swapped for another story's (so each
 * of the 5,000 has its own text, not 750 texts seven times over), or a Chinese one made of a shuffled selection of
 * the example's paragraphs.
 */
function articleNumber(n: number): Article {
  const url = `https://news.example.com/${n}`;
  const siteName = pick(['BBC News', 'CNN', 'Daily Mail', 'The Coastal Courier', 'Reuters']);
  if (chinese.length > 0 && rand() < CHINESE_SHARE) {
    const paragraphs = [...chinese].sort(() => rand() - 0.5).slice(0, 4 + Math.floor(rand() * 6));
    const title = paragraphs[0]!.slice(0, 24);
    return articleFromText(paragraphs.join('\n'), { url, title, lang: 'zh', siteName: pick(['中国网科技', '新华网', '财经日报']) });
  }
  const story = english[n % english.length]!;
  const other = pick(english);
  const half = Math.ceil(story.paragraphs.length / 2);
  const paragraphs = [...story.paragraphs.slice(0, half), ...other.paragraphs.slice(Math.ceil(other.paragraphs.length / 2))];
  return articleFromText(paragraphs.join('\n'), { url, title: story.title || story.paragraphs[0]!.slice(0, 80), lang: 'en', siteName });
}

async function seed(db: DigestDatabase): Promise<number> {
  const started = performance.now();
  const now = Date.now();
  const BATCH = 250;
  for (let from = 0; from < TOTAL; from += BATCH) {
    const articles = Array.from({ length: Math.min(BATCH, TOTAL - from) }, (_, i) => articleNumber(from + i));
    const digests = articles.map((article) => digestArticle(article));
    await db.transaction('rw', entryTables(db), async () => {
      for (const [i, digest] of digests.entries()) await saveDigest(db, digest, articles[i]!, now - rand() * 3 * YEAR);
    });
  }
  return performance.now() - started;
}

/** What a reader types, keystroke by keystroke: each prefix of each query is one query of the history page. */
const QUERIES = [
  'government', 'prime minister ', 'elections ', 'footballers', 'police officers ', 'champions league ',
  'company profits ', 'the', 'zzzz', '数字化转型', '京东云', '数字经济', '基础设施', '算力',
];

function keystrokes(query: string): string[] {
  const chars = [...query];
  return chars.map((_, i) => chars.slice(0, i + 1).join('')).filter((q) => q.trim());
}

function percentile(xs: number[], p: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
}

async function time(db: DigestDatabase, text: string): Promise<{ ms: number; total: number }> {
  const started = performance.now();
  const { total } = await queryHistory(db, { ...NO_FILTERS, text }, PAGE);
  return { ms: performance.now() - started, total };
}

/**
 * The database's size, estimated: rows as JSON, plus one entry (key and digest id) per search-index key. Chrome
 * stores IndexedDB in LevelDB with compression, so the file on disk is usually smaller than this.
 */
async function sizeOf(db: DigestDatabase) {
  const bytes = (rows: unknown[]) => rows.reduce<number>((sum, row) => sum + Buffer.byteLength(JSON.stringify(row)), 0);
  const [digests, articles, index] = await Promise.all([db.digests.toArray(), db.articles.toArray(), db.searchIndex.toArray()]);
  const entries = index.reduce((n, row) => n + row.keys.length, 0);
  const indexEntries = index.reduce((n, row) => n + row.keys.reduce((b, k) => b + Buffer.byteLength(k) + 8, 0), 0);
  return { digests: bytes(digests), articles: bytes(articles), searchRows: bytes(index), indexEntries, entries };
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

const db = new DigestDatabase('bench-search');
await db.delete();
await db.open();
const seedMs = await seed(db);
const chineseShare = chinese.length > 0 ? CHINESE_SHARE * 100 : 0;
console.log(
  `seeded ${await db.digests.count()} digests (${english.length} English stories recombined, ` +
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
const totalBytes = size.digests + size.articles + size.searchRows + size.indexEntries;
console.log(
  `\ndatabase size (estimate): ${mb(totalBytes)} — digests ${mb(size.digests)}, articles ${mb(size.articles)}, ` +
    `search rows ${mb(size.searchRows)}, index entries ${mb(size.indexEntries)} ` +
    `(${size.entries.toLocaleString('en')} keys)`,
);
db.close();
