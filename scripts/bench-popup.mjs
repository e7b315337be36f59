// Click-to-digest time of the built extension in headless Chromium: from the simulated toolbar click to the digest's
// title painted in the real popup (Element Timing), median of 8 after one warm-up, beside the floor measured the same
// way in the same browser: a one-line static popup of a throwaway extension. Prints numbers; asserts nothing.
// Needs `wxt build` first (npm run bench:popup does both).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  CHINESE_PAGE,
  EXTENSION,
  attachToPopup,
  clickToolbar,
  fixture,
  launch,
  openPage,
  paintTimeOf,
  serve,
  waitForPopupTarget,
} from '../tests/e2e/harness.mjs';

const RUNS = 8;

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
};
const server = await serve(pages);
const browser = await launch({ extensions: [EXTENSION, floorExtension], allowedOrigin: server.origin });
const idByWorker = (script) => browser.workers.find(({ sw }) => sw.url().endsWith(`/${script}`)).id;
const DIGEST = idByWorker('background.js');
const FLOOR = idByWorker('floor-worker.js');

const cases = [
  { name: 'floor: static one-line popup', extensionId: FLOOR, pathname: '/floor.html', paint: 'floor' },
  { name: 'Digest: short English article', extensionId: DIGEST, pathname: '/en-short.html' },
  ...(pages['/zh.html'] ? [{ name: 'Digest: Chinese example page', extensionId: DIGEST, pathname: '/zh.html' }] : []),
  { name: 'Digest: ~10k-word English page', extensionId: DIGEST, pathname: '/en-10k.html' },
];

try {
  for (const c of cases) {
    Object.assign(c, { page: await openPage(browser.context, server.origin + c.pathname), times: [], engineMs: [] });
  }
  // Round-robin, so a slow moment of the machine doesn't land on one case only; round 0 is the warm-up. The order
  // turns each round: a popup opens faster right after one of the same extension closed, and no case should always
  // follow the same one.
  for (let round = 0; round <= RUNS; round++) {
    for (const c of [...cases.slice(round % cases.length), ...cases.slice(0, round % cases.length)]) {
      const { ms, engineMs } = await clickToDigest(c);
      if (round === 0) continue;
      c.times.push(ms);
      if (engineMs !== null) c.engineMs.push(engineMs);
    }
  }
  const floor = median(cases[0].times);
  const columns = ['median', 'min', 'max', 'over floor', 'engine'];
  const machine = `headless Chromium, ${os.cpus().length} cores`;
  console.log(`\nClick → visible in popup, ms (median of ${RUNS} after a warm-up; ${machine})\n`);
  console.log('page'.padEnd(34) + columns.map((c) => c.padStart(11)).join(''));
  for (const c of cases) {
    const m = median(c.times);
    const over = c === cases[0] ? '' : `${m >= floor ? '+' : ''}${m - floor}`;
    const engine = c.engineMs.length ? String(median(c.engineMs)) : '';
    const cells = [m, Math.min(...c.times), Math.max(...c.times), over, engine];
    console.log(c.name.padEnd(34) + cells.map((v) => String(v).padStart(11)).join(''));
  }
  console.log('\nengine = digestArticle time in the worker (Digest.stats.ms), part of the total.');
} finally {
  await browser.close();
  await server.close();
  fs.rmSync(floorExtension, { recursive: true, force: true });
}

/**
 * One toolbar click: milliseconds until the popup's `elementtiming` element painted, and for Digest the engine's
 * own time, read back from the saved digest.
 */
async function clickToDigest({ extensionId, page, paint = 'digest-title' }) {
  const clickedAt = await clickToolbar(browser, extensionId, page);
  const target = await waitForPopupTarget(browser.cdp, extensionId);
  const popup = await attachToPopup(browser.cdp, target.targetId);
  try {
    const paintedAt = await popup.evaluate(paintTimeOf(paint));
    const engineMs = extensionId === DIGEST ? await popup.evaluate(savedEngineMs(page.url())) : null;
    return { ms: Math.round(paintedAt - clickedAt), engineMs };
  } finally {
    await popup.detach();
    await browser.cdp.send('Target.closeTarget', { targetId: target.targetId });
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
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
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
  const verbs = ['expects', 'warned that', 'estimated that', 'argued that', 'confirmed that', 'reported that', 'found that'];
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
  const tails = ['', ' according to officials', ' despite the delays', ' in the coming decade', ' after months of debate'];
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
