// Click-to-digest time for a PDF in the tab, in headless Chromium with the built extension: from the simulated
// toolbar click to the first "Reading page 1 of N…" (the popup's trace mark) and to the digest's title painted
// (Element Timing). The PDFs are long reports printed to PDF by the same Chromium, with its running date, title,
// address and page numbers: 20 and 200 pages in English, 20 in Chinese. Their text is the human-made article bodies
// of ../shared/pages/realworld (skipped when absent), one after another under headings. Prints numbers; asserts
// nothing. Needs `wxt build` first (npm run bench:pdf does both).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import {
  attachToPopup,
  clickToolbar,
  EXTENSION,
  launch,
  openPage,
  paintTimeOf,
  ROOT,
  serve,
  waitForPopupTarget,
} from '../tests/e2e/harness.mjs';

const RUNS = 3;
const MANIFEST = path.resolve(ROOT, '../shared/pages/realworld/manifest.jsonl');
if (!fs.existsSync(MANIFEST)) {
  console.log(`skipped: ${MANIFEST} is absent`);
  process.exit(0);
}
if (!fs.existsSync(path.join(EXTENSION, 'manifest.json'))) {
  console.error(`No build at ${EXTENSION}; run \`npx wxt build\` first.`);
  process.exit(1);
}

const rows = fs
  .readFileSync(MANIFEST, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line))
  .filter((row) => row.body_kind === 'human' && row.body);
const escapeHtml = (text) => text.replace(/[&<>]/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt' }[c]};`);

/** A report of about `pages` printed A4 pages: article bodies in `lang`, each under its own heading. */
function report(lang, pages) {
  const bodies = rows.filter((row) => row.lang.startsWith(lang));
  // Printed at 11pt, an A4 page holds about 3,500 Latin characters or 1,400 Han characters.
  const budget = pages * (lang === 'zh' ? 1400 : 3500);
  let html = `<!doctype html><html lang="${lang}"><meta charset="utf-8"><title>Report ${lang} ${pages}</title><body style="font:11pt serif">`;
  let size = 0;
  for (let i = 0; size < budget; i++) {
    const body = bodies[i % bodies.length].body;
    html += `<h2>Part ${i + 1}</h2>`;
    for (const paragraph of body.split(/\n+/).filter((p) => p.trim())) html += `<p>${escapeHtml(paragraph)}</p>`;
    size += body.length;
  }
  return `${html}</body></html>`;
}

const docs = [
  { name: 'English, 20 pages', lang: 'en', pages: 20 },
  { name: 'English, 200 pages', lang: 'en', pages: 200 },
  { name: 'Chinese, 20 pages', lang: 'zh', pages: 20 },
];
const served = {};
for (const doc of docs) served[`/html/${doc.lang}-${doc.pages}.html`] = report(doc.lang, doc.pages);
const server = await serve(served);
const browser = await launch({ allowedOrigin: server.origin });
const { id } = browser.workers[0];

/** In the popup: when its PDF marks were reached (epoch ms). */
const pdfMarks = `Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, performance.timeOrigin + m.startTime]))`;

try {
  console.log(
    `\nPDF in the tab: click → first progress, and → digest painted, ms (median of ${RUNS}; headless Chromium, ${os.cpus().length} cores)\n`,
  );
  console.log(
    `${'document'.padEnd(22)}${'pages'.padStart(7)}${'size'.padStart(9)}${'progress'.padStart(10)}${'digest'.padStart(9)}${'min'.padStart(8)}${'max'.padStart(8)}`,
  );
  for (const doc of docs) {
    const printer = await openPage(browser.context, `${server.origin}/html/${doc.lang}-${doc.pages}.html`);
    const pdf = await printer.pdf({ format: 'A4', displayHeaderFooter: true, margin: { top: '60px', bottom: '60px' } });
    await printer.close();
    const pdfPath = `/pdf/${doc.lang}-${doc.pages}.pdf`;
    served[pdfPath] = { body: pdf, type: 'application/pdf' };
    const pageCount = (await pdfjs.getDocument({ data: new Uint8Array(pdf) }).promise).numPages;
    const progress = [];
    const digest = [];
    for (let run = 0; run < RUNS; run++) {
      const tab = await openPage(browser.context, server.origin + pdfPath);
      const clickedAt = await clickToolbar(browser, id, tab);
      const target = await waitForPopupTarget(browser.cdp, id);
      const popup = await attachToPopup(browser.cdp, target.targetId);
      const paintedAt = await popup.evaluate(paintTimeOf('digest-title'));
      const marks = await popup.evaluate(pdfMarks);
      progress.push(marks['popup:pdf-first-page'] - clickedAt);
      digest.push(paintedAt - clickedAt);
      await popup.detach();
      await browser.cdp.send('Target.closeTarget', { targetId: target.targetId });
      await tab.close();
    }
    const ms = (values) => String(Math.round(median(values)));
    console.log(
      `${doc.name.padEnd(22)}${String(pageCount).padStart(7)}${`${(pdf.length / 1e6).toFixed(1)} MB`.padStart(9)}${ms(progress).padStart(10)}${ms(digest).padStart(9)}${String(Math.round(Math.min(...digest))).padStart(8)}${String(Math.round(Math.max(...digest))).padStart(8)}`,
    );
  }
} finally {
  await browser.close();
  await server.close();
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
