// @vitest-environment happy-dom
// Auto-save on, the popup shows the digest as soon as the worker has ranked it, while the save (with its search
// index) finishes behind it: then "Saved", or the failure beside the digest with "Try again" — never a digest that
// looks saved and isn't.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '@/entrypoints/popup/App';
import { digestArticle } from '@/utils/engine/digest';
import { type DigestReply, failed, type Message } from '@/utils/runtime/messages';
import type { SavedDigest } from '@/utils/store/db/records';
import { englishArticle } from '../fixtures/articles';
import { connectTo } from '../helpers/ports';

afterEach(cleanup);

const digest = digestArticle(englishArticle);

/** A worker that announces the ranked digest of each `digestTab` at once, and answers when the test settles the save. */
let settle: (reply: DigestReply) => void;
let requests: Message[];
beforeEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
  requests = [];
  connectTo((port) =>
    port.onMessage.addListener((sent) => {
      const message = sent as Message;
      requests.push(message);
      settle = (reply) => port.postMessage({ type: 'reply', reply });
      if (message.type === 'digestTab') port.postMessage({ type: 'ranked', digest });
    }),
  );
});

async function openPopup() {
  render(<App getTabId={() => Promise.resolve(1)} />);
  await screen.findByTestId('digest-title');
}

describe('popup, save behind the digest', () => {
  it('shows the ranked digest with “Saving…”, then “Saved” once the save has settled', async () => {
    await openPopup();
    expect(screen.getByTestId('saving').textContent).toBe('Saving…');
    expect(screen.queryByTestId('saved')).toBeNull();
    expect(screen.getByRole('button', { name: 'Longer' })).toHaveProperty('disabled', true);

    settle({ ok: true, saved: true, digest: { ...digest, id: 7 } as SavedDigest });
    expect((await screen.findByTestId('saved')).textContent).toBe('Saved');
    expect(screen.queryByTestId('saving')).toBeNull();
    expect(screen.getByTestId('digest-title').textContent).toBe(englishArticle.title);
  });

  it('a save that fails after the digest is shown: the digest stays, says it wasn’t saved, and “Try again” digests anew', async () => {
    await openPopup();
    settle({ ok: false, failure: { reason: 'storage', key: 'storageFull', unsaved: digest } });

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/^Your browser’s storage is full, so this digest wasn’t saved/);
    expect(screen.getByTestId('digest-title').textContent).toBe(englishArticle.title);
    expect(screen.queryByTestId('saved')).toBeNull();
    expect(screen.queryByTestId('saving')).toBeNull();

    fireEvent.click(within(screen.getByTestId('unsaved')).getByRole('button', { name: 'Try again' }));
    await vi.waitFor(() => expect(requests.filter((r) => r.type === 'digestTab')).toHaveLength(2));
  });

  it('the worker stops before the save settles: the digest stays, says it was interrupted, and offers “Try again”', async () => {
    await openPopup();
    settle(failed('error', 'interrupted'));

    expect((await screen.findByRole('alert')).textContent).toContain('Digest was interrupted');
    expect(screen.getByTestId('digest-title').textContent).toBe(englishArticle.title);
    expect(screen.queryByTestId('saved')).toBeNull();
    expect(within(screen.getByTestId('unsaved')).getByRole('button', { name: 'Try again' })).toBeTruthy();
  });
});
