// The history page with a big history, in headless Chromium with real IndexedDB: imports a generated export of N
// digests through the page (as a reader would), then measures what the reader notices — the import's time and
// progress, the main thread's long tasks meanwhile, first paint of the list, each search keystroke from its input
// event to the list's last change, the export, and the database's size. Prints numbers; asserts nothing.
// Needs `wxt build` first (npm run bench:history does both).
//   node scripts/bench-history.mjs [--digests 5000] [--skip-search]
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { EXTENSION, launch, ROOT } from '../tests/e2e/harness.mjs';

const { values } = parseArgs({
  options: {
    digests: { type: 'string', default: '5000' },
    'skip-search': { type: 'boolean', default: false },
    extension: { type: 'string', default: EXTENSION },
  },
});
const TOTAL = Number(values.digests);
const extension = path.resolve(values.extension);
if (!fs.existsSync(path.join(extension, 'manifest.json'))) {
  console.error(`No build at ${extension}; run \`npx wxt build\` first.`);
  process.exit(1);
}

// What a reader types, keystroke by keystroke (the issue's queries).
const QUERIES = ['summary', 'government', 'company profits', '数字化转型', '京东云', '数字经济', '算力'];
const PAINT_RUNS = 7;

const exportFile = path.join(os.tmpdir(), `digest-history-${TOTAL}.json`);
if (!fs.existsSync(exportFile)) {
  execFileSync('npx', ['tsx', 'scripts/make-history-export.ts', '--digests', String(TOTAL), '--out', exportFile], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (!fs.existsSync(exportFile)) process.exit(0);
}
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const percentile = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];
const ms = (x) => `${Math.round(x)} ms`;

/**
 * Installed in the history page before it loads: when each watched element first appears (ms since navigation),
 * the main thread's long tasks, and the list's changes (time of the last one, whether "no match" ever showed).
 */
function observePage() {
  const seen = {};
  const longTasks = [];
  const changes = { last: 0, noMatchSeen: false };
  window.__inputAt = 0;
  Object.assign(window, { __bench: { seen, longTasks, changes } });
  new PerformanceObserver((list) => longTasks.push(...list.getEntries().map((e) => e.duration))).observe({
    type: 'longtask',
  });
  const watched = { item: '[data-testid="history-item"]', empty: '[data-testid="history-empty"]' };
  new MutationObserver((records) => {
    for (const [name, selector] of Object.entries(watched)) {
      if (seen[name] === undefined && document.querySelector(selector)) seen[name] = performance.now();
    }
    if (
      records.some((r) =>
        (r.target instanceof Element ? r.target : r.target.parentElement)?.closest(
          '.history__list, [data-testid="history-count"]',
        ),
      )
    ) {
      changes.last = performance.now();
      if (document.querySelector('[data-testid="no-results"]')) changes.noMatchSeen = true;
    }
  }).observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
}

async function firstPaint(context, url, name) {
  const page = await context.newPage();
  await page.addInitScript(observePage);
  const times = [];
  for (let run = 0; run <= PAINT_RUNS; run++) {
    await page.goto(url);
    await page.waitForFunction((n) => window.__bench.seen[n] !== undefined, name, { timeout: 60_000 });
    if (run > 0) times.push(await page.evaluate((n) => window.__bench.seen[n], name));
  }
  await page.close();
  return times;
}

const browser = await launch({ extensions: [extension] });
const url = `chrome-extension://${browser.workers[0].id}/options.html`;
const results = [];
const report = (label, value) => {
  results.push([label, value]);
  console.log(`${label.padEnd(44)} ${value}`);
};
try {
  console.log(
    `history of ${TOTAL.toLocaleString('en')} generated digests (${mb(fs.statSync(exportFile).size)} export), ${extension}\n`,
  );
  const emptyPaint = median(await firstPaint(browser.context, url, 'empty'));
  report('first paint, empty history (median)', ms(emptyPaint));

  // Import through the page, sampling what the reader sees every 250 ms.
  const page = await browser.context.newPage();
  await page.addInitScript(observePage);
  await page.goto(url);
  await page.getByTestId('history-empty').waitFor();
  const started = Date.now();
  await page.getByTestId('import-file').setInputFiles(exportFile);
  const samples = [];
  const done = new RegExp(`^${TOTAL.toLocaleString('en')} digests$|^${TOTAL} digests$`);
  for (;;) {
    const sample = await page.evaluate(() => ({
      count: document.querySelector('[data-testid="history-count"]')?.textContent ?? '',
      progress: document.querySelector('[data-testid="import-progress"]')?.textContent ?? '',
      importDisabled:
        [...document.querySelectorAll('button')].find((b) => /^Import/.test(b.textContent ?? ''))?.disabled ?? null,
      toast: document.querySelector('[data-testid="toast"]')?.textContent ?? '',
      items: document.querySelectorAll('[data-testid="history-item"]').length,
    }));
    samples.push({ at: Date.now() - started, ...sample });
    if (done.test(sample.count) && sample.items > 0 && sample.toast) break;
    if (/can’t be imported|failed/i.test(sample.toast)) break;
    if (Date.now() - started > 900_000) break;
    await page.waitForTimeout(250);
  }
  const importMs = Date.now() - started;
  const last = samples.at(-1);
  report('import: time to the full list', `${(importMs / 1000).toFixed(1)} s`);
  report('import: notice', JSON.stringify(last.toast));
  const busy = samples.slice(0, -1);
  const shown = busy.filter((s) => s.progress).length;
  report(
    'import: samples showing progress',
    `${shown} of ${busy.length} (e.g. ${JSON.stringify(busy.findLast((s) => s.progress)?.progress ?? '')})`,
  );
  report('import: samples with Import disabled', `${busy.filter((s) => s.importDisabled).length} of ${busy.length}`);
  const tasks = await page.evaluate(() => window.__bench.longTasks);
  report(
    'import: main-thread long tasks',
    `${tasks.length}, ${ms(tasks.reduce((a, b) => a + b, 0))} in all, longest ${ms(Math.max(0, ...tasks))}`,
  );
  report('import: "no match" shown on the way', String(await page.evaluate(() => window.__bench.changes.noMatchSeen)));

  const usage = await page.evaluate(async () => (await navigator.storage.estimate()).usage);
  report(
    'storage used (navigator.storage.estimate)',
    `${mb(usage)} (${(usage / fs.statSync(exportFile).size).toFixed(2)}× the export)`,
  );

  // Export, as the reader does it.
  const exportStarted = Date.now();
  await page.getByText('Export', { exact: true }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 600_000 }),
    page.getByRole('menuitem', { name: /JSON/ }).click(),
  ]);
  const exported = path.join(os.tmpdir(), `digest-bench-export-${process.pid}.json`);
  await download.saveAs(exported);
  report(
    'export: time to the file',
    `${((Date.now() - exportStarted) / 1000).toFixed(1)} s, ${mb(fs.statSync(exported).size)}`,
  );
  fs.rmSync(exported);
  await page.close();

  const paints = await firstPaint(browser.context, url, 'item');
  report(
    `first list item, ${TOTAL.toLocaleString('en')} digests (median)`,
    `${ms(median(paints))} (empty + ${ms(median(paints) - emptyPaint)})`,
  );

  if (!values['skip-search']) await benchSearch();
} finally {
  await browser.close();
  fs.rmSync(browser.profile, { recursive: true, force: true });
}

/**
 * Each query typed a character at a time; per keystroke, from its input event to the list's last change (0 when the
 * list did not change), and the count shown once the page is quiet: results must never grow, nor say "no match" on
 * the way to a query that has matches.
 */
async function benchSearch() {
  const page = await browser.context.newPage();
  await page.addInitScript(observePage);
  await page.goto(url);
  await page.getByTestId('history-item').first().waitFor({ timeout: 60_000 });
  const box = page.getByTestId('search');
  await page.evaluate(() => {
    document
      .querySelector('[data-testid="search"]')
      .addEventListener('input', () => (window.__inputAt = performance.now()), true);
  });
  const quiet = () =>
    page.waitForFunction(
      () => performance.now() - Math.max(window.__bench.changes.last, window.__inputAt) > 400,
      null,
      { polling: 50, timeout: 30_000 },
    );
  const all = [];
  console.log("\nsearch, per keystroke (input event → the list's last change)");
  for (const query of QUERIES) {
    await box.fill('');
    await quiet();
    await box.focus();
    const row = [];
    const counts = [];
    let flashes = 0;
    for (const char of query) {
      await page.evaluate(() => Object.assign(window.__bench.changes, { noMatchSeen: false }));
      await page.keyboard.insertText(char);
      await quiet();
      const { latency, count, noMatch, noMatchNow } = await page.evaluate(() => ({
        latency: Math.max(0, window.__bench.changes.last - window.__inputAt),
        count: document.querySelector('[data-testid="history-count"]')?.textContent ?? '',
        noMatch: window.__bench.changes.noMatchSeen,
        noMatchNow: !!document.querySelector('[data-testid="no-results"]'),
      }));
      row.push(latency);
      counts.push(count.match(/^[\d,]+/)?.[0]?.replaceAll(',', '') ?? '?');
      if (noMatch && !noMatchNow) flashes++;
    }
    all.push(...row);
    const final = Number(counts.at(-1));
    const grew = counts.some((c, i) => i > 0 && Number(c) > Number(counts[i - 1]) && query[i] !== ' ');
    const falseNoMatch = final > 0 ? counts.filter((c) => c === '0').length : 0;
    console.log(
      `${JSON.stringify(query).padEnd(18)} ms ${row.map((x) => String(Math.round(x)).padStart(4)).join('')}\n` +
        `${''.padEnd(18)} n  ${counts.map((c) => c.padStart(5)).join('')}${grew ? '  (grew)' : ''}` +
        `${falseNoMatch ? `  (${falseNoMatch}× no match on the way)` : ''}${flashes ? `  (${flashes}× flashed no match)` : ''}`,
    );
  }
  report(
    `\nsearch: ${all.length} keystrokes`,
    `median ${ms(median(all))}, p95 ${ms(percentile(all, 0.95))}, max ${ms(Math.max(...all))}`,
  );
  // A keystroke that leaves the list as it was counts 0 above; these are the ones the reader saw answered.
  const changed = all.filter((x) => x > 0);
  report(
    `search: the ${changed.length} that changed the list`,
    `median ${ms(median(changed))}, p95 ${ms(percentile(changed, 0.95))}`,
  );
  await page.close();
}
