import { parseHTML } from 'linkedom';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { extractArticle } from '../../utils/article/extract';
import { articleFromText, type TextMeta } from '../../utils/article/text';
import type { ExtractionResult } from '../../utils/article/types';

/** Bytes of a saved page or text file → an article, the way the extension would see it. */

export function decode(bytes: Uint8Array): string {
  return new TextDecoder(charsetOf(bytes), { fatal: false }).decode(bytes);
}

/** BOM first, then a `<meta charset>` in the first KB, else UTF-8: saved Chinese pages are often GBK. */
function charsetOf(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  const declared = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1];
  if (declared) {
    try {
      return new TextDecoder(declared).encoding;
    } catch {
      // An unknown label: fall through to UTF-8.
    }
  }
  return 'utf-8';
}

export function looksLikeHtml(text: string, name = ''): boolean {
  return /\.x?html?$/i.test(name) || /^\s*(<!doctype html|<html|<head|<body|<article|<div|<p[\s>])/i.test(text);
}

export function articleFromHtml(html: string, url: string): ExtractionResult {
  const { document } = parseHTML(html);
  return extractArticle(document as unknown as Document, url);
}

/** Any input — HTML or plain text — as an article, or the reason there is none. */
export function articleFromInput(text: string, meta: TextMeta & { name?: string }): ExtractionResult {
  const url = meta.url ?? (meta.name && meta.name !== '-' ? pathToFileURL(resolve(meta.name)).href : '');
  if (looksLikeHtml(text, meta.name)) return articleFromHtml(text, url);
  const article = articleFromText(text, { ...meta, url });
  return article.blocks.length > 0
    ? { ok: true, article }
    : { ok: false, reason: 'no-article', message: 'The input has no text to digest.' };
}
