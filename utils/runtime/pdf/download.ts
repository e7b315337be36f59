import { browser } from 'wxt/browser';
import { type Failed, failure } from '../../core/failure';
import { errorText } from '../messages';

/** Bytes Digest downloads at most: a bigger file is a scan or a book, and would hold the popup's memory. */
export const MAX_PDF_BYTES = 100 * 1024 * 1024;

const megabytes = (bytes: number) => Math.round(bytes / (1024 * 1024));

/**
 * The bytes of the PDF at `url`, fetched from an extension page under the click's activeTab grant, with the reader's
 * cookies (a report behind a sign-in opens for them in the tab, so it does here). A file on disk needs the reader to
 * allow file access; a file over the cap is refused, before the download when the server gives its size.
 */
export async function downloadPdf(url: string, signal?: AbortSignal): Promise<{ ok: true; data: Uint8Array } | Failed> {
  if (url.startsWith('file:') && !(await browser.extension.isAllowedFileSchemeAccess())) {
    return failure('restricted', 'pdfFileAccess');
  }
  try {
    const response = await fetch(url, { signal, credentials: 'include' });
    if (!response.ok) return failure('error', 'pdfDownload', [`HTTP ${response.status}`]);
    const tooBig = (bytes: number) => failure('too-large', 'pdfTooBig', [megabytes(bytes), megabytes(MAX_PDF_BYTES)]);
    // Said before the download when the server says the size; checked after it when it doesn't.
    const declared = Number(response.headers.get('content-length'));
    if (declared > MAX_PDF_BYTES) return tooBig(declared);
    const data = new Uint8Array(await response.arrayBuffer());
    return data.byteLength > MAX_PDF_BYTES ? tooBig(data.byteLength) : { ok: true, data };
  } catch (error) {
    signal?.throwIfAborted();
    return failure('error', 'pdfDownload', [errorText(error)]);
  }
}
