import { beforeEach, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleMessages, sendMessage } from '@/utils/runtime/messages';
import { connectLikeChrome } from './helpers/ports';

beforeEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
  connectLikeChrome();
});

it('answers a handler that throws with a failure sentence instead of leaving the popup waiting', async () => {
  handleMessages({
    digestTab: () => Promise.reject(new Error('Readability exploded')),
    digestArticle: () => Promise.reject(new Error('unused')),
    rerank: () => Promise.reject(new Error('unused')),
    save: () => Promise.reject(new Error('unused')),
  });
  expect(await sendMessage('digestTab', { tabId: 1, mode: 'article' })).toEqual({
    ok: false,
    failure: { reason: 'error', key: 'unexpected', params: ['Readability exploded'] },
  });
});

it('leaves other ports alone, and ignores what is not a request', async () => {
  const digestTab = vi.fn();
  handleMessages({ digestTab, digestArticle: vi.fn(), rerank: vi.fn(), save: vi.fn() });
  const other = fakeBrowser.runtime.connect({ name: 'something-else' });
  other.postMessage({ type: 'digestTab', tabId: 1, mode: 'article' });
  const request = fakeBrowser.runtime.connect({ name: 'digest-request' });
  request.postMessage({ type: 'toString' });
  request.postMessage({ type: 'somethingElse' });
  await new Promise((resolve) => setTimeout(resolve, 10));
  expect(digestTab).not.toHaveBeenCalled();
});

it('posts nothing to a popup that closed before the answer; the work itself goes on', async () => {
  let finish!: () => void;
  const saved = vi.fn();
  handleMessages({
    digestTab: () =>
      new Promise(
        (resolve) =>
          (finish = () => resolve({ ok: false, failure: { reason: 'error', key: 'unexpected', params: [''] } })),
      ),
    digestArticle: vi.fn(),
    rerank: vi.fn(),
    save: async () => {
      saved();
      return { ok: false, failure: { reason: 'error', key: 'unexpected', params: [''] } };
    },
  });
  const request = fakeBrowser.runtime.connect({ name: 'digest-request' });
  request.postMessage({ type: 'digestTab', tabId: 1, mode: 'article' });
  await vi.waitFor(() => expect(finish).toBeDefined());
  request.disconnect();
  await new Promise((resolve) => setTimeout(resolve, 10));
  // Posting on the closed port would throw inside the worker (an unhandled rejection fails the test run).
  finish();
  await new Promise((resolve) => setTimeout(resolve, 10));
  expect(await sendMessage('save', { draft: 'd', sentences: 3 })).toMatchObject({ ok: false });
  expect(saved).toHaveBeenCalledOnce();
});
