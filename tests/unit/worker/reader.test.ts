import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getArticle, getDigest, saveDigest } from '@/utils/db/history';
import { DigestDatabase } from '@/utils/db/schema';
import { digestArticle } from '@/utils/digest';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings/settings';
import { createHandlers } from '@/utils/worker/handlers';
import { NO_SELECTION } from '@/utils/worker/popup-protocol';
import { digestSelection, discardUnlessKept, withReaderSettings } from '@/utils/worker/reader';
import { articleAt, articleExtracted, englishArticle } from '../fixtures/articles';

let db: DigestDatabase;
beforeEach(() => {
  fakeBrowser.reset();
  db = new DigestDatabase(`reader-test-${crypto.randomUUID()}`);
});

const SELECTION = [
  'The park will cost $48 million and cover 12 hectares, making it the largest new green space in the city since 1974.',
  'Construction is expected to begin next spring and to take about three years.',
  'Supporters said the park would bring shade, flood protection and a safe cycling route to a neighbourhood that has none.',
].join('\n');

describe('the reader’s settings in the worker', () => {
  const handlers = (settings: Partial<Settings>) =>
    withReaderSettings(
      createHandlers({ db, extract: async () => articleExtracted, tabUrl: async () => englishArticle.url }),
      async () => ({ ...DEFAULT_SETTINGS, ...settings }),
    );

  it('start a digest at the chosen length', async () => {
    const reply = await handlers({ summaryLength: 5 }).digestTab({ tabId: 1, mode: 'article' });
    expect(reply.ok && reply.digest.sentences.length).toBe(5);
  });

  it('leave the length to the engine on “automatic”', async () => {
    const reply = await handlers({}).digestTab({ tabId: 1, mode: 'article' });
    expect(reply.ok && reply.digest.sentences.length).toBe(digestArticle(englishArticle).sentences.length);
  });

  it('never ask for more sentences than the article has', async () => {
    const reply = await handlers({ summaryLength: 20 }).digestTab({ tabId: 1, mode: 'article' });
    expect(reply.ok && reply.digest.sentences.length).toBe(reply.ok && reply.digest.stats.candidates);
  });
});

describe('“Digest selected text”', () => {
  it('digests only the selection, under a link to the passage and the page title without the site name', async () => {
    const reply = await digestSelection(db, {
      text: SELECTION,
      url: 'https://news.example.com/riverside-park',
      title: 'City council approves new riverside park | Example News',
    });
    expect(reply.ok).toBe(true);
    if (!reply.ok) return;
    expect(reply.digest.title).toBe('City council approves new riverside park');
    expect(reply.digest.url).toMatch(/^https:\/\/news\.example\.com\/riverside-park#:~:text=\S+$/);
    for (const sentence of reply.digest.sentences) expect(SELECTION).toContain(sentence.text);
    expect(await getDigest(db, reply.digest.id)).toBeDefined();
  });

  it('sits beside the page’s own digest instead of replacing it', async () => {
    const page = 'https://news.example.com/riverside-park';
    const own = await saveDigest(db, digestArticle(articleAt(page, 'Riverside park')), articleAt(page, 'Riverside park'));
    const reply = await digestSelection(db, { text: SELECTION, url: page });
    expect(reply.ok && reply.digest.id).not.toBe(own.id);
    expect(await getDigest(db, own.id)).toEqual(own);
    expect(await getArticle(db, own.id)).toEqual(articleAt(page, 'Riverside park'));
  });

  it('refuses a tab that is not a web page', async () => {
    for (const url of ['', 'chrome://settings/', 'about:blank']) {
      expect(await digestSelection(db, { text: SELECTION, url })).toMatchObject({ ok: false, failure: { reason: 'restricted' } });
    }
  });

  it('says what to do when nothing is selected', async () => {
    const reply = await digestSelection(db, { text: '  \n ', url: 'https://example.com/' });
    expect(reply).toEqual({ ok: false, failure: { reason: 'no-article', message: NO_SELECTION } });
  });
});

describe('auto-save off', () => {
  it('removes a digest the popup made and the reader didn’t keep', async () => {
    const since = Date.now() - 1;
    const saved = await saveDigest(db, digestArticle(englishArticle), englishArticle);
    await discardUnlessKept(db, { digestId: saved.id, kept: false, since });
    expect(await getDigest(db, saved.id)).toBeUndefined();
  });

  it('keeps it after “Save”, and keeps a page that was in the history before the popup opened', async () => {
    const earlier = await saveDigest(db, digestArticle(englishArticle), englishArticle, Date.now() - 60_000);
    const since = Date.now();
    const again = await saveDigest(db, digestArticle(englishArticle), englishArticle);
    expect(again.id).toBe(earlier.id);
    await discardUnlessKept(db, { digestId: again.id, kept: false, since });
    expect(await getDigest(db, again.id)).toBeDefined();

    const other = await saveDigest(db, digestArticle({ ...englishArticle, url: 'https://example.com/b' }), englishArticle);
    await discardUnlessKept(db, { digestId: other.id, kept: true, since });
    expect(await getDigest(db, other.id)).toBeDefined();
  });
});
