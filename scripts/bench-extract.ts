/**
 * Extraction speed on Mozilla Readability's 130 test pages (from ../shared): time to parse, extract and segment
 * each page, slowest first. Prints numbers; asserts nothing.
 *   npm run bench:extract [-- --all]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { splitSentences } from '../utils/engine/text/sentences';
import { articleFromHtml } from './lib/load';

const { values } = parseArgs({ options: { all: { type: 'boolean' } } });
const dir = resolve(import.meta.dirname, '../../shared/pages/readability');
if (!existsSync(dir)) {
  console.log(`skipped: ${dir} is absent`);
  process.exit(0);
}
const rows: Array<{ name: string; ms: number; outcome: string }> = [];
for (const name of readdirSync(dir).sort()) {
  const html = readFileSync(join(dir, name, 'source.html'), 'utf8');
  const started = performance.now();
  const result = articleFromHtml(html, `https://example.com/${name}`);
  const sentences = result.ok ? splitSentences(result.article.blocks, result.article.lang).length : 0;
  const ms = performance.now() - started;
  rows.push({
    name,
    ms,
    outcome: result.ok
      ? `${result.article.lang} ${result.article.blocks.length} blocks ${sentences} sentences`
      : result.reason,
  });
}
rows.sort((a, b) => b.ms - a.ms);
const times = rows.map((r) => r.ms).sort((a, b) => a - b);
const pct = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!.toFixed(1);
console.log(
  `${rows.length} pages: median ${pct(0.5)} ms, p90 ${pct(0.9)} ms, max ${times.at(-1)!.toFixed(1)} ms, total ${(times.reduce((a, b) => a + b, 0) / 1000).toFixed(2)} s`,
);
console.log(
  `over 1 s: ${rows.filter((r) => r.ms > 1000).length}; no article: ${
    rows
      .filter((r) => r.outcome === 'no-article')
      .map((r) => r.name)
      .join(', ') || 'none'
  }`,
);
for (const r of values.all ? rows : rows.slice(0, 10))
  console.log(`${r.ms.toFixed(1).padStart(8)} ms  ${r.name.padEnd(36)} ${r.outcome}`);
