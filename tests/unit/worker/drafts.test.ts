import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { listDigests } from '@/utils/db/history';
import { DigestDatabase } from '@/utils/db/schema';
import { addTags } from '@/utils/db/tags';
import { digestArticle } from '@/utils/digest';
import { FAILURE_SENTENCE, sendMessage } from '@/utils/messages';
import { updateSettings } from '@/utils/settings/settings';
import { sessionDrafts } from '@/utils/worker/drafts';
import { createHandlers } from '@/utils/worker/handlers';
import { faultyWrites } from '../db/faults';
import { articleAt, articleExtracted, englishArticle } from '../fixtures/articles';
import { snapshot } from '../fixtures/history';
import { draftOf, openTab, savedDigestOf, startWorker } from '../helpers/worker';

const URL_A = englishArticle.url;
const digestTab = async () => sendMessage('digestTab', { tabId: await openTab(URL_A), mode: 'article' });
const DRAFT_GONE = { ok: false, failure: { reason: 'not-found', message: FAILURE_SENTENCE.draftGone } };

describe('auto-save off: the history changes only when the reader presses “Save”', () => {
  it('a fresh digest is a draft, and nothing is written to the history', async () => {
    const { db } = await startWorker({ article: articleExtracted }, { autoSave: false });
    const reply = await digestTab();
    draftOf(reply);
    expect(reply).toMatchObject({ ok: true, saved: false, digest: { url: URL_A, title: englishArticle.title } });
    expect(await snapshot(db)).toEqual({ digests: [], articles: [], searchIndex: [], vocabulary: [] });
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
    const deps = { db, extract: async () => articleExtracted, tabUrl: async () => URL_A, choices: async () => ({ autoSave: false }) };
    const draft = draftOf(await createHandlers({ ...deps, drafts: sessionDrafts() }).digestTab({ tabId: 1, mode: 'article' }));

    const restarted = createHandlers({ ...deps, drafts: sessionDrafts() });
    expect(await restarted.rerank({ draft, sentences: 4 })).toMatchObject({ ok: true, saved: false, draft });
    expect(savedDigestOf(await restarted.save({ draft, sentences: 4 })).sentences).toHaveLength(4);
  });

  it('a draft that is no longer held says so, and saves nothing', async () => {
    const { db } = await startWorker({ article: articleExtracted }, { autoSave: false });
    expect(await sendMessage('rerank', { draft: 'gone', sentences: 3 })).toEqual(DRAFT_GONE);
    expect(await sendMessage('save', { draft: 'gone', sentences: 3 })).toEqual(DRAFT_GONE);
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
    expect(failed).toMatchObject({ ok: false, failure: { reason: 'storage', message: FAILURE_SENTENCE.storageFull } });
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
