// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '@/entrypoints/popup/App';
import type { ExtractionResult } from '@/utils/core/article';
import { failure } from '@/utils/core/failure';
import { listDigests } from '@/utils/store/db/history';
import { englishArticle } from '../fixtures/articles';
import { openTab, startWorker } from '../helpers/worker';

// pdf.js needs a real browser's Web Worker: the tab's PDF source is replaced by one that reports its pages as the
// real one does and hands over what `finish` is given.
const reading = vi.hoisted(() => ({ finish: (_: ExtractionResult) => {}, urls: [] as string[] }));
vi.mock('@/utils/runtime/sources/pdf', () => ({
  readPdfTab: (url: string, { onProgress }: { onProgress: (p: { page: number; pages: number }) => void }) => {
    reading.urls.push(url);
    onProgress({ page: 0, pages: 0 });
    onProgress({ page: 2, pages: 3 });
    return new Promise<ExtractionResult>((resolve) => {
      reading.finish = resolve;
    });
  },
}));

afterEach(cleanup);

const PDF_URL = 'https://example.com/reports/park-budget.pdf';

async function openOnPdf() {
  // The worker can't read a PDF viewer: it answers that the tab shows one, and the popup reads it itself.
  const { db } = await startWorker({ article: failure('restricted', 'pdf') });
  const tabId = await openTab(PDF_URL);
  render(<App getTabId={() => Promise.resolve(tabId)} />);
  return db;
}

describe('a PDF in the tab', () => {
  it('shows the page it is reading, then the digest, saved, with no highlights offered', async () => {
    const db = await openOnPdf();
    expect((await screen.findByText('Reading page 2 of 3…')).tagName).toBe('H1');
    expect(reading.urls.at(-1)).toBe(PDF_URL);
    reading.finish({ ok: true, article: { ...englishArticle, url: PDF_URL } });

    expect((await screen.findByTestId('digest-title', {}, { timeout: 3000 })).textContent).toBe(englishArticle.title);
    expect(screen.getByTestId('highlight-status').textContent).toBe(
      'Highlights aren’t available in the browser’s PDF viewer.',
    );
    expect(screen.queryByTestId('highlight-toggle')).toBeNull();
    await screen.findByTestId('saved');
    expect((await listDigests(db)).map((d) => d.url)).toEqual([PDF_URL]);
  });

  it('says what is wrong with a PDF it can’t read, and saves nothing', async () => {
    const db = await openOnPdf();
    await screen.findByText('Reading page 2 of 3…');
    reading.finish(failure('no-article', 'pdfNoText'));
    expect((await screen.findByRole('alert')).textContent).toContain(
      'This PDF has no text to read; it may be a scan (pictures of pages).',
    );
    expect(await listDigests(db)).toEqual([]);
  });
});
