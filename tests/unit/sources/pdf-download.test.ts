import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { downloadPdf, MAX_PDF_BYTES } from '@/utils/runtime/pdf/download';

afterEach(() => {
  vi.unstubAllGlobals();
  fakeBrowser.reset();
});

const URL = 'https://example.com/reports/annual.pdf';

describe('the PDF a tab shows, downloaded', () => {
  it('is refused before the download when the server says it is too big', async () => {
    const body = new ReadableStream({ pull: () => {} });
    const fetch = vi.fn(async () => new Response(body, { headers: { 'content-length': String(MAX_PDF_BYTES * 3) } }));
    vi.stubGlobal('fetch', fetch);
    expect(await downloadPdf(URL)).toEqual({ ok: false, reason: 'too-large', key: 'pdfTooBig', params: [300, 100] });
    expect(fetch).toHaveBeenCalledWith(URL, expect.objectContaining({ credentials: 'include' }));
  });

  it('says what went wrong with the download', async () => {
    vi.stubGlobal('fetch', async () => new Response('gone', { status: 404 }));
    expect(await downloadPdf(URL)).toEqual({ ok: false, reason: 'error', key: 'pdfDownload', params: ['HTTP 404'] });
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(await downloadPdf(URL)).toEqual({
      ok: false,
      reason: 'error',
      key: 'pdfDownload',
      params: ['Failed to fetch'],
    });
  });

  it('on disk, says how to allow file access when the browser doesn’t', async () => {
    const allowed = vi.fn(async () => false);
    (fakeBrowser.extension as unknown as Record<string, unknown>).isAllowedFileSchemeAccess = allowed;
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    expect(await downloadPdf('file:///home/me/report.pdf')).toEqual({
      ok: false,
      reason: 'restricted',
      key: 'pdfFileAccess',
    });
    expect(fetch).not.toHaveBeenCalled();
  });
});
