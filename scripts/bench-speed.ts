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
import { digestArticle } from '../utils/engine/digest';
import { articleFromText } from '../utils/engine/extract/text';
import { readJsonl } from './lib/dataset';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '7' } } });
const runs = Math.max(1, Number(values.runs));
const shared = resolve(import.meta.dirname, '../../shared');
if (!existsSync(shared)) {
  console.log(`skipped: ${shared} is absent`);
  process.exit(0);
}

const english = readJsonl(`${shared}/eval/cnndm.dev.jsonl`)
  .map((r) => r.text)
  .join('\n');
const chinese = readFileSync(`${shared}/examples/zh-jdcloud-digital-infrastructure.txt`, 'utf8').replace(
  /[\u3000]{2,}/g,
  '\n',
);

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
for (const [lang, text] of [
  ['en', english],
  ['zh', chinese],
] as const) {
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
    console.log(
      `${String(chars).padStart(8)}   ${lang}   ${ms.toFixed(2).padStart(9)}   ${(ms / (chars / 10_000)).toFixed(2).padStart(16)}   ${String(sentences).padStart(9)}`,
    );
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

const peer = await nodeSummarizer(
  records.map((r) => r.text),
  readFileSync(devFile),
);
if (peer) {
  const ours = { inProcess: records.length / inProcessSeconds, endToEnd: run.lines / run.seconds };
  console.log(
    `node-summarizer TextRank, same articles: ${peer.inProcess.toFixed(0)} articles/s in process, ` +
      `${peer.endToEnd.toFixed(0)} articles/s as a process reading the same JSON Lines`,
  );
  console.log(
    `Digest / node-summarizer: ${(ours.inProcess / peer.inProcess).toFixed(1)}× in process, ` +
      `${(ours.endToEnd / peer.endToEnd).toFixed(1)}× end to end (both with process start)`,
  );
}

/**
 * node-summarizer's TextRank, the best npm peer, on the same articles — if installed (`npm i --no-save
 * node-summarizer@1.0.7`): in this process, and as a process of its own fed the same JSON Lines, as `digest --jsonl` is.
 */
async function nodeSummarizer(
  texts: string[],
  jsonl: Buffer,
): Promise<{ inProcess: number; endToEnd: number } | undefined> {
  const require = createRequire(import.meta.url);
  let SummarizerManager: new (text: string, n: number) => { getSummaryByRank(): Promise<unknown> };
  try {
    ({ SummarizerManager } = require('node-summarizer'));
  } catch {
    console.log('node-summarizer is not installed: `npm i --no-save node-summarizer@1.0.7` to compare with it');
    return undefined;
  }
  const t0 = performance.now();
  for (const text of texts) await new SummarizerManager(text, 3).getSummaryByRank();
  const inProcess = texts.length / ((performance.now() - t0) / 1000);

  const script = `
    const { SummarizerManager } = require(${JSON.stringify(require.resolve('node-summarizer'))});
    const lines = require('node:fs').readFileSync(0, 'utf8').split('\\n').filter((l) => l.trim());
    (async () => {
      for (const line of lines) {
        const { id, text } = JSON.parse(line);
        const { summary } = await new SummarizerManager(text, 3).getSummaryByRank();
        process.stdout.write(JSON.stringify({ id, summary }) + '\\n');
      }
    })();`;
  const t1 = performance.now();
  const peer = spawnSync(process.execPath, ['-e', script], { input: jsonl, maxBuffer: 1 << 28 });
  const lines = peer.stdout.toString().trim().split('\n').filter(Boolean).length;
  return { inProcess, endToEnd: lines / ((performance.now() - t1) / 1000) };
}
