// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '@/entrypoints/popup/App';
import { failure } from '@/utils/core/failure';
import { articleExtracted, englishArticle } from '../fixtures/articles';
import { portPair } from '../helpers/ports';
import { openTab, startWorker } from '../helpers/worker';

afterEach(cleanup);

/** Opens the popup on a tab showing `url`, with the real worker behind it. */
async function openPopup(url = englishArticle.url) {
  const tabId = await openTab(url);
  return render(<App getTabId={() => Promise.resolve(tabId)} />);
}

const title = () => screen.findByTestId('digest-title', {}, { timeout: 3000 });

describe('popup', () => {
  it('shows progress at once, then the tab’s digest without another click', async () => {
    const { executeScript } = await startWorker({ article: articleExtracted });
    await openPopup();
    expect(screen.getByRole('status').textContent).toContain('Reading this page…');

    expect((await title()).textContent).toBe('City council approves new riverside park');
    expect(executeScript).toHaveBeenCalledOnce();
    const meta = screen.getByTestId('digest').querySelector('.digest__meta')!.textContent;
    expect(meta).toContain('Example News');
    expect(meta).toMatch(/\d+ min read/);
    expect(meta).toContain('English');
    // Shown as soon as it is ranked; "Saved" follows once the save has settled.
    expect((await screen.findByTestId('saved')).textContent).toBe('Saved');
  });

  it('lists the key sentences in document order and marks the strongest one', async () => {
    await startWorker({ article: articleExtracted });
    await openPopup();
    await title();
    const items = screen.getAllByTestId('key-sentence');
    expect(items.length).toBeGreaterThanOrEqual(3);
    const articleText = englishArticle.blocks.map((b) => b.text).join('\n');
    const positions = items.map((li) => articleText.indexOf(li.textContent!.replace(/^Key point/, '')));
    expect(positions).not.toContain(-1);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    const marked = items.filter((li) => within(li).queryByText('Key point'));
    expect(marked).toHaveLength(1);
  });

  it('re-ranks at another length from the stored article when the reader asks for a longer digest', async () => {
    const { executeScript } = await startWorker({ article: articleExtracted });
    await openPopup();
    await title();
    // "Longer" re-ranks the saved entry, so it waits for the save.
    await screen.findByTestId('saved');
    const before = screen.getAllByTestId('key-sentence').length;
    fireEvent.click(screen.getByRole('button', { name: 'Longer' }));

    await vi.waitFor(() => expect(screen.getAllByTestId('key-sentence')).toHaveLength(before + 1));
    expect(screen.getByTestId('sentence-count').textContent).toContain(`${before + 1} of`);
    expect(executeScript).toHaveBeenCalledOnce();
  });

  it('copies the digest as Markdown', async () => {
    await startWorker({ article: articleExtracted });
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    await openPopup();
    await title();
    fireEvent.click(screen.getByTestId('copy-markdown'));

    await vi.waitFor(() => expect(screen.getByTestId('copy-markdown').textContent).toBe('Copied'));
    expect(writeText.mock.calls[0]?.[0]).toMatch(/^# City council approves new riverside park\n/);
  });

  it('opens the history from the History link', async () => {
    await startWorker({ article: articleExtracted });
    const openOptionsPage = vi.spyOn(fakeBrowser.runtime, 'openOptionsPage').mockResolvedValue();
    await openPopup();
    await title();
    fireEvent.click(screen.getByRole('link', { name: 'History' }));
    expect(openOptionsPage).toHaveBeenCalledOnce();
  });

  it('offers “Digest anyway” when there is no article, and digests the whole page with it', async () => {
    const { executeScript } = await startWorker({
      article: failure('no-article', 'noArticle'),
      page: articleExtracted,
    });
    await openPopup();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('No article found');

    fireEvent.click(within(alert).getByRole('button', { name: 'Digest anyway' }));
    expect((await title()).textContent).toBe(englishArticle.title);
    expect(executeScript).toHaveBeenLastCalledWith(
      expect.objectContaining({ files: ['/content-scripts/page-text.js'] }),
    );
  });

  it('does not offer “Digest anyway” again when the page has no text at all', async () => {
    await startWorker({
      article: failure('no-article', 'noArticle'),
      page: failure('no-article', 'noText'),
    });
    await openPopup();
    fireEvent.click(await screen.findByRole('button', { name: 'Digest anyway' }));

    await screen.findByText('There is no text on this page to digest.');
    expect(screen.queryByRole('button', { name: 'Digest anyway' })).toBeNull();
  });

  it('says why a browser page can’t be digested, with nothing to retry', async () => {
    await startWorker({ article: articleExtracted });
    await openPopup('chrome://version');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('This page can’t be digested');
    expect(alert.textContent).toContain('browser’s own pages');
    expect(within(alert).queryByRole('button')).toBeNull();
  });

  it('says a page is too large', async () => {
    await startWorker({ article: failure('too-large', 'tooManyElements', [90_000]) });
    await openPopup();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('This page is too large');
    expect(alert.textContent).toContain('This page has 90,000 elements, too many to find the article in.');
  });

  it('lets the reader try again when the worker stopped mid-task', async () => {
    await startWorker({ article: articleExtracted });
    // The worker is stopped with the first request on its way: its port closes unanswered.
    vi.mocked(fakeBrowser.runtime.connect).mockImplementationOnce(() =>
      portPair('digest-request', (port) => port.disconnect()),
    );
    await openPopup();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Digest was interrupted');

    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect((await title()).textContent).toBe(englishArticle.title);
  });

  it('tags the saved digest, suggesting the tags already in use', async () => {
    const { db } = await startWorker({ article: articleExtracted });
    await openPopup();
    await title();
    const input = await screen.findByRole('textbox', { name: 'Add a tag' });
    fireEvent.change(input, { target: { value: 'parks' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    await screen.findByRole('button', { name: 'Remove tag parks' });
    const [saved] = await db.digests.toArray();
    expect(saved!.tags).toEqual(['parks']);

    await db.digests.add({ ...saved!, id: 99, url: 'https://news.example.com/other', tags: ['city hall'] });
    fireEvent.change(input, { target: { value: 'city' } });
    fireEvent.click(await screen.findByRole('button', { name: 'city hall' }));
    await screen.findByRole('button', { name: 'Remove tag city hall' });
    expect((await db.digests.get(saved!.id))!.tags).toEqual(['parks', 'city hall']);
  });

  it('shows page text as text, never as HTML', async () => {
    const hostile = { ...englishArticle, title: '<img src=x onerror="alert(1)">Breaking' };
    await startWorker({ article: { ok: true, article: hostile } });
    const { container } = await openPopup();
    expect((await title()).textContent).toBe('<img src=x onerror="alert(1)">Breaking');
    expect(container.querySelector('img')).toBeNull();
  });
});
