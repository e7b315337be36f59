/**
 * Quality benchmark: ROUGE-1/2/Lsum F1 of Digest's key sentences against Lead-N on a dev set, and the recall of
 * the reference summary's numbers among Digest's top-5 key figures against the first 5 numbers of the article —
 * and, since a third of those numbers are ages and dates no card shows, the same recall over the numbers a card may
 * show against the first 5 such figures of the article (how ranking compares with position on the same ground).
 *   npm run bench:quality -- FILE.jsonl [--sentences 3]
 * With --headline, the reference is each article's own headline, withheld from the ranker, and FILE may also be a
 * folder of saved pages (`NAME/source.html`, as in ../shared/pages/readability), filtered with --lang:
 *   npm run bench:quality -- ../shared/pages/readability --headline --lang zh
 * With --cards FILE, it also writes each story's first two figure cards as JSON Lines (held-out news the figure rules
 * were not written on), for a blind judgement as `bench:pages --cards` does for saved pages.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { digestArticle } from '../utils/engine/digest';
import { articleFromText } from '../utils/engine/extract/text';
import { prepareArticle } from '../utils/engine/rank/prepare';
import type { KeyFigure } from '../utils/engine/rank/types';
import { type DevRecord, readJsonl } from './lib/dataset';
import { articleFromHtml, decode } from './lib/load';
import { figureNumbers, numbersIn, referenceNumbers } from './lib/numbers';
import { type RougeScores, rouge } from './lib/rouge';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    sentences: { type: 'string' },
    headline: { type: 'boolean' },
    lang: { type: 'string' },
    cards: { type: 'string' },
  },
});
const file = positionals[0];
const n = Number(values.sentences ?? (values.headline ? 1 : 3));
if (!file || !existsSync(file) || !Number.isInteger(n) || n < 1) {
  console.error(
    'usage: npm run bench:quality -- FILE.jsonl|PAGES_DIR [--sentences N] [--headline] [--lang L] [--cards FILE]',
  );
  process.exit(2);
}

const records = (statSync(file).isDirectory() ? readPages(file) : readJsonl(file))
  .filter((r) => !values.lang || (r.lang ?? '').toLowerCase().startsWith(values.lang.toLowerCase()))
  .map((r) => (values.headline ? { ...r, summary: r.title ?? '', title: '' } : r))
  .filter((r) => r.summary.trim());

/**
 * Saved pages as records: the extracted text, with the page's own (cleaned) title. A folder with a `manifest.jsonl`
 * (`{id, file}` a line, as ../shared/pages/realworld) lists its pages; otherwise each `NAME/source.html` is one.
 */
function readPages(dir: string): DevRecord[] {
  const manifest = join(dir, 'manifest.jsonl');
  const pages = existsSync(manifest)
    ? readJsonl<{ id: string; file: string }>(manifest).map((row) => ({ id: row.id, path: join(dir, row.file) }))
    : readdirSync(dir).map((name) => ({ id: name, path: join(dir, name, 'source.html') }));
  return pages.flatMap(({ id, path }) => {
    if (!existsSync(path)) return [];
    const result = articleFromHtml(decode(readFileSync(path)), `https://example.com/${id}`);
    if (!result.ok) return [];
    const { article } = result;
    return [
      { id, lang: article.lang, title: article.title, text: article.blocks.map((b) => b.text).join('\n'), summary: '' },
    ];
  });
}
const totals = { digest: zero(), lead: zero() };
const recall = { digest: 0, lead: 0, numbers: 0 };
/** The same recall over the reference numbers a card may show (no date, age, score or unlabelled number). */
const showable = { digest: 0, lead: 0, numbers: 0 };
const cards: string[] = [];
const started = performance.now();
for (const record of records) {
  const article = articleFromText(record.text, { title: record.title, lang: record.lang });
  const reference = record.summary.split('\n').filter((s) => s.trim());
  const digest = digestArticle(article, { sentences: n, figures: 5 });
  for (const [i, f] of digest.figures.slice(0, 2).entries())
    cards.push(
      JSON.stringify({
        page: record.id,
        title: record.title ?? '',
        opening: record.text.slice(0, 600),
        card: i + 1,
        figure: f.text,
        label: f.label ?? null,
        sentence: f.sentence,
      }),
    );
  const prepared = prepareArticle(article);
  const lead = prepared.content.filter((s) => !s.heading).slice(0, n);
  add(
    totals.digest,
    rouge(
      digest.sentences.map((s) => s.text),
      reference,
    ),
  );
  add(
    totals.lead,
    rouge(
      lead.map((s) => s.text),
      reference,
    ),
  );

  const wanted = referenceNumbers(record.summary);
  recall.numbers += wanted.size;
  const ours = figureNumbers(digest.figures);
  const firstFive = new Set(numbersIn(record.text).slice(0, 5));
  for (const v of wanted) {
    if (ours.has(v)) recall.digest++;
    if (firstFive.has(v)) recall.lead++;
  }
  // Position against ranking on the same ground: the first five figures a card may show, in the article's order.
  const cardable = prepared.figures.filter((r) => r.refused === undefined).map((r) => r.figure);
  const mayShow = figureNumbers(cardable);
  const firstShowable = figureNumbers(firstDistinct(cardable, 5));
  for (const v of wanted) {
    if (!mayShow.has(v)) continue;
    showable.numbers++;
    if (ours.has(v)) showable.digest++;
    if (firstShowable.has(v)) showable.lead++;
  }
}
const seconds = (performance.now() - started) / 1000;

const row = (name: string, s: RougeScores) =>
  `${name.padEnd(10)} ${fmt(s.rouge1)} ${fmt(s.rouge2)} ${fmt(s.rougeLsum)}`;
console.log(`${file}: ${records.length} articles, ${n} sentences, ${seconds.toFixed(1)} s`);
console.log(`${'system'.padEnd(10)} ${'R1'.padStart(6)} ${'R2'.padStart(6)} ${'RLsum'.padStart(6)}`);
console.log(row('Digest', scale(totals.digest, records.length)));
console.log(row(`Lead-${n}`, scale(totals.lead, records.length)));
if (recall.numbers > 0) {
  const pct = (x: number) => ((100 * x) / recall.numbers).toFixed(1);
  console.log(
    `figure recall@5 (${recall.numbers} numbers in references): Digest ${pct(recall.digest)}%  first-5-numbers ${pct(recall.lead)}%`,
  );
}
if (showable.numbers > 0) {
  const pct = (x: number) => ((100 * x) / showable.numbers).toFixed(1);
  console.log(
    `  of those a card may show (${showable.numbers}): Digest ${pct(showable.digest)}%  first-5-showable ${pct(showable.lead)}%`,
  );
}
if (values.cards) {
  writeFileSync(values.cards, `${cards.join('\n')}\n`);
  console.log(`wrote ${cards.length} cards to ${values.cards}`);
}

/** The first `n` figures with distinct text, in the article's order. */
function firstDistinct(figures: readonly KeyFigure[], n: number): KeyFigure[] {
  const seen = new Set<string>();
  return figures.filter((f) => !seen.has(f.text) && seen.add(f.text) && seen.size <= n);
}

function zero(): RougeScores {
  return { rouge1: 0, rouge2: 0, rougeLsum: 0 };
}
function add(total: RougeScores, s: RougeScores) {
  total.rouge1 += s.rouge1;
  total.rouge2 += s.rouge2;
  total.rougeLsum += s.rougeLsum;
}
function scale(s: RougeScores, count: number): RougeScores {
  return { rouge1: (100 * s.rouge1) / count, rouge2: (100 * s.rouge2) / count, rougeLsum: (100 * s.rougeLsum) / count };
}
function fmt(x: number): string {
  return x.toFixed(2).padStart(6);
}
