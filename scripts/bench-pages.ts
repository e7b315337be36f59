/**
 * What a reader sees on real pages: every page of a folder digested through the same code as the `digest` command,
 * then its key figures and key sentences checked against the page's human-made article body where there is one.
 * Prints numbers and the worst pages; asserts nothing.
 *
 *   npm run bench:pages -- ../shared/pages/realworld        (manifest.jsonl: {id, file, lang, body, body_kind})
 *   npm run bench:pages -- ../shared/pages/readability      (one folder a page: source.html; no body)
 *   … [--cards FILE]   also writes the first two figure cards of each page as JSON Lines, for a blind judgement
 *   … [--sentences FILE]  also writes each page's key sentences beside its human-made body, for a blind judgement
 *   … [--worst N]      how many pages to quote (15)
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { type Digest, digestArticle } from '../utils/engine/digest';
import { type BodyIndex, inBody, indexBody, normalise } from './lib/body-match';
import { readJsonl } from './lib/dataset';
import { articleFromHtml, decode } from './lib/load';

interface Page {
  id: string;
  file: string;
  lang?: string;
  body?: string;
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { cards: { type: 'string' }, sentences: { type: 'string' }, worst: { type: 'string', default: '15' } },
});
const dir = resolve(positionals[0] ?? resolve(import.meta.dirname, '../../shared/pages/realworld'));
if (!existsSync(dir)) {
  console.log(`skipped: ${dir} is absent`);
  process.exit(0);
}

function pagesOf(folder: string): Page[] {
  const manifest = join(folder, 'manifest.jsonl');
  if (existsSync(manifest)) {
    type Row = { id: string; file: string; lang?: string; body?: string | null; body_kind?: string | null };
    // Only a human-made body is ground truth; a machine's is another extractor's guess.
    return readJsonl<Row>(manifest).map((row) => ({
      id: row.id,
      file: join(folder, row.file),
      lang: row.lang,
      body: row.body_kind === 'human' ? (row.body ?? undefined) : undefined,
    }));
  }
  return readdirSync(folder)
    .filter((name) => existsSync(join(folder, name, 'source.html')))
    .sort()
    .map((name) => ({ id: name, file: join(folder, name, 'source.html') }));
}

interface PageResult {
  page: Page;
  digest?: Digest;
  error?: string;
  figuresOutside: string[];
  sentencesOutside: string[];
  firstOutside: boolean;
  langWrong: boolean;
  /** Key sentences that start inside a sentence: a lower-case word, or a comma or closing mark first. */
  midSentence: string[];
  /** The article's text length over the body's: well above 1, more than the article was read (posts, comments). */
  lengthRatio?: number;
  /** Where in the body each key sentence found there starts (0 its start, 1 its end), on a long body only. */
  positions?: number[];
}

/** A body this long (characters after normalising; Han text says more a character) has parts a digest should reach. */
const LONG_BODY = { latin: 3000, han: 1500 } as const;

/** A sentence cut from the middle of another opens on a lower-case word or on a mark that only follows text. */
const STARTS_MID_SENTENCE = /^(?:\p{Ll}|[，、。；：？！,;:）)\]」』”’])/u;

const results: PageResult[] = [];
for (const page of pagesOf(dir)) {
  const result: PageResult = {
    page,
    figuresOutside: [],
    sentencesOutside: [],
    firstOutside: false,
    langWrong: false,
    midSentence: [],
  };
  results.push(result);
  try {
    const extracted = articleFromHtml(decode(readFileSync(page.file)), `https://example.com/${page.id}`);
    if (!extracted.ok) {
      result.error = extracted.reason;
      continue;
    }
    const digest = digestArticle(extracted.article);
    result.digest = digest;
    if (page.lang) result.langWrong = digest.lang.split('-')[0]!.toLowerCase() !== page.lang;
    result.midSentence = digest.sentences.map((s) => s.text).filter((t) => STARTS_MID_SENTENCE.test(t));
    if (page.body === undefined) continue;
    result.lengthRatio =
      normalise(extracted.article.blocks.map((b) => b.text).join('')).length / Math.max(1, normalise(page.body).length);
    const body: BodyIndex = indexBody(page.body);
    const han = (body.text.match(/\p{Script=Han}/gu)?.length ?? 0) * 2 > body.text.length;
    if (body.text.length >= (han ? LONG_BODY.han : LONG_BODY.latin)) {
      // Where a sentence starts in the body: the first characters of it found there.
      const at = digest.sentences.map((s) => body.text.indexOf(normalise(s.text).slice(0, 16)));
      result.positions = at.filter((i) => i >= 0).map((i) => i / body.text.length);
    }
    for (const figure of digest.figures)
      if (!inBody(figure.sentence, body)) result.figuresOutside.push(figure.sentence);
    for (const sentence of digest.sentences) {
      if (inBody(sentence.text, body)) continue;
      result.sentencesOutside.push(sentence.text);
      if (sentence.rank === 1) result.firstOutside = true;
    }
  } catch (e) {
    result.error = `crash: ${(e as Error).message}`;
  }
}

const digested = results.filter((r) => r.digest);
const withBody = digested.filter((r) => r.page.body !== undefined);
const figures = digested.flatMap((r) => r.digest!.figures);
const bodyFigures = withBody.flatMap((r) => r.digest!.figures);
const bodySentences = withBody.flatMap((r) => r.digest!.sentences);
const pct = (n: number, d: number) => (d === 0 ? '—' : `${((100 * n) / d).toFixed(1)}%`);
const isDate = (kind: string) => kind === 'date';

console.log(`${dir}`);
console.log(
  `pages ${results.length}: digested ${digested.length}, no article ${results.filter((r) => r.error && !r.error.startsWith('crash')).length}, crashes ${results.filter((r) => r.error?.startsWith('crash')).length}; with a human body ${withBody.length}`,
);
console.log('');
console.log('key figures');
console.log(
  `  shown                 ${figures.length} (${(figures.length / Math.max(1, digested.length)).toFixed(2)} a page; pages with none: ${digested.filter((r) => r.digest!.figures.length === 0).length})`,
);
console.log(`  with a label          ${pct(figures.filter((f) => f.label).length, figures.length)}`);
console.log(`  dates                 ${pct(figures.filter((f) => isDate(f.kind)).length, figures.length)}`);
console.log(
  `  outside the body      ${pct(
    withBody.reduce((n, r) => n + r.figuresOutside.length, 0),
    bodyFigures.length,
  )} (of ${bodyFigures.length} on pages with a body)`,
);
console.log(
  `  first two: labelled   ${pct(digested.flatMap((r) => r.digest!.figures.slice(0, 2)).filter((f) => f.label).length, digested.flatMap((r) => r.digest!.figures.slice(0, 2)).length)}`,
);
console.log('key sentences');
console.log(`  shown                 ${digested.reduce((n, r) => n + r.digest!.sentences.length, 0)}`);
console.log(
  `  outside the body      ${pct(
    withBody.reduce((n, r) => n + r.sentencesOutside.length, 0),
    bodySentences.length,
  )} (of ${bodySentences.length}); ranked first: ${withBody.filter((r) => r.firstOutside).length}`,
);
console.log(
  `  start mid-sentence    ${digested.reduce((n, r) => n + r.midSentence.length, 0)}${digested
    .flatMap((r) => r.midSentence.map((t) => `\n    ${r.page.id}: ${clip(t, 80)}`))
    .slice(0, 5)
    .join('')}`,
);
const ratios = withBody.map((r) => r.lengthRatio!).sort((a, b) => a - b);
const over = withBody.filter((r) => r.lengthRatio! > 2);
console.log(
  `  extracted vs body     median ${(ratios[ratios.length >> 1] ?? 0).toFixed(2)}×; over 2×: ${over.length}${over.length ? ` (${over.map((r) => `${r.page.id} ${r.lengthRatio!.toFixed(1)}×`).join(', ')})` : ''}`,
);
// A long article digested by its opening only: every key sentence in the body's first third.
const long = withBody.filter((r) => r.positions && r.positions.length > 0);
const lastAt = long.map((r) => Math.max(...r.positions!)).sort((a, b) => a - b);
const openingOnly = long.filter((r) => r.positions!.every((p) => p < 1 / 3)).length;
const allThirds = long.filter(
  (r) => new Set(r.positions!.map((p) => Math.min(2, Math.floor(3 * p)))).size === 3,
).length;
console.log(
  `  spread (long bodies)  ${long.length} pages: last key sentence at median ${pct(Math.round(1000 * (lastAt[lastAt.length >> 1] ?? 0)), 1000)} of the body; opening third only ${openingOnly}; all three thirds ${allThirds}`,
);
const langChecked = digested.filter((r) => r.page.lang);
if (langChecked.length)
  console.log(
    `  wrong language        ${langChecked.filter((r) => r.langWrong).length} of ${langChecked.length}: ${
      langChecked
        .filter((r) => r.langWrong)
        .map((r) => `${r.page.id} (${r.digest!.lang}, is ${r.page.lang})`)
        .join(', ') || 'none'
    }`,
  );

// The worst pages: the most figures a reader can't use (no label, a date, or from outside the article).
const badness = (r: PageResult) =>
  r.digest!.figures.filter((f) => !f.label || isDate(f.kind)).length +
  r.figuresOutside.length +
  2 * r.sentencesOutside.length;
const worst = [...digested].sort((a, b) => badness(b) - badness(a)).slice(0, Number(values.worst));
console.log('');
console.log(
  `the ${worst.length} worst pages (figures without a label or that are dates, outside the body ✗; sentences outside the body)`,
);
for (const r of worst) {
  if (badness(r) === 0) break;
  console.log(`- ${r.page.id} (${r.digest!.lang})`);
  const outside = new Set(r.figuresOutside);
  for (const f of r.digest!.figures) {
    const flag = `${outside.has(f.sentence) ? '✗' : ' '}${isDate(f.kind) ? 'D' : f.label ? ' ' : '?'}`;
    console.log(`    ${flag} ${f.text}${f.label ? ` [${f.label}]` : ''}  ← ${clip(f.sentence, 90)}`);
  }
  for (const s of r.sentencesOutside) console.log(`    ✗S ${clip(s, 110)}`);
}

if (values.cards) {
  // What the popup shows a reader and where it came from, with the page and the figure's score for the analysis
  // afterwards: a judging kit drops both (and shuffles) so the judgement stays blind.
  const lines = digested.flatMap((r) =>
    r.digest!.figures.slice(0, 2).map((f, i) =>
      JSON.stringify({
        page: r.page.id,
        card: i + 1,
        lang: r.digest!.lang,
        title: r.digest!.title,
        figure: f.text,
        label: f.label ?? null,
        kind: f.kind,
        score: f.score,
        sentence: f.sentence,
        keyPoint: r.digest!.sentences.find((s) => s.rank === 1)?.text ?? null,
      }),
    ),
  );
  writeFileSync(values.cards, `${lines.join('\n')}\n`);
  console.log(`\nwrote ${lines.length} cards to ${values.cards}`);
}

if (values.sentences) {
  // Blind as the cards: the digest in reading order of rank, and the body an editor would pick from.
  const lines = withBody.map((r) =>
    JSON.stringify({
      page: r.page.id,
      lang: r.digest!.lang,
      title: r.digest!.title,
      keySentences: [...r.digest!.sentences].sort((a, b) => a.rank - b.rank).map((s) => s.text),
      body: r.page.body,
    }),
  );
  writeFileSync(values.sentences, `${lines.join('\n')}\n`);
  console.log(`wrote the key sentences of ${lines.length} pages to ${values.sentences}`);
}

function clip(text: string, length: number): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > length ? `${flat.slice(0, length - 1)}…` : flat;
}
