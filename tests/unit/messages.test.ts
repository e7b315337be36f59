import { beforeEach, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleMessages, sendMessage } from '@/utils/runtime/messages';
import { deliverMessagesLikeChrome } from './helpers/worker';

beforeEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
  deliverMessagesLikeChrome();
});

it('answers a handler that throws with a failure sentence instead of leaving the popup waiting', async () => {
  handleMessages({
    digestTab: () => Promise.reject(new Error('Readability exploded')),
    rerank: () => Promise.reject(new Error('unused')),
    save: () => Promise.reject(new Error('unused')),
  });
  expect(await sendMessage('digestTab', { tabId: 1, mode: 'article' })).toEqual({
    ok: false,
    failure: { reason: 'error', key: 'unexpected', params: ['Readability exploded'] },
  });
});

it('leaves messages that are not part of the protocol to other listeners', async () => {
  const digestTab = vi.fn();
  handleMessages({ digestTab, rerank: vi.fn(), save: vi.fn() });
  fakeBrowser.runtime.onMessage.addListener((_message, _sender, respond) => {
    respond('other');
    return true;
  });

  expect(await fakeBrowser.runtime.sendMessage({ type: 'somethingElse' })).toBe('other');
  expect(await fakeBrowser.runtime.sendMessage({ type: 'toString' })).toBe('other');
  expect(digestTab).not.toHaveBeenCalled();
});
