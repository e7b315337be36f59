import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { ExtractionResult } from '../../utils/core/article';
import { pdfArticle } from '../../utils/engine/pdf/article';
import { type PdfRead, type ReadOptions, readPdf } from '../../utils/runtime/pdf/read';

const PDFJS = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

/**
 * Reads a PDF in Node as the popup does in the browser: pdf.js (its Node build) with the character maps and fonts
 * the extension ships. The bytes are copied, as pdf.js takes them over: the same PDF may be read twice.
 */
export function readPdfInNode(data: Uint8Array, options: Partial<ReadOptions> = {}): Promise<PdfRead> {
  return readPdf(pdfjs, data.slice(), {
    url: 'https://example.com/reports/annual-report.pdf',
    cMapUrl: `${join(PDFJS, 'cmaps')}/`,
    standardFontDataUrl: `${join(PDFJS, 'standard_fonts')}/`,
    maxPages: 400,
    ...options,
  });
}

/** A PDF read into an article, or the failure that says why not. */
export async function pdfToArticle(data: Uint8Array, options: Partial<ReadOptions> = {}): Promise<ExtractionResult> {
  const read = await readPdfInNode(data, options);
  return read.ok ? pdfArticle(read.doc) : read;
}
