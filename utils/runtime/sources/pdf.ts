import * as pdfjs from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { browser } from 'wxt/browser';
import type { ExtractionResult } from '../../core/article';
import { pdfArticle } from '../../engine/pdf/article';
import { downloadPdf } from '../pdf/download';
import { readPdf } from '../pdf/read';

/** Pages Digest reads at most: a 400-page report takes some seconds; a longer book is not a digest's job. */
export const MAX_PDF_PAGES = 400;
/** Where the build puts pdf.js's character maps and standard fonts (wxt.config.ts copies them). */
export const PDF_ASSETS = '/pdfjs/';

export interface PdfProgress {
  /** The page being read; 0 while the file downloads. */
  page: number;
  pages: number;
}

/**
 * The PDF a tab shows, read into an article. Unlike the other sources it runs in the popup, not the worker: pdf.js
 * needs a Web Worker of its own, which a service worker can't start, and the reading belongs to the reader who waits
 * for it — closing the popup stops it. The click's activeTab grant lets the popup fetch the tab's address; a PDF on
 * disk needs the reader to allow file access.
 */
export async function readPdfTab(
  url: string,
  { onProgress, signal }: { onProgress?: (progress: PdfProgress) => void; signal?: AbortSignal } = {},
): Promise<ExtractionResult> {
  onProgress?.({ page: 0, pages: 0 });
  const download = await downloadPdf(url, signal);
  if (!download.ok) return download;
  pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
  const read = await readPdf(pdfjs, download.data, {
    url,
    cMapUrl: browser.runtime.getURL(`${PDF_ASSETS}cmaps/` as '/'),
    standardFontDataUrl: browser.runtime.getURL(`${PDF_ASSETS}standard_fonts/` as '/'),
    maxPages: MAX_PDF_PAGES,
    onProgress: (page, pages) => onProgress?.({ page, pages }),
    signal,
  });
  return read.ok ? pdfArticle(read.doc) : read;
}
