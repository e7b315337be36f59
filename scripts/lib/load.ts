import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import type { ExtractionResult } from '../../utils/core/article';
import { failure } from '../../utils/core/failure';
import { extractArticle } from '../../utils/engine/extract/extract';
import { articleFromText, type TextMeta } from '../../utils/engine/extract/text';

/** Bytes of a saved page or text file → an article, the way the extension would see it. */

/**
 * Text of a saved file. A BOM decides; then bytes that are valid UTF-8 are UTF-8 — pages saved by a browser or a
 * crawler are often re-encoded to UTF-8 but keep their original `<meta charset=gb2312>`, and a legacy encoding
 * almost never forms valid multi-byte UTF-8 by chance; only then the declared charset (GBK pages), else GBK if the
 * high bytes pair up as GBK's do, else windows-1252.
 */
export function decode(bytes: Uint8Array): string {
  const bom = bomCharset(bytes);
  if (bom) return new TextDecoder(bom).decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const declared = declaredCharset(bytes);
    if (declared) return new TextDecoder(declared).decode(bytes);
  }
  // Nothing declared and not UTF-8: a Chinese page saved without a `<meta charset>` is GBK, else it is what browsers
  // assume for a Western page, windows-1252.
  return new TextDecoder(looksLikeGbk(bytes) ? 'gb18030' : 'windows-1252').decode(bytes);
}

/**
 * Chinese text in GBK is pairs of bytes from 0xA1 up (GB2312's rows); a Western page's accented letters are single
 * high bytes among ASCII ones (`M\xfcnchen`), which GB18030 would still decode, as nonsense.
 */
function looksLikeGbk(bytes: Uint8Array): boolean {
  let pairs = 0;
  let gb = 0;
  for (let i = 0; i < bytes.length - 1; i++) {
    if (bytes[i]! < 0x80) continue;
    pairs++;
    if (bytes[i]! >= 0xa1 && bytes[i + 1]! >= 0xa1) gb++;
    i++;
  }
  return pairs > 0 && gb >= 0.9 * pairs;
}

function bomCharset(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/** The `<meta charset>` (or http-equiv) an HTML file declares in its first kilobytes. */
function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const declared = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1];
  if (!declared) return undefined;
  try {
    return new TextDecoder(declared).encoding;
  } catch {
    return undefined; // an unknown label
  }
}

export function looksLikeHtml(text: string, name = ''): boolean {
  // Saved pages often open with a BOM, an XML declaration or a `<!-- saved from url=… -->` comment.
  const start = text.replace(/^\ufeff?(\s*(<\?xml[^>]*>|<!--[\s\S]*?-->))*/, '');
  return /\.x?html?$/i.test(name) || /^\s*(<!doctype html|<html|<head|<body|<article|<div|<p[\s>])/i.test(start);
}

export function articleFromHtml(html: string, url: string): ExtractionResult {
  // A fragment (`<p>…</p>` with no `<html>` or `<body>`) is a body, as a browser reads it.
  const whole = /<(?:html|body)[\s>]/i.test(html)
    ? html
    : `<!doctype html><html><head></head><body>${html}</body></html>`;
  const { document } = parseHTML(whole);
  return extractArticle(document as unknown as Document, url);
}

/** Any input — HTML or plain text — as an article, or the reason there is none. */
export function articleFromInput(text: string, meta: TextMeta & { name?: string }): ExtractionResult {
  const url = meta.url ?? (meta.name && meta.name !== '-' ? pathToFileURL(resolve(meta.name)).href : '');
  if (looksLikeHtml(text, meta.name)) return articleFromHtml(text, url);
  const article = articleFromText(text, { ...meta, url });
  return article.blocks.length > 0 ? { ok: true, article } : failure('no-article', 'emptyInput');
}
