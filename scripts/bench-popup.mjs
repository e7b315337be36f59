// Click-to-digest time of the built extension in headless Chromium: from the simulated toolbar click to the digest's
// title painted in the real popup (Element Timing), median of 8 after one warm-up, beside the floor measured the same
// way in the same browser: a one-line static popup of a throwaway extension. Then the trace: when each point of the
// path was reached (the User Timing marks of utils/runtime/trace.ts in the popup, the worker and the page, plus the popup's
// navigation start and first paint), as the median time after the click, so a change shows where its milliseconds
// went. Two first clicks are measured beside the warm ones: a cold worker (stopped over CDP before each click, as
// Chrome stops an idle one) and real saved news pages (the Readability corpus's largest, each freshly opened, with
// the time Readability took inside the page). Prints numbers; asserts nothing.
// Needs `wxt build` first (npm run bench:popup does both).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  attachToPopup,
  CHINESE_PAGE,
  clickToolbar,
  EXTENSION,
  fixture,
  launch,
  openPage,
  paintTimeOf,
  ROOT,
  serve,
  stopServiceWorker,
  waitFor,
  waitForPopupTarget,
} from '../tests/e2e/harness.mjs';

const RUNS = 8;
/** Clicks on each real page, each on the page freshly opened in a tab of its own. */
const REAL_RUNS = 3;
const READABILITY_PAGES = path.resolve(ROOT, '../shared/pages/readability');
/**
 * The corpus's ten largest news-like pages (front pages left out: there is no article to digest), English and
 * Chinese, from 1.3 MB down to 0.3 MB of HTML.
 */
const REAL_PAGES = [
  ...['yahoo-3', 'yahoo-1', 'guardian-1', 'wikipedia-2', 'breitbart'],
  ...['nytimes-4', 'msn', 'nytimes-3', 'youth', 'qq'],
];

/** In the popup: its marks once the save settled (or 10 s passed), with its navigation start and first paint. */
const popupTrace = `new Promise((resolve) => {
  const started = Date.now();
  const done = () => {
    if (!performance.getEntriesByName('popup:saved').length && Date.now() - started < 10000) return setTimeout(done, 5);
    const epoch = (entry) => performance.timeOrigin + entry.startTime;
    const paint = performance.getEntriesByName('first-paint')[0];
    const marks = new Map([['popup:opened', performance.timeOrigin], ...(paint ? [['popup:first-paint', epoch(paint)]] : [])]);
    for (const mark of performance.getEntriesByType('mark')) if (!marks.has(mark.name)) marks.set(mark.name, epoch(mark));
    resolve([...marks]);
  };
  done();
})`;

if (!fs.existsSync(path.join(EXTENSION, 'manifest.json'))) {
  console.error(`No build at ${EXTENSION}; run \`npx wxt build\` first.`);
  process.exit(1);
}

const floorExtension = writeFloorExtension();
const pages = {
  '/floor.html': '<!doctype html><title>Floor</title><p>Floor</p>',
  '/en-10k.html': longEnglishPage(10_000),
  ...(fs.existsSync(CHINESE_PAGE) ? { '/zh.html': fs.readFileSync(CHINESE_PAGE, 'utf8') } : {}),
  '/en-short.html': fixture('english-article.html'),
  // The same page at another address, so its tab is told apart from the warm case's.
  '/en-short-cold.html': fixture('english-article.html'),
};
const realPageFile = (name) => path.join(READABILITY_PAGES, name, 'source.html');
const realPages = REAL_PAGES.filter((name) => fs.existsSync(realPageFile(name)));
for (const name of realPages) pages[`/real/${name}.html`] = fs.readFileSync(realPageFile(name), 'utf8');
const server = await serve(pages);
const browser = await launch({ extensions: [EXTENSION, floorExtension], allowedOrigin: server.origin });
const idByWorker = (script) => browser.workers.find(({ sw }) => sw.url().endsWith(`/${script}`)).id;
const DIGEST = idByWorker('background.js');
const FLOOR = idByWorker('floor-worker.js');
const isDigestWorker = (t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${DIGEST}/`);

const cases = [
  { name: 'floor: static one-line popup', extensionId: FLOOR, pathname: '/floor.html', paint: 'floor' },
  { name: 'Digest: short English article', extensionId: DIGEST, pathname: '/en-short.html' },
  ...(pages['/zh.html'] ? [{ name: 'Digest: Chinese example page', extensionId: DIGEST, pathname: '/zh.html' }] : []),
  { name: 'Digest: ~10k-word English page', extensionId: DIGEST, pathname: '/en-10k.html' },
  { name: 'Digest: cold worker, short English', extensionId: DIGEST, pathname: '/en-short-cold.html', cold: true },
];

try {
  for (const c of cases) {
    const page = await openPage(browser.context, server.origin + c.pathname);
    Object.assign(c, { page, times: [], engineMs: [], traces: [] });
  }
  // Round-robin, so a slow moment of the machine doesn't land on one case only; round 0 is the warm-up. The order
  // turns each round: a popup opens faster right after one of the same extension closed, and no case should always
  // follow the same one.
  for (let round = 0; round <= RUNS; round++) {
    for (const c of [...cases.slice(round % cases.length), ...cases.slice(0, round % cases.length)]) {
      const { ms, engineMs, trace } = await clickToDigest(c);
      if (round === 0) continue;
      c.times.push(ms);
      if (engineMs !== null) c.engineMs.push(engineMs);
      if (trace) c.traces.push(trace);
    }
  }
  const floor = median(cases[0].times);
  const columns = ['median', 'min', 'max', 'over floor', 'engine'];
  const machine = `headless Chromium, ${os.cpus().length} cores`;
  console.log(`\nClick → visible in popup, ms (median of ${RUNS} after a warm-up; ${machine})\n`);
  console.log('page'.padEnd(34) + columns.map((c) => c.padStart(11)).join(''));
  for (const c of cases) {
    const m = median(c.times);
    const over = c === cases[0] ? '' : overFloor(m, floor);
    const engine = c.engineMs.length ? String(median(c.engineMs)) : '';
    const cells = [m, Math.min(...c.times), Math.max(...c.times), over, engine];
    console.log(c.name.padEnd(34) + cells.map((v) => String(v).padStart(11)).join(''));
  }
  console.log('\nengine = digestArticle time in the worker (Digest.stats.ms), part of the total.');
  console.log("cold worker = the worker stopped over CDP before each click; the popup's message starts a new one.");
  printTrace(cases.filter((c) => c.traces.length));
  if (realPages.length) await benchRealPages(floor);
} finally {
  await browser.close();
  await server.close();
  fs.rmSync(floorExtension, { recursive: true, force: true });
}

/**
 * One toolbar click: milliseconds until the popup's `elementtiming` element painted, and for Digest the engine's
 * own time, read back from the saved digest.
 */
async function clickToDigest({ extensionId, page, paint = 'digest-title', cold = false }) {
  const traced = extensionId === DIGEST;
  if (cold) await stopDigestWorker();
  else if (traced) await inDigestWorker(`(${clearMarks})()`);
  if (traced) await page.evaluate(clearMarks);
  const clickedAt = await clickToolbar(browser, extensionId, page);
  const target = await waitForPopupTarget(browser.cdp, extensionId);
  const popup = await attachToPopup(browser.cdp, target.targetId);
  try {
    const paintedAt = await popup.evaluate(paintTimeOf(paint));
    if (!traced) return { ms: Math.round(paintedAt - clickedAt), engineMs: null };
    // The save may settle after the digest is painted; its mark is part of the trace, and the engine time is read
    // from the saved digest.
    const popupMarks = await popup.evaluate(popupTrace);
    const engineMs = await popup.evaluate(savedEngineMs(page.url()));
    const marks = [
      ...popupMarks,
      // A cold worker's own start (its time origin) is a point of the path; a warm one started long before.
      ...(cold ? [['worker:origin', await inDigestWorker('performance.timeOrigin')]] : []),
      ...(await inDigestWorker(`(${marksOf})()`)),
      ...(await page.evaluate(marksOf)),
      ['digest painted', paintedAt],
    ];
    const trace = Object.fromEntries(marks.map(([name, at]) => [name, at - clickedAt]));
    return { ms: Math.round(paintedAt - clickedAt), engineMs, trace };
  } finally {
    await popup.detach();
    await browser.cdp.send('Target.closeTarget', { targetId: target.targetId });
  }
}

/** Stops Digest's worker as Chrome stops an idle one, and waits until it is gone. */
async function stopDigestWorker() {
  await stopServiceWorker(browser.cdp, DIGEST);
  await waitFor(async () => !(await browser.cdp.send('Target.getTargets')).targetInfos.some(isDigestWorker));
}

/**
 * Evaluates `expression` in Digest's running worker, over CDP: Playwright keeps no handle on a worker that Chrome
 * started again after a stop.
 */
async function inDigestWorker(expression) {
  const { targetInfos } = await browser.cdp.send('Target.getTargets');
  const worker = await attachToPopup(browser.cdp, targetInfos.find(isDigestWorker).targetId);
  try {
    return await worker.evaluate(expression);
  } finally {
    await worker.detach();
  }
}

/**
 * The first click on each real page, freshly opened (the worker as the last click left it): the median over all
 * clicks beside the floor, each page's median, and the time Readability took inside the page.
 */
async function benchRealPages(floor) {
  const rows = [];
  for (const name of realPages) {
    const row = { name, times: [], extractMs: [], engineMs: [], traces: [] };
    for (let run = 0; run < REAL_RUNS; run++) {
      const page = await openPage(browser.context, `${server.origin}/real/${name}.html`);
      try {
        const { ms, engineMs, trace } = await clickToDigest({ extensionId: DIGEST, page });
        row.times.push(ms);
        if (engineMs !== null && !Number.isNaN(engineMs)) row.engineMs.push(engineMs);
        row.extractMs.push(trace['page:extract-end'] - trace['page:extract-start']);
        row.traces.push(trace);
      } finally {
        await page.close();
      }
    }
    rows.push(row);
  }
  const all = rows.flatMap((r) => r.times);
  const kb = (name) => Math.round(fs.statSync(realPageFile(name)).size / 1024);
  console.log(`\nFirst click on real pages, freshly opened (${REAL_RUNS} each; ms)\n`);
  const columns = ['HTML KB', 'median', 'min', 'max', 'over floor', 'readability', 'engine'];
  console.log('page'.padEnd(16) + columns.map((c) => c.padStart(12)).join(''));
  const line = (name, cells) => console.log(name.padEnd(16) + cells.map((v) => String(v).padStart(12)).join(''));
  const spread = (times) => [median(times), Math.min(...times), Math.max(...times), overFloor(median(times), floor)];
  for (const r of rows) {
    const engine = r.engineMs.length ? median(r.engineMs) : '';
    line(r.name, [kb(r.name), ...spread(r.times), Math.round(median(r.extractMs)), engine]);
  }
  line('all clicks', ['', ...spread(all)]);
  console.log("\nreadability = page:extract-start → page:extract-end, the extraction script's time in the page.");
  printTrace([{ name: 'real pages (all)', traces: rows.flatMap((r) => r.traces) }]);
}

function clearMarks() {
  performance.clearMarks();
}

/** A context's marks as [name, epoch ms]; the first of a name counts (the worker marks every reply it sends). */
function marksOf() {
  const seen = new Map();
  for (const mark of performance.getEntriesByType('mark')) {
    if (!seen.has(mark.name)) seen.set(mark.name, performance.timeOrigin + mark.startTime);
  }
  return [...seen];
}

/**
 * Each point's median time after the click, in the order reached, and the step from the point before. The worker's
 * and the page's clocks are their own monotonic ones turned into epoch time, as the popup's are: alike to a
 * millisecond or so.
 */
function printTrace(traced) {
  const names = [...new Set(traced.flatMap((c) => c.traces.flatMap(Object.keys)))];
  const at = (c, name) => {
    const values = c.traces.map((t) => t[name]).filter((v) => v !== undefined);
    return values.length ? median(values) : undefined;
  };
  const order = (name) => at(traced[0], name) ?? Infinity;
  names.sort((a, b) => order(a) - order(b));
  console.log('\nTrace: median ms after the click (at), and since the row before (step)\n');
  console.log(
    'point'.padEnd(22) + traced.map((c) => c.name.replace('Digest: ', '').slice(0, 21).padStart(23)).join(''),
  );
  console.log(''.padEnd(22) + traced.map(() => 'at'.padStart(11) + 'step'.padStart(12)).join(''));
  const previous = new Map();
  for (const name of names) {
    const cells = traced.map((c) => {
      const t = at(c, name);
      if (t === undefined) return ''.padStart(23);
      const step = previous.has(c) ? t - previous.get(c) : t;
      previous.set(c, t);
      return String(Math.round(t)).padStart(11) + `${step >= 0 ? '+' : ''}${Math.round(step)}`.padStart(12);
    });
    console.log(name.padEnd(22) + cells.join(''));
  }
}

/** In the popup (the extension's origin): the engine time stored with the digest of `url`. */
function savedEngineMs(url) {
  return `new Promise((resolve, reject) => {
    const open = indexedDB.open('digest');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const get = open.result.transaction('digests').objectStore('digests').index('url').get(${JSON.stringify(url)});
      get.onsuccess = () => { resolve(Math.round(get.result?.stats.ms ?? NaN)); open.result.close(); };
      get.onerror = () => reject(get.error);
    };
  })`;
}

/** A median beside the floor's, signed: `+32`, `-4`. */
function overFloor(value, floor) {
  return `${value >= floor ? '+' : ''}${value - floor}`;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function writeFloorExtension() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'digest-floor-'));
  fs.writeFileSync(
    path.join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'Popup floor',
      version: '1.0',
      action: { default_popup: 'popup.html' },
      background: { service_worker: 'floor-worker.js' },
    }),
  );
  fs.writeFileSync(path.join(dir, 'floor-worker.js'), '');
  const popup = '<!doctype html><meta charset="utf-8"><p elementtiming="floor">Digest</p>';
  fs.writeFileSync(path.join(dir, 'popup.html'), popup);
  return dir;
}

/** A plausible news-like page of about `words` words: varied sentences in paragraphs under a few headings. */
function longEnglishPage(words) {
  let seed = 42;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const pick = (list) => list[Math.floor(random() * list.length)];
  const subjects = [
    'The council',
    'Residents',
    'The harbour authority',
    'Engineers',
    'The finance director',
    'Local businesses',
    'The mayor',
    'Critics',
    'A new report',
    'Transport planners',
  ];
  const verbs = [
    'expects',
    'warned that',
    'estimated that',
    'argued that',
    'confirmed that',
    'reported that',
    'found that',
  ];
  const objects = [
    `construction costs rose ${'$'}NUM million over the year`,
    'the new flood wall would protect NUM homes',
    'rents in the district increased by NUM% since the last survey',
    'the heat pump could cover NUM% of winter demand',
    'NUM jobs would be created during construction',
    'the ferry service carried NUM passengers last summer',
    'the school would open with NUM places',
    'solar panels would supply NUM megawatt hours a year',
  ];
  const tails = [
    '',
    ' according to officials',
    ' despite the delays',
    ' in the coming decade',
    ' after months of debate',
  ];
  const figure = () => String(Math.floor(random() * 900) + 10);
  const sentence = () => `${pick(subjects)} ${pick(verbs)} ${pick(objects).replace('NUM', figure())}${pick(tails)}.`;
  const body = [];
  let count = 0;
  for (let section = 1; count < words; section++) {
    body.push(`<h2>Part ${section} of the harbour plan</h2>`);
    for (let p = 0; p < 6 && count < words; p++) {
      const text = Array.from({ length: 5 }, sentence).join(' ');
      count += text.split(/\s+/).length;
      body.push(`<p>${text}</p>`);
    }
  }
  const title = 'The harbour plan, in full';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head>
<body><article><h1>${title}</h1>${body.join('\n')}</article></body></html>`;
}
