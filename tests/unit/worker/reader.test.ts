import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { digestArticle } from '@/utils/engine/digest';
import { updateSettings } from '@/utils/runtime/settings/settings';
import { selectionArticle } from '@/utils/runtime/sources/selection';
import { sessionDrafts } from '@/utils/runtime/worker/drafts';
import { createHandlers, type ReaderChoices } from '@/utils/runtime/worker/handlers';
import { keepRead, readerChoices } from '@/utils/runtime/worker/reader';
import { DigestDatabase } from '@/utils/store/db/database';
import { getArticle, getDigest, saveDigest } from '@/utils/store/db/history';
import { articleAt, articleExtracted, englishArticle } from '../fixtures/articles';
import { snapshot } from '../fixtures/history';
import { draftOf, savedDigestOf } from '../helpers/worker';

let db: DigestDatabase;
beforeEach(() => {
  fakeBrowser.reset();
  db = new DigestDatabase(`reader-test-${crypto.randomUUID()}`);
});

const AUTO_SAVE: ReaderChoices = { autoSave: true };
const keeping = () => ({ db, drafts: sessionDrafts() });

const SELECTION = [
  'The park will cost $48 million and cover 12 hectares, making it the largest new green space in the city since 1974.',
  'Construction is expected to begin next spring and to take about three years.',
  'Supporters said the park would bring shade, flood protection and a safe cycling route to a neighbourhood that has none.',
].join('\n');

describe('the reader’s settings in the worker', () => {
  const handlers = (choices: ReaderChoices) =>
    createHandlers({
      db,
      extract: async () => articleExtracted,
      tabUrl: async () => englishArticle.url,
      choices: async () => choices,
    });

  it('are read from the settings: the length (none on “automatic”) and auto-save', async () => {
    expect(await readerChoices()).toEqual({ sentences: undefined, autoSave: true });
    await updateSettings({ summaryLength: 5, autoSave: false });
    expect(await readerChoices()).toEqual({ sentences: 5, autoSave: false });
  });

  it('start a digest at the chosen length', async () => {
    const reply = await handlers({ sentences: 5, autoSave: true }).digestTab({ tabId: 1, mode: 'article' });
    expect(savedDigestOf(reply).sentences).toHaveLength(5);
  });

  it('leave the length to the engine on “automatic”', async () => {
    const reply = await handlers(AUTO_SAVE).digestTab({ tabId: 1, mode: 'article' });
    expect(savedDigestOf(reply).sentences).toHaveLength(digestArticle(englishArticle).sentences.length);
  });

  it('never ask for more sentences than the article has', async () => {
    const digest = savedDigestOf(
      await handlers({ sentences: 20, autoSave: true }).digestTab({ tabId: 1, mode: 'article' }),
    );
    expect(digest.sentences).toHaveLength(digest.stats.candidates);
  });

  it('with auto-save off, hold the digest at the chosen length as a draft, and save nothing', async () => {
    const reply = await handlers({ sentences: 4, autoSave: false }).digestTab({ tabId: 1, mode: 'article' });
    draftOf(reply);
    expect(reply.ok && reply.digest.sentences).toHaveLength(4);
    expect(await db.digests.count()).toBe(0);
  });
});

/** A selection as the context menu's item digests it: read by its source, then kept like any digest. */
const digestSelection = (
  keeping: Parameters<typeof keepRead>[0],
  selection: Parameters<typeof selectionArticle>[0],
  choices: ReaderChoices,
) => keepRead(keeping, selectionArticle(selection), choices, 'noSelection');

describe('“Digest selected text”', () => {
  it('digests only the selection, under a link to the passage and the page title without the site name', async () => {
    const reply = await digestSelection(
      keeping(),
      {
        text: SELECTION,
        url: 'https://news.example.com/riverside-park',
        title: 'City council approves new riverside park | Example News',
      },
      AUTO_SAVE,
    );
    const digest = savedDigestOf(reply);
    expect(digest.title).toBe('City council approves new riverside park');
    expect(digest.url).toMatch(/^https:\/\/news\.example\.com\/riverside-park#:~:text=\S+$/);
    for (const sentence of digest.sentences) expect(SELECTION).toContain(sentence.text);
    expect(await getDigest(db, digest.id)).toEqual(digest);
  });

  it('sits beside the page’s own digest instead of replacing it', async () => {
    const page = 'https://news.example.com/riverside-park';
    const own = await saveDigest(
      db,
      digestArticle(articleAt(page, 'Riverside park')),
      articleAt(page, 'Riverside park'),
    );
    const reply = await digestSelection(keeping(), { text: SELECTION, url: page }, AUTO_SAVE);
    expect(savedDigestOf(reply).id).not.toBe(own.id);
    expect(await getDigest(db, own.id)).toEqual(own);
    expect(await getArticle(db, own.id)).toEqual(articleAt(page, 'Riverside park'));
  });

  it('refuses a tab that is not a web page', async () => {
    for (const url of ['', 'chrome://settings/', 'about:blank']) {
      const reply = await digestSelection(keeping(), { text: SELECTION, url }, AUTO_SAVE);
      expect(reply).toMatchObject({ ok: false, failure: { reason: 'restricted' } });
    }
  });

  it('says what to do when nothing is selected', async () => {
    const reply = await digestSelection(keeping(), { text: '  \n ', url: 'https://example.com/' }, AUTO_SAVE);
    expect(reply).toEqual({ ok: false, failure: { reason: 'no-article', key: 'noSelection' } });
  });

  it('with auto-save off, is a draft the popup can save, and the history is left as it was', async () => {
    const page = 'https://news.example.com/riverside-park';
    await saveDigest(db, digestArticle(articleAt(page, 'Riverside park')), articleAt(page, 'Riverside park'));
    const before = await snapshot(db);
    const drafts = sessionDrafts();
    const reply = await digestSelection({ db, drafts }, { text: SELECTION, url: page }, { autoSave: false });
    const draft = await drafts.get(draftOf(reply));
    expect(draft?.article.blocks.map((b) => b.text).join('\n')).toBe(SELECTION);
    expect(await snapshot(db)).toEqual(before);
  });
});
