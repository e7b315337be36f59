/**
 * Real pages printed to PDF, as a reader's "Save as PDF" makes them, then digested as the popup digests a PDF tab:
 * every page of ../shared/pages/realworld with a human-made article body is printed by headless Chromium (with its
 * running date, title, address and page numbers, scripts and the network off), read with pdf.js and laid out by the
 * engine. Prints how often the title is the page's own, and how often key sentences and figures come from the
 * article body, beside the same pages digested from their HTML. Asserts nothing.
 *
 *   npm run bench:pdf-pages [-- --limit N] [--show N]
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import type { Article } from '../utils/core/article';
import { type Digest, digestArticle } from '../utils/engine/digest';
import { pdfArticle } from '../utils/engine/pdf/article';
import { type BodyIndex, inBody, indexBody } from './lib/body-match';
import { readJsonl } from './lib/dataset';
import { articleFromHtml, decode } from './lib/load';
import { readPdfInNode } from './lib/read-pdf';

const { values } = parseArgs({ options: { limit: { type: 'string' }, show: { type: 'string', default: '8' } } });
const dir = resolve(import.meta.dirname, '../../shared/pages/realworld');
if (!existsSync(dir)) {
  console.log(`skipped: ${dir} is absent`);
  process.exit(0);
}
const PRINT_TIMEOUT_MS = 60_000;

type Row = { id: string; file: string; lang?: string; body?: string | null; body_kind?: string | null };
const rows = readJsonl<Row>(join(dir, 'manifest.jsonl'))
  .filter((row) => row.body_kind === 'human' && row.body)
  .slice(0, values.limit ? Number(values.limit) : undefined);

interface Side {
  digest?: Digest;
  error?: string;
}
interface Result {
  row: Row;
  html: Side;
  pdf: Side;
  pages?: number;
}

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const context = await browser.newContext({ javaScriptEnabled: false });
const results: Result[] = [];
try {
  for (const row of rows) {
    const html = decode(readFileSync(join(dir, row.file)));
    const url = `https://pages.test/${row.id}.html`;
    const result: Result = { row, html: digestOf(articleFromHtml(html, url)), pdf: {} };
    const page = await context.newPage();
    await page.route('**/*', (route) =>
      route.request().url() === url
        ? route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' })
        : route.abort(),
    );
    try {
      await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 15_000 });
      // A page Chromium can't lay out for print in a minute (one spins for ever) is left out, and said so.
      const printed = await Promise.race([
        page.pdf({ format: 'A4', displayHeaderFooter: true, margin: { top: '60px', bottom: '60px' } }),
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error('print timed out')), PRINT_TIMEOUT_MS)),
      ]);
      const read = await readPdfInNode(new Uint8Array(printed), { url: `https://pages.test/${row.id}.pdf` });
      if (read.ok) {
        result.pages = read.doc.pages.length;
        result.pdf = digestOf(pdfArticle(read.doc));
      } else result.pdf = { error: read.key };
    } catch (error) {
      result.pdf = { error: `crash: ${(error as Error).message.split('\n')[0]}` };
    } finally {
      await page.close();
    }
    results.push(result);
  }
} finally {
  await browser.close();
}

function digestOf(extracted: { ok: true; article: Article } | { ok: false; key: string }): Side {
  if (!extracted.ok) return { error: extracted.key };
  const digest = digestArticle(extracted.article);
  return digest.sentences.length ? { digest } : { error: 'noText' };
}

const pct = (n: number, of: number) => `${((100 * n) / Math.max(1, of)).toFixed(1)}%`;
const squash = (text: string) => text.replace(/\s+/g, '').toLowerCase();

function measure(side: 'html' | 'pdf') {
  const done = results.filter((r) => r[side].digest);
  let sentences = 0;
  let outside = 0;
  let firstOutside = 0;
  let figures = 0;
  let figuresOutside = 0;
  for (const r of done) {
    const body: BodyIndex = indexBody(r.row.body!);
    const digest = r[side].digest!;
    for (const s of digest.sentences) {
      sentences++;
      if (!inBody(s.text, body)) {
        outside++;
        if (s.rank === 1) firstOutside++;
      }
    }
    for (const f of digest.figures) {
      figures++;
      if (!inBody(f.sentence, body)) figuresOutside++;
    }
  }
  return { done: done.length, sentences, outside, firstOutside, figures, figuresOutside };
}

const html = measure('html');
const pdf = measure('pdf');
const bothTitled = results.filter((r) => r.html.digest && r.pdf.digest);
const sameTitle = bothTitled.filter((r) => squash(r.pdf.digest!.title) === squash(r.html.digest!.title)).length;
const printedPages = results.reduce((n, r) => n + (r.pages ?? 0), 0);
console.log(`${dir}\n${results.length} pages with a human-made body, printed to ${printedPages} PDF pages\n`);
console.log(`${''.padEnd(34)}${'from HTML'.padStart(14)}${'from PDF'.padStart(14)}`);
const line = (name: string, a: string, b: string) =>
  console.log(`${name.padEnd(34)}${a.padStart(14)}${b.padStart(14)}`);
line('digested', String(html.done), String(pdf.done));
line('key sentences', String(html.sentences), String(pdf.sentences));
line('… outside the article body', pct(html.outside, html.sentences), pct(pdf.outside, pdf.sentences));
line('key point outside the body', String(html.firstOutside), String(pdf.firstOutside));
line('key figures', String(html.figures), String(pdf.figures));
line('… from outside the body', pct(html.figuresOutside, html.figures), pct(pdf.figuresOutside, pdf.figures));
line('title as the page’s', '', pct(sameTitle, bothTitled.length));
const failed = results.filter((r) => r.pdf.error);
if (failed.length)
  console.log(`\nnot digested from PDF: ${failed.map((r) => `${r.row.id} (${r.pdf.error})`).join(', ')}`);

// The pages whose PDF digest strays furthest from the body, with what strayed.
const show = Number(values.show);
const worst = results
  .filter((r) => r.pdf.digest)
  .map((r) => {
    const body = indexBody(r.row.body!);
    return { r, out: r.pdf.digest!.sentences.filter((s) => !inBody(s.text, body)) };
  })
  .filter((w) => w.out.length > 0)
  .sort((a, b) => b.out.length - a.out.length)
  .slice(0, show);
if (worst.length) console.log('\nkey sentences outside the body, worst pages:');
for (const { r, out } of worst) {
  console.log(`- ${r.row.id} (${r.row.lang}) «${r.pdf.digest!.title.slice(0, 60)}»`);
  for (const s of out) console.log(`    ${s.rank === 1 ? '①' : '·'} ${s.text.replace(/\s+/g, ' ').slice(0, 130)}`);
}
