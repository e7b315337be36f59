// What both end-to-end tiers (Chromium in tests/e2e, Firefox in tests/e2e-firefox) serve and wait with: the test
// pages, a static server on 127.0.0.1, polling.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CHINESE_PAGE = path.resolve(ROOT, '../shared/examples/zh-jdcloud-digital-infrastructure.html');
export const HAS_CHINESE_PAGE = fs.existsSync(CHINESE_PAGE);
export const CHINESE_TITLE = '京东云高礼强：数字新基建推动经济高质量发展';

/** The motivating Chinese page, to serve at /tech/jdcloud.html — none when ../shared is absent. */
export function chinesePage() {
  return HAS_CHINESE_PAGE ? { '/tech/jdcloud.html': fs.readFileSync(CHINESE_PAGE, 'utf8') } : {};
}

/** A file from tests/e2e/fixtures, as text, or as bytes with `encoding` null (a page in a legacy encoding). */
export function fixture(name, encoding = 'utf8') {
  return fs.readFileSync(path.join(ROOT, 'tests/e2e/fixtures', name), encoding);
}

/**
 * Serves `pages` ({ '/path': html | { body, type } }) on an ephemeral port. `requested` lists every path asked for,
 * so a test can tell whether something (a script that should never run) called home.
 */
export async function serve(pages) {
  const requested = [];
  const server = http.createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://x').pathname;
    requested.push(pathname);
    const page = pages[pathname];
    const { body, type } = typeof page === 'string' ? { body: page, type: 'text/html; charset=utf-8' } : (page ?? {});
    res.writeHead(body === undefined ? 404 : 200, { 'content-type': type ?? 'text/html; charset=utf-8' });
    res.end(body ?? 'Not found');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { origin, requested, close: () => new Promise((resolve) => server.close(resolve)) };
}

/** Resolves once `condition()` holds, polling; fails after `timeoutMs`. */
export async function waitFor(condition, timeoutMs = 5000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline)
      throw new Error(`condition not met in ${timeoutMs} ms: ${String(condition).slice(0, 200)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const BBC_PAGE = path.resolve(ROOT, '../shared/pages/readability/bbc-1/source.html');
export const HAS_BBC_PAGE = fs.existsSync(BBC_PAGE);
export const BBC_TITLE = "Obama admits US gun laws are his 'biggest frustration'";

/**
 * BBC's saved article (Readability's test page bbc-1), a real news page with a site search box in its header, to
 * serve at its own path — none when ../shared is absent.
 */
export function bbcPage() {
  return HAS_BBC_PAGE ? { '/news/world-us-canada-33647154': fs.readFileSync(BBC_PAGE, 'utf8') } : {};
}
