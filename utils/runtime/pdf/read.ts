import type * as PdfJs from 'pdfjs-dist';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import { type Failed, failure } from '../../core/failure';
import type { PdfDocument, PdfPage, PdfText } from '../../engine/pdf/document';

/** pdf.js, as the popup bundles it or as Node loads it (its legacy build): the caller passes the one it has. */
export type PdfLibrary = Pick<typeof PdfJs, 'getDocument' | 'Util' | 'PDFDateString'>;

export interface ReadOptions {
  url: string;
  /** Where pdf.js finds the character maps that decode CJK fonts (with a trailing slash), and standard fonts. */
  cMapUrl: string;
  standardFontDataUrl: string;
  /** The most pages read; a longer document is refused with a sentence saying so. */
  maxPages: number;
  onProgress?: (page: number, pages: number) => void;
  /** Aborting stops the reading between two pages and destroys the document's worker. */
  signal?: AbortSignal;
}

export type PdfRead = { ok: true; doc: PdfDocument } | Failed;

/**
 * Reads a PDF's text with pdf.js: each page's pieces of text with where they sit, for the engine to lay out
 * (utils/engine/pdf/). A password, a damaged file or too many pages is a failure the popup says; only an abort
 * rejects.
 */
export async function readPdf(pdfjs: PdfLibrary, data: Uint8Array, options: ReadOptions): Promise<PdfRead> {
  const task = pdfjs.getDocument({
    data,
    cMapUrl: options.cMapUrl,
    cMapPacked: true,
    standardFontDataUrl: options.standardFontDataUrl,
    // Text is all Digest wants: no fonts compiled to functions, no font faces added to the page.
    isEvalSupported: false,
    disableFontFace: true,
    verbosity: 0,
  });
  const stop = () => void task.destroy();
  options.signal?.addEventListener('abort', stop, { once: true });
  try {
    const pdf = await task.promise.catch((error: unknown) => {
      throw new PdfOpenError(error);
    });
    if (pdf.numPages > options.maxPages)
      return failure('too-large', 'pdfTooManyPages', [pdf.numPages, options.maxPages]);
    const pages: PdfPage[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      options.signal?.throwIfAborted();
      options.onProgress?.(n, pdf.numPages);
      const page = await pdf.getPage(n);
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const texts: PdfText[] = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str.trim() === '') continue;
        const text = placed(pdfjs, item, viewport.transform);
        if (text) texts.push(text);
      }
      pages.push({ width: viewport.width, height: viewport.height, texts });
      page.cleanup();
    }
    const { info } = (await pdf.getMetadata().catch(() => ({ info: {} }))) as { info: Record<string, unknown> };
    return {
      ok: true,
      doc: {
        url: options.url,
        title: stringOf(info.Title),
        lang: stringOf(info.Language),
        author: stringOf(info.Author),
        createdAt: dateOf(pdfjs, info.CreationDate),
        pages,
      },
    };
  } catch (error) {
    options.signal?.throwIfAborted();
    if (error instanceof PdfOpenError) {
      return (error.cause as { name?: string } | undefined)?.name === 'PasswordException'
        ? failure('no-article', 'pdfPassword')
        : failure('no-article', 'pdfDamaged');
    }
    throw error;
  } finally {
    options.signal?.removeEventListener('abort', stop);
    await task.destroy();
  }
}

class PdfOpenError extends Error {
  constructor(cause: unknown) {
    super('The PDF could not be opened', { cause });
  }
}

/** A piece of text where a reader sees it: from the page's top left, upright, at the size it is drawn. */
function placed(pdfjs: PdfLibrary, item: TextItem, pageTransform: number[]): PdfText | undefined {
  const [a, b, c, d, x, y] = pdfjs.Util.transform(pageTransform, item.transform) as number[];
  // Text at an angle (a stamp, a rotated table head) isn't part of the running text.
  if (Math.abs(b!) > Math.abs(a!) * 0.05 || Math.abs(c!) > Math.abs(d!) * 0.05) return undefined;
  const size = Math.hypot(c!, d!);
  if (!(size > 0)) return undefined;
  // At scale 1 the page's units are the PDF's own, which the item's width is given in.
  return { text: item.str, x: x!, y: y!, width: item.width, size };
}

function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function dateOf(pdfjs: PdfLibrary, value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const date = pdfjs.PDFDateString.toDateObject(value);
  return date && !Number.isNaN(date.getTime()) ? date.toISOString() : undefined;
}
