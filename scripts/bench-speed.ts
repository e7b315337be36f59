/**
 * Speed benchmark: digest time vs article length (1k–1M characters, English and Chinese; median of several runs),
 * and the throughput of `digest --jsonl` on a dev set, beside node-summarizer's TextRank when it is installed.
 * Prints numbers; asserts nothing.   npm run bench:speed [-- --runs 7]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { articleFromText } from '../utils/article/text';
import { digestArticle } from '../utils/digest';
import { readJsonl } from './lib/dataset';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '7' } } });
const runs = Math.max(1, Number(values.runs));
const shared = resolve(import.meta.dirname, '../../shared');
if (!existsSync(shared)) {
  console.log(`skipped: ${shared} is absent`);
  process.exit(0);
}

const english = readJsonl(`${shared}/eval/cnndm.dev.jsonl`).map((r) => r.text).join('\n');
const chinese = readFileSync(`${shared}/examples/zh-jdcloud-digital-infrastructure.txt`, 'utf8')
  .replace(/[\u3000]{2,}/g, '\n');

function sample(text: string, chars: number): string {
  let out = text;
  while (out.length < chars) out += `\n${text}`;
  return out.slice(0, chars);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

console.log(`digest time vs length (median of ${runs} runs, after one warm-up)`);
console.log('   chars   lang   median ms   ms per 10k chars   sentences');
for (const [lang, text] of [['en', english], ['zh', chinese]] as const) {
  for (const chars of [1_000, 5_000, 10_000, 100_000, 1_000_000]) {
    const input = sample(text, chars);
    const times: number[] = [];
    let sentences = 0;
    for (let i = 0; i <= runs; i++) {
      const started = performance.now();
      const digest = digestArticle(articleFromText(input, { lang }));
      if (i > 0) times.push(performance.now() - started);
      sentences = digest.stats.sentencesTotal;
    }
    const ms = median(times);
    console.log(`${String(chars).padStart(8)}   ${lang}   ${ms.toFixed(2).padStart(9)}   ${(ms / (chars / 10_000)).toFixed(2).padStart(16)}   ${String(sentences).padStart(9)}`);
  }
}

const devFile = `${shared}/eval/bbc.dev.jsonl`;
const records = readJsonl(devFile);
const inProcess = performance.now();
for (const r of records) digestArticle(articleFromText(r.text, { title: r.title, lang: r.lang }));
const inProcessSeconds = (performance.now() - inProcess) / 1000;
console.log(`\ndigest in process on ${devFile}: ${(records.length / inProcessSeconds).toFixed(0)} articles/s`);
/** Wall time of one `digest --jsonl` run on the given input. */
function timeCli(input: Buffer): { seconds: number; lines: number } {
  const t0 = performance.now();
  const cli = spawnSync(process.execPath, [resolve(import.meta.dirname, 'run-digest.mjs'), '--jsonl'], {
    input,
    maxBuffer: 1 << 28,
  });
  const out = cli.stdout.toString().trim();
  return { seconds: (performance.now() - t0) / 1000, lines: out ? out.split('\n').length : 0 };
}
timeCli(Buffer.alloc(0)); // Builds the command's bundle if its sources changed, as the first `npm run digest` does.
const startup = timeCli(Buffer.alloc(0)).seconds;
const run = timeCli(readFileSync(devFile));
console.log(
  `digest --jsonl on ${devFile}: ${run.lines} articles in ${run.seconds.toFixed(2)} s = ${(run.lines / run.seconds).toFixed(0)} articles/s ` +
    `with process start, ${(run.lines / (run.seconds - startup)).toFixed(0)} articles/s after it (start-up ${startup.toFixed(2)} s)`,
);

await compareNodeSummarizer(records.map((r) => r.text));

/** node-summarizer's TextRank, the best npm peer, on the same articles — if installed (`npm i --no-save node-summarizer`). */
async function compareNodeSummarizer(texts: string[]): Promise<void> {
  let SummarizerManager: new (text: string, n: number) => { getSummaryByRank(): Promise<unknown> };
  try {
    ({ SummarizerManager } = createRequire(import.meta.url)('node-summarizer'));
  } catch {
    console.log('node-summarizer is not installed: `npm i --no-save node-summarizer@1.0.7` to compare with it');
    return;
  }
  const t0 = performance.now();
  for (const text of texts) await new SummarizerManager(text, 3).getSummaryByRank();
  const s = (performance.now() - t0) / 1000;
  console.log(`node-summarizer TextRank, same articles, in process: ${(texts.length / s).toFixed(0)} articles/s`);
}
