// A history of a few hundred generated digests (articles included, English and Chinese) in the real browser:
// imported with progress shown and the buttons waiting, exported and imported back, searched keystroke by keystroke
// (never widening, never "no match" on the way, nothing searched while an input method composes), and the open
// digest's actions in reach beside a long list. The 5,000-digest numbers are `npm run bench:history`'s.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { launch, ROOT } from './harness.mjs';

const DIGESTS = 400;
const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'digest-big-')), `history-${DIGESTS}.json`);
const HAS_DEV_SETS = fs.existsSync(path.join(ROOT, '../shared/eval'));

describe('a big history', { skip: !HAS_DEV_SETS && '../shared/eval is absent' }, () => {
  let browser;
  let page;

  before(async () => {
    execFileSync('npx', ['tsx', 'scripts/make-history-export.ts', '--digests', String(DIGESTS), '--out', file], {
      cwd: ROOT,
    });
    browser = await launch();
    page = await browser.context.newPage();
    // Records, from the page's first moment, whether "no match" ever shows, and every progress an import shows with
    // whether Import waited meanwhile.
    await page.addInitScript(() => {
      window.__noMatchSeen = false;
      window.__progress = [];
      new MutationObserver(() => {
        if (document.querySelector('[data-testid="no-results"]')) window.__noMatchSeen = true;
        const progress = document.querySelector('[data-testid="import-progress"]')?.textContent;
        const importing = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Import');
        if (progress && window.__progress.at(-1)?.text !== progress)
          window.__progress.push({ text: progress, waiting: importing?.disabled });
      }).observe(document, { childList: true, subtree: true, characterData: true });
    });
    await page.goto(`chrome-extension://${browser.workers[0].id}/options.html`);
    await page.getByTestId('history-empty').waitFor();
  });

  after(async () => {
    await browser?.close();
  });

  const count = () => page.getByTestId('history-count').textContent();
  const waitForCount = (text) =>
    page
      .getByTestId('history-count')
      .filter({ hasText: new RegExp(`^${text}$`) })
      .waitFor({ timeout: 60_000 });
  const importButton = () => page.getByRole('button', { name: 'Import', exact: true });

  async function importFile(name) {
    await page.evaluate(() => (window.__progress = []));
    await page.getByTestId('import-file').setInputFiles(name);
    await page.getByTestId('toast').waitFor({ timeout: 120_000 });
    const progress = await page.evaluate(() => window.__progress);
    const saving = progress.filter((p) => /^Importing [\d,]+ of 400…$/.test(p.text));
    assert.ok(saving.length > 0, `progress shown: ${JSON.stringify(progress)}`);
    assert.ok(
      progress.every((p) => p.waiting),
      'Import waits while an import runs',
    );
    assert.equal(await page.getByTestId('import-progress').count(), 0);
    assert.equal(await importButton().isDisabled(), false);
    return page.getByTestId('toast').locator('.toast__message').textContent();
  }

  test('imports with progress, the list appearing once, whole', async () => {
    const notice = await importFile(file);
    assert.equal(notice, `Imported ${DIGESTS} digests: ${DIGESTS} added, 0 updated, 0 skipped (already up to date).`);
    await waitForCount(`${DIGESTS} digests`);
    assert.equal(await page.getByTestId('history-item').count(), 100);
    assert.equal(await page.evaluate(() => window.__noMatchSeen), false, 'never "no match" on the way');
  });

  test('exports what it imports: delete everything, import the export, the same list', async () => {
    const titles = await page.locator('.history-item__title').allTextContents();
    await page.getByText('Export', { exact: true }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('menuitem', { name: /JSON/ }).click(),
    ]);
    const exported = `${file}.export.json`;
    await download.saveAs(exported);
    await page.getByRole('button', { name: 'Delete everything…' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Delete everything' }).click();
    await page.getByTestId('history-empty').waitFor();

    assert.match(await importFile(exported), new RegExp(`^Imported ${DIGESTS} digests: ${DIGESTS} added`));
    await waitForCount(`${DIGESTS} digests`);
    assert.deepEqual(await page.locator('.history-item__title').allTextContents(), titles);
  });

  test('narrows as a word is typed, never widening and never saying "no match" on the way', async () => {
    const box = page.getByTestId('search');
    for (const query of ['government', 'company profits', '数字化转型']) {
      await box.fill('');
      await waitForCount(`${DIGESTS} digests`);
      await box.focus();
      await page.evaluate(() => (window.__noMatchSeen = false));
      const counts = [];
      for (const char of query) {
        const typed = (await box.inputValue()) + char;
        await page.keyboard.insertText(char);
        // Settled: the list answers this very query (its count no longer changes within 300 ms).
        let last;
        for (let now = await count(); now !== last; now = await count()) {
          last = now;
          await page.waitForTimeout(300);
        }
        assert.equal(await box.inputValue(), typed);
        counts.push(Number(last.match(/^[\d,]+/)[0].replaceAll(',', '')));
      }
      const words = [...query].map((c, i) => (c === ' ' ? -1 : i)).filter((i) => i > 0);
      for (const i of words)
        assert.ok(counts[i] <= counts[i - 1], `${query}: ${counts.join(' → ')} grew at “${query.slice(0, i + 1)}”`);
      assert.ok(counts.at(-1) > 0, `${query} has matches`);
      assert.equal(await page.evaluate(() => window.__noMatchSeen), false, `${query}: "no match" on the way`);
    }
  });

  test('searches nothing while an input method composes, then what it commits', async () => {
    const box = page.getByTestId('search');
    await box.fill('');
    await waitForCount(`${DIGESTS} digests`);
    await box.focus();
    const cdp = await page.context().newCDPSession(page);
    for (const text of ['s', 'sh', 'shu']) {
      await cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
    }
    assert.equal(await box.inputValue(), 'shu', 'the letters show while composing');
    await page.waitForTimeout(500);
    assert.equal(await count(), `${DIGESTS} digests`, 'nothing searched mid-composition');
    await cdp.send('Input.insertText', { text: '数' });
    assert.equal(await box.inputValue(), '数');
    await page
      .getByTestId('history-count')
      .filter({ hasText: new RegExp(`^[\\d,]+ of ${DIGESTS} digests$`) })
      .waitFor();
    assert.match(await page.locator('.history-item__title mark, .history-item__lead mark').first().textContent(), /数/);
  });

  test('the open digest’s tags and actions are in reach beside a long list', async () => {
    await page.getByTestId('search').fill('');
    await waitForCount(`${DIGESTS} digests`);
    await page.setViewportSize({ width: 1200, height: 600 });
    // A digest in full (title, key sentences, figures, tags, actions) is taller than this window.
    await page.getByTestId('history-item').nth(0).click();
    const pane = page.locator('.history__detail');
    // Scrolled past the header, a little way down a list of 100: the pane is in view whole.
    await page.evaluate(() => scrollTo(0, 400));
    const box = await pane.boundingBox();
    assert.ok(box.y >= 0 && box.y + box.height <= 600, `the pane (${box.y}–${box.y + box.height}) is in the window`);
    const del = pane.getByRole('button', { name: 'Delete' });
    await del.scrollIntoViewIfNeeded();
    assert.ok(await del.isVisible());
    assert.equal(
      await page.evaluate(() => scrollY),
      400,
      'reached by scrolling the pane, not the page to the list’s end',
    );
    await page.setViewportSize({ width: 1200, height: 800 });
  });
});
