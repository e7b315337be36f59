import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { digestArticle } from '@/utils/engine/digest';
import { articleFromText } from '@/utils/engine/extract/text';
import { sendMessage } from '@/utils/runtime/messages';
import { updateSettings } from '@/utils/runtime/settings/settings';
import { sessionDrafts } from '@/utils/runtime/worker/drafts';
import { createHandlers } from '@/utils/runtime/worker/handlers';
import { DigestDatabase } from '@/utils/store/db/database';
import { listDigests } from '@/utils/store/db/history';
import { addTags } from '@/utils/store/db/tags';
import { faultyWrites } from '../db/faults';
import { articleAt, articleExtracted, englishArticle } from '../fixtures/articles';
import { snapshot } from '../fixtures/history';
import { draftOf, openTab, savedDigestOf, startWorker } from '../helpers/worker';

const URL_A = englishArticle.url;
const digestTab = async () => sendMessage('digestTab', { tabId: await openTab(URL_A), mode: 'article' });
const DRAFT_GONE = { ok: false, failure: { reason: 'not-found', key: 'draftGone' } };

describe('auto-save off: the history changes only when the reader presses “Save”', () => {
  it('a fresh digest is a draft, and nothing is written to the history', async () => {
    const { db } = await startWorker({ article: articleExtracted }, { autoSave: false });
    const reply = await digestTab();
    draftOf(reply);
    expect(reply).toMatchObject({ ok: true, saved: false, digest: { url: URL_A, title: englishArticle.title } });
    expect(await snapshot(db)).toEqual({ digests: [], articles: [], postings: [] });
  });

  it('a page already in the history: digesting it again, “Longer” and “Shorter” leave its entry exactly as it was', async () => {
    const { db } = await startWorker({ article: articleExtracted });
    const old = savedDigestOf(await digestTab());
    await addTags(db, old.id, ['parks']);
    const before = await snapshot(db);
    await updateSettings({ autoSave: false });

    const draft = draftOf(await digestTab());
    const longer = await sendMessage('rerank', { draft, sentences: old.sentences.length + 2 });
    expect(longer).toMatchObject({ ok: true, saved: false, draft });
    expect(longer.ok && longer.digest.sentences).toHaveLength(old.sentences.length + 2);
    draftOf(await sendMessage('rerank', { draft, sentences: 1 }));
    expect(await snapshot(db)).toEqual(before);
  });

  it('“Save” writes the length on show; a page already in the history is updated in place, keeping its tags', async () => {
    const { db } = await startWorker({ article: articleExtracted });
    const old = savedDigestOf(await digestTab());
    await addTags(db, old.id, ['parks']);
    await updateSettings({ autoSave: false });

    const draft = draftOf(await digestTab());
    const length = old.sentences.length + 1;
    const shown = await sendMessage('rerank', { draft, sentences: length });
    const saved = savedDigestOf(await sendMessage('save', { draft, sentences: length }));
    expect(saved).toMatchObject({ id: old.id, createdAt: old.createdAt, tags: ['parks'] });
    expect(saved.sentences).toEqual(shown.ok && shown.digest.sentences);
    expect(await listDigests(db)).toEqual([saved]);
  });

  it('“Save” of a new page adds it; “Longer” after it is a draft again, and the history keeps what was saved', async () => {
    const { db } = await startWorker({ article: articleExtracted }, { autoSave: false });
    const reply = await digestTab();
    const draft = draftOf(reply);
    const length = reply.ok ? reply.digest.sentences.length : 0;
    const saved = savedDigestOf(await sendMessage('save', { draft, sentences: length }));
    expect(saved.sentences).toEqual(reply.ok && reply.digest.sentences);
    const after = await snapshot(db);

    draftOf(await sendMessage('rerank', { draft, sentences: length + 1 }));
    expect(await snapshot(db)).toEqual(after);
    expect((await listDigests(db)).map((d) => d.sentences.length)).toEqual([length]);
  });

  it('a draft outlives the worker: Chrome stops an idle worker while the reader reads, and “Longer” and “Save” still work', async () => {
    fakeBrowser.reset();
    const db = new DigestDatabase(`drafts-restart-${crypto.randomUUID()}`);
    const deps = {
      db,
      extract: async () => articleExtracted,
      tabUrl: async () => URL_A,
      choices: async () => ({ autoSave: false }),
    };
    const draft = draftOf(
      await createHandlers({ ...deps, drafts: sessionDrafts() }).digestTab({ tabId: 1, mode: 'article' }),
    );

    const restarted = createHandlers({ ...deps, drafts: sessionDrafts() });
    expect(await restarted.rerank({ draft, sentences: 4 })).toMatchObject({ ok: true, saved: false, draft });
    expect(savedDigestOf(await restarted.save({ draft, sentences: 4 })).sentences).toHaveLength(4);
  });

  it('a draft is not announced before its reply: nothing is being saved behind it', async () => {
    fakeBrowser.reset();
    const announce = vi.fn();
    const db = new DigestDatabase(`drafts-announce-${crypto.randomUUID()}`);
    const deps = { db, extract: async () => articleExtracted, tabUrl: async () => URL_A, announce };
    draftOf(
      await createHandlers({ ...deps, choices: async () => ({ autoSave: false }) }).digestTab({
        tabId: 1,
        mode: 'article',
        announce: 'popup-1',
      }),
    );
    expect(announce).not.toHaveBeenCalled();
    expect(await db.digests.count()).toBe(0);
  });

  it('a draft that is no longer held says so, and saves nothing', async () => {
    const { db } = await startWorker({ article: articleExtracted }, { autoSave: false });
    expect(await sendMessage('rerank', { draft: 'gone', sentences: 3 })).toEqual(DRAFT_GONE);
    expect(await sendMessage('save', { draft: 'gone', sentences: 3 })).toEqual(DRAFT_GONE);
    expect(await db.digests.count()).toBe(0);
  });

  it('a saved draft the worker no longer holds: re-ranked from the entry it was saved as, into a new draft', async () => {
    const { db } = await startWorker({ article: articleExtracted }, { autoSave: false });
    const reply = await digestTab();
    const length = reply.ok ? reply.digest.sentences.length : 0;
    const saved = savedDigestOf(await sendMessage('save', { draft: draftOf(reply), sentences: length }));
    const after = await snapshot(db);

    const longer = await sendMessage('rerank', { draft: 'gone', savedAs: saved.id, sentences: length + 1 });
    const draft = draftOf(longer);
    expect(longer.ok && longer.digest.sentences).toHaveLength(length + 1);
    expect(await snapshot(db)).toEqual(after);
    // The new draft is held like any other: “Longer” again re-ranks it, and “Save” updates the entry in place.
    draftOf(await sendMessage('rerank', { draft, savedAs: saved.id, sentences: length + 2 }));
    const resaved = savedDigestOf(await sendMessage('save', { draft, sentences: length + 2 }));
    expect(resaved).toMatchObject({ id: saved.id, createdAt: saved.createdAt });
    expect((await listDigests(db)).map((d) => d.sentences.length)).toEqual([length + 2]);
  });

  it('a saved draft no longer held whose entry was deleted meanwhile says so, and brings nothing back', async () => {
    const { db } = await startWorker({ article: articleExtracted }, { autoSave: false });
    const reply = await digestTab();
    const saved = savedDigestOf(await sendMessage('save', { draft: draftOf(reply), sentences: 3 }));
    await db.digests.clear();
    await db.articles.clear();
    expect(await sendMessage('rerank', { draft: 'gone', savedAs: saved.id, sentences: 4 })).toEqual({
      ok: false,
      failure: { reason: 'not-found', key: 'notFound' },
    });
    expect(await db.digests.count()).toBe(0);
  });

  it('a “Save” that fails (storage full) says so and changes nothing; pressed again with room, it saves', async () => {
    fakeBrowser.reset();
    const db = new DigestDatabase(`drafts-full-${crypto.randomUUID()}`);
    const faults = faultyWrites(db);
    const handlers = createHandlers({
      db,
      extract: async () => articleExtracted,
      tabUrl: async () => URL_A,
      choices: async () => ({ autoSave: false }),
    });
    const draft = draftOf(await handlers.digestTab({ tabId: 1, mode: 'article' }));
    faults.fail('articles', 'quota');
    const failed = await handlers.save({ draft, sentences: 3 });
    expect(failed).toMatchObject({ ok: false, failure: { reason: 'storage', key: 'storageFull' } });
    faults.heal();
    expect(await db.digests.count()).toBe(0);
    expect(savedDigestOf(await handlers.save({ draft, sentences: 3 })).url).toBe(URL_A);
  });
});

describe('the drafts', () => {
  const draftOfPage = (n: number) => {
    const article = articleAt(`https://news.example.com/${n}`, `Story ${n}`);
    return { article, digest: digestArticle(article) };
  };

  it('keep only the latest few, in the worker and in session storage', async () => {
    fakeBrowser.reset();
    const drafts = sessionDrafts(2);
    const keys = [];
    for (const n of [1, 2, 3]) keys.push(await drafts.hold(draftOfPage(n)));
    expect(await drafts.get(keys[0]!)).toBeUndefined();
    expect((await drafts.get(keys[2]!))?.digest.title).toBe('Story 3');
    const afterRestart = sessionDrafts(2);
    expect(await afterRestart.get(keys[0]!)).toBeUndefined();
    expect((await afterRestart.get(keys[1]!))?.digest.title).toBe('Story 2');
    expect(Object.keys(await fakeBrowser.storage.session.get(null)).sort()).toEqual(
      ['draftKeys', `draft:${keys[1]}`, `draft:${keys[2]}`].sort(),
    );
  });

  it('hold one too large for session storage in the worker’s memory', async () => {
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.storage.session, 'set').mockRejectedValue(new Error('Session storage quota bytes exceeded.'));
    const drafts = sessionDrafts();
    const key = await drafts.hold(draftOfPage(1));
    expect((await drafts.get(key))?.digest.title).toBe('Story 1');
    vi.restoreAllMocks();
  });
});

/**
 * Chrome's session area holds 10 MB; a "Digest anyway" of a large page is a few MB of JSON (a million CJK characters
 * ≈ 3 MB). The newest draft is the one the open popup shows, and Chrome stops an idle worker after 30 s while the
 * reader still reads it: older drafts give way to it rather than leave it in the worker's memory only.
 */
describe('the drafts and the session area’s quota', () => {
  const QUOTA = 100_000; // scaled down from Chrome's 10 MB

  afterEach(() => vi.restoreAllMocks());

  function enforceQuota() {
    const session = fakeBrowser.storage.session;
    const set = session.set.bind(session);
    vi.spyOn(session, 'set').mockImplementation(async (items: Record<string, unknown>) => {
      const all = { ...(await session.get(null)), ...items };
      const bytes = Object.entries(all).reduce((n, [k, v]) => n + k.length + JSON.stringify(v).length, 0);
      if (bytes > QUOTA) throw new Error('Session storage quota bytes exceeded. Values were not stored.');
      return set(items);
    });
  }

  function bigDraft(n: number, paragraphs = 300) {
    // About 30 kB of JSON at 300 paragraphs: three fit in the scaled quota, four don't.
    const text = Array.from(
      { length: paragraphs },
      (_, i) => `Paragraph ${i} of story ${n} says something about the harbour project.`,
    ).join('\n');
    const article = articleFromText(text, { url: `https://news.example.com/${n}`, title: `Story ${n}`, lang: 'en' });
    return { article, digest: digestArticle(article) };
  }

  /** What the session area holds: the list, and an item for each listed key (no item the list doesn't name). */
  async function stored() {
    const area = await fakeBrowser.storage.session.get(null);
    const keys = (area.draftKeys ?? []) as string[];
    expect(Object.keys(area).sort()).toEqual(['draftKeys', ...keys.map((k) => `draft:${k}`)].sort());
    return keys;
  }

  it('the newest draft outlives a worker restart when older drafts fill the area; the oldest give way', async () => {
    fakeBrowser.reset();
    enforceQuota();
    expect(JSON.stringify(bigDraft(1)).length * 3).toBeLessThan(QUOTA);
    expect(JSON.stringify(bigDraft(1)).length * 4).toBeGreaterThan(QUOTA);
    const drafts = sessionDrafts();
    const keys: string[] = [];
    for (const n of [1, 2, 3, 4]) keys.push(await drafts.hold(bigDraft(n)));

    const afterRestart = sessionDrafts();
    expect((await afterRestart.get(keys[3]!))?.digest.title).toBe('Story 4');
    expect(await afterRestart.get(keys[0]!)).toBeUndefined();
    expect(await stored()).toEqual(keys.slice(1));
    // The worker that held them still has them all.
    expect((await drafts.get(keys[0]!))?.digest.title).toBe('Story 1');
  });

  it('one too large for the area on its own leaves no item behind, nor a key in the list', async () => {
    fakeBrowser.reset();
    enforceQuota();
    const drafts = sessionDrafts();
    const small = await drafts.hold(bigDraft(1, 20));
    const huge = await drafts.hold(bigDraft(2, 1200));
    expect((await drafts.get(huge))?.digest.title).toBe('Story 2');
    expect(await sessionDrafts().get(huge)).toBeUndefined();
    // The older drafts gave way trying to make room (the worker that held them still has them).
    expect(await stored()).toEqual([]);
    expect((await drafts.get(small))?.digest.title).toBe('Story 1');
    // And the next one that fits is stored as usual.
    const next = await drafts.hold(bigDraft(3, 20));
    expect(await stored()).toEqual([next]);
  });
});
