import type { Block, ExtractionResult } from '../../core/article';
import { failure } from '../../core/failure';
import { buildArticle } from '../extract/build';
import { cleanTitle } from '../extract/title';
import type { PdfDocument } from './document';
import { linesOf } from './lines';
import { blocksOf, type PdfBlock } from './paragraphs';
import { readingOrder } from './reading-order';
import { withoutRunningMatter } from './running';

/** Text that is mostly this (private-use glyphs, replacement characters) was drawn with a font that can't be read. */
const UNREADABLE = /[\ue000-\uf8ff\ufffd]/gu;

/**
 * A PDF as an article: its pages' lines in reading order, running heads and page numbers left out, joined into
 * headings, paragraphs and lists, titled by the document's own title, else its first heading, else its file name.
 * A document with no text that can be read (a scan) says so.
 */
export function pdfArticle(doc: PdfDocument): ExtractionResult {
  const pages = withoutRunningMatter(
    doc.pages.map((page, i) => ({ lines: readingOrder(linesOf(page, i), page.width), height: page.height })),
  );
  const blocks = blocksOf(pages.flat()).filter((b) => readable(b.text));
  if (blocks.length === 0) return failure('no-article', 'pdfNoText');
  const headings = blocks.filter((b) => b.kind === 'heading').map((b) => b.text);
  const own = ownTitle(doc.title);
  // A web page saved as PDF carries the page's <title>, site name and all: cleaned as a page's title is.
  const title = (own && cleanTitle(own, undefined, headings)) ?? firstHeading(blocks) ?? fileTitle(doc.url);
  return {
    ok: true,
    article: buildArticle({
      url: doc.url,
      title,
      byline: doc.author?.trim() || undefined,
      publishedAt: doc.createdAt,
      declaredLang: doc.lang,
      blocks: blocks.map(
        ({ kind, text, level }): Block => (level === undefined ? { kind, text } : { kind, text, level }),
      ),
    }),
  };
}

function readable(text: string): boolean {
  const unreadable = text.match(UNREADABLE)?.length ?? 0;
  return text.trim() !== '' && unreadable * 2 < text.length;
}

/** The title a document's metadata gives, unless it is the name of the file it was made from, or a placeholder. */
function ownTitle(title: string | undefined): string | undefined {
  const t = title?.replace(/\s+/g, ' ').trim();
  if (!t || t.length < 3) return undefined;
  if (/^(?:untitled|microsoft (?:word|powerpoint|excel)\b|document\d*$|slide \d+$|presentation\d*$)/i.test(t))
    return undefined;
  if (/\.(?:docx?|pdf|pptx?|xlsx?|indd|tex|odt|rtf|html?)$/i.test(t)) return undefined;
  return t;
}

/** The first page's most prominent heading. */
function firstHeading(blocks: readonly PdfBlock[]): string | undefined {
  const firstPage = blocks.filter((b) => b.page === blocks[0]!.page && b.kind === 'heading');
  const largest = Math.max(...firstPage.map((b) => b.size));
  return firstPage.find((b) => b.size === largest)?.text;
}

/** The file's name, as a title: `annual_report-2024.pdf` → `annual report 2024`. */
export function fileTitle(url: string): string {
  let name = url;
  try {
    name = decodeURIComponent(new URL(url).pathname.split('/').filter(Boolean).at(-1) ?? '');
  } catch {
    // An address that doesn't parse is its own name.
  }
  const title = name
    .replace(/\.pdf$/i, '')
    .replace(/[_+]+|(?<=\S)-(?=\S)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return title || url;
}
