import { beforeEach, describe, expect, it, vi } from 'vitest';
import { failure } from '@/utils/core/failure';
import { sendMessage } from '@/utils/runtime/messages';
import { createHandlers } from '@/utils/runtime/worker/handlers';
import { DigestDatabase } from '@/utils/store/db/database';
import { deleteDigests, listDigests } from '@/utils/store/db/history';
import { articleExtracted, englishArticle } from '../fixtures/articles';
import { connectTo } from '../helpers/ports';
import { openTab, savedDigestOf, startWorker } from '../helpers/worker';

const ARTICLE_URL = englishArticle.url;

describe('digestTab', () => {
  let worker: Awaited<ReturnType<typeof startWorker>>;
  beforeEach(async () => {
    worker = await startWorker({ article: articleExtracted });
  });

  it('extracts the tab’s article, digests it and saves it to the history', async () => {
    const tabId = await openTab(ARTICLE_URL);
    const reply = await sendMessage('digestTab', { tabId, mode: 'article' });

    expect(worker.executeScript).toHaveBeenCalledWith({ target: { tabId }, files: ['/content-scripts/extract.js'] });
    const digest = savedDigestOf(reply);
    expect(digest.title).toBe(englishArticle.title);
    expect(digest.sentences.length).toBeGreaterThanOrEqual(3);
    expect(await listDigests(worker.db)).toEqual([digest]);
  });

  it('digesting the same page again updates its history entry', async () => {
    const tabId = await openTab(ARTICLE_URL);
    const first = savedDigestOf(await sendMessage('digestTab', { tabId, mode: 'article' }));
    const second = savedDigestOf(await sendMessage('digestTab', { tabId, mode: 'article' }));
    expect(second.id).toBe(first.id);
    expect(second.createdAt).toBe(first.createdAt);
    expect(await worker.db.digests.count()).toBe(1);
  });

  it('uses the whole-page script in page mode', async () => {
    worker = await startWorker({ page: articleExtracted });
    const tabId = await openTab(ARTICLE_URL);
    const reply = await sendMessage('digestTab', { tabId, mode: 'page' });
    expect(worker.executeScript).toHaveBeenCalledWith({ target: { tabId }, files: ['/content-scripts/page-text.js'] });
    expect(reply.ok).toBe(true);
  });

  it('refuses a browser page without trying to inject into it', async () => {
    const tabId = await openTab('chrome://version');
    const reply = await sendMessage('digestTab', { tabId, mode: 'article' });
    expect(reply).toEqual({ ok: false, failure: { reason: 'restricted', key: 'browserPage' } });
    expect(worker.executeScript).not.toHaveBeenCalled();
  });

  it('explains Chrome’s refusal when the URL was hidden from it', async () => {
    worker = await startWorker({ article: new Error('The extensions gallery cannot be scripted.') });
    const tabId = await openTab();
    const reply = await sendMessage('digestTab', { tabId, mode: 'article' });
    expect(reply).toMatchObject({ ok: false, failure: { reason: 'restricted', key: 'webStore' } });
  });

  it('passes on the extractor’s no-article and too-large answers and saves nothing', async () => {
    for (const reason of ['no-article', 'too-large'] as const) {
      worker = await startWorker({ article: failure(reason, 'noArticle') });
      const reply = await sendMessage('digestTab', { tabId: await openTab(ARTICLE_URL), mode: 'article' });
      expect(reply).toEqual({ ok: false, failure: { reason, key: 'noArticle' } });
      expect(await worker.db.digests.count()).toBe(0);
    }
  });
});

describe('digestArticle', () => {
  it('digests an article the popup read itself (a PDF) and saves it, announcing it first', async () => {
    const worker = await startWorker({ article: articleExtracted });
    const announced: string[] = [];
    const pdf = { ...englishArticle, url: 'https://example.com/reports/harbour.pdf' };
    const reply = await sendMessage('digestArticle', { article: pdf, announce: 'pdf-1' }, (d) =>
      announced.push(d.title),
    );
    const digest = savedDigestOf(reply);
    expect(digest.url).toBe(pdf.url);
    expect(announced).toEqual([englishArticle.title]);
    expect(await listDigests(worker.db)).toEqual([digest]);
    expect(worker.executeScript).not.toHaveBeenCalled();
  });

  it('says there is no text when the article has none to rank, and saves nothing', async () => {
    const worker = await startWorker({ article: articleExtracted });
    const empty = { ...englishArticle, blocks: [], wordCount: 0 };
    expect(await sendMessage('digestArticle', { article: empty })).toEqual({
      ok: false,
      failure: { reason: 'no-article', key: 'noText' },
    });
    expect(await worker.db.digests.count()).toBe(0);
  });
});

describe('createHandlers', () => {
  const db = new DigestDatabase(`handlers-test-${crypto.randomUUID()}`);
  const tabUrl = async () => englishArticle.url;

  it('gives up on a page that never answers', async () => {
    const handlers = createHandlers({ db, tabUrl, extract: () => new Promise(() => {}), timeoutMs: 20 });
    expect(await handlers.digestTab({ tabId: 1, mode: 'article' })).toMatchObject({
      ok: false,
      failure: { reason: 'timeout' },
    });
  });

  it('reports a storage failure in words', async () => {
    const full = new DigestDatabase(`full-test-${crypto.randomUUID()}`);
    vi.spyOn(full, 'transaction').mockRejectedValue(new Error('QuotaExceededError'));
    const handlers = createHandlers({ db: full, tabUrl, extract: async () => articleExtracted });
    expect(await handlers.digestTab({ tabId: 1, mode: 'article' })).toEqual({
      ok: false,
      failure: {
        reason: 'storage',
        key: 'notSaved',
        params: ['QuotaExceededError'],
        unsaved: expect.objectContaining({ url: englishArticle.url }),
      },
    });
  });
});

describe('rerank', () => {
  it('re-ranks a saved digest at another length from its stored article, without touching the page', async () => {
    const worker = await startWorker({ article: articleExtracted });
    const first = savedDigestOf(await sendMessage('digestTab', { tabId: await openTab(ARTICLE_URL), mode: 'article' }));
    worker.executeScript.mockClear();

    const longer = first.sentences.length + 1;
    const reranked = savedDigestOf(await sendMessage('rerank', { id: first.id, sentences: longer }));
    expect(reranked.sentences).toHaveLength(longer);
    expect(reranked.id).toBe(first.id);
    expect(worker.executeScript).not.toHaveBeenCalled();
    expect(await listDigests(worker.db)).toEqual([reranked]);
  });

  it('says so when the digest was deleted meanwhile', async () => {
    await startWorker({});
    expect(await sendMessage('rerank', { id: 999, sentences: 3 })).toMatchObject({
      ok: false,
      failure: { reason: 'not-found' },
    });
  });

  it('a delete in the history while “Longer” runs wins: the digest is not brought back under a new id', async () => {
    const { db } = await startWorker({ article: articleExtracted });
    const first = savedDigestOf(await sendMessage('digestTab', { tabId: await openTab(ARTICLE_URL), mode: 'article' }));
    // The reader presses Delete in the history just after the worker read the stored article for the re-rank.
    const read = (id: number) => db.articles.where('digestId').equals(id).first();
    vi.spyOn(db.articles, 'get').mockImplementation((async (id: number) => {
      const article = await read(id);
      await deleteDigests(db, [first.id]);
      return article;
    }) as never);

    const reply = await sendMessage('rerank', { id: first.id, sentences: first.sentences.length + 1 });
    expect(reply).toEqual({
      ok: false,
      failure: { reason: 'not-found', key: 'notFound' },
    });
    expect(await listDigests(db)).toEqual([]);
    expect(await db.articles.count()).toBe(0);
    expect(await db.postings.count()).toBe(0);
  });
});

describe('sendMessage', () => {
  it.each([
    [
      'can’t be reached',
      () =>
        connectTo(() => {}).mockImplementation(() => {
          throw new Error('Could not establish connection. Receiving end does not exist.');
        }),
    ],
    ['closes the request’s port without a reply', () => connectTo((port) => port.disconnect())],
  ])('turns a worker that %s into a failure the popup can show', async (_, worker) => {
    worker();
    expect(await sendMessage('digestTab', { tabId: 1, mode: 'article' })).toEqual({
      ok: false,
      failure: { reason: 'error', key: 'interrupted' },
    });
  });
});
