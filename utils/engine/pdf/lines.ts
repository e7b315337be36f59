import { isCjkChar, readableGlyphs } from './chars';
import type { PdfPage, PdfText } from './document';

/** A run of text on one baseline, without a gap wide enough to be a gutter: one line of one column. */
export interface Line {
  page: number;
  x0: number;
  x1: number;
  /** The baseline, from the page's top. */
  y: number;
  size: number;
  text: string;
}

/** Baselines closer than this share of the font size are one line (a superscript sits a little above it). */
const SAME_BASELINE = 0.45;
/** A gap wider than this many font sizes splits a line: the gutter between columns, or between a table's cells. */
const GUTTER = 1.6;
/** A gap wider than this share of the font size between two pieces of text is a space between words. */
const WORD_GAP = 0.12;

/** The lines of a page, top to bottom and left to right. Linear in the page's text after sorting it. */
export function linesOf(page: PdfPage, index: number): Line[] {
  const texts = page.texts
    .filter((t) => t.size > 0 && t.text.trim() !== '')
    .map((t) => ({ ...t, text: readableGlyphs(t.text) }))
    .sort((a, b) => a.y - b.y || a.x - b.x);
  const lines: Line[] = [];
  let band: PdfText[] = [];
  let bandY = 0;
  let bandSize = 0;
  for (const text of texts) {
    if (band.length > 0 && Math.abs(text.y - bandY) > SAME_BASELINE * Math.max(bandSize, text.size)) {
      lines.push(...segments(band, index));
      band = [];
    }
    if (band.length === 0) {
      bandY = text.y;
      bandSize = text.size;
    }
    band.push(text);
  }
  if (band.length > 0) lines.push(...segments(band, index));
  return lines;
}

/** One baseline's texts, left to right, cut at gutters into lines. */
function segments(band: PdfText[], page: number): Line[] {
  const sorted = [...band].sort((a, b) => a.x - b.x);
  const lines: Line[] = [];
  let line: Line | undefined;
  let sizeChars = 0;
  let previous: PdfText | undefined;
  for (const text of sorted) {
    const size = text.size;
    // Text drawn twice a hair apart is a bold effect, not two words.
    if (previous && previous.text === text.text && Math.abs(previous.x - text.x) < size * 0.3) continue;
    const gap = line ? text.x - line.x1 : 0;
    if (!line || gap > GUTTER * Math.max(size, line.size)) {
      if (line) lines.push(line);
      line = { page, x0: text.x, x1: text.x + text.width, y: text.y, size, text: text.text };
      sizeChars = text.text.length;
    } else {
      line.text = joinPieces(line.text, text.text, gap > WORD_GAP * size);
      line.x1 = Math.max(line.x1, text.x + text.width);
      // The line's size is its main text's, not a superscript's or a drop cap's.
      if (text.text.length > sizeChars) {
        line.size = size;
        line.y = text.y;
        sizeChars = text.text.length;
      }
    }
    previous = text;
  }
  if (line) lines.push(line);
  return lines.map((l) => ({ ...l, text: l.text.replace(/\s+/g, ' ').trim() }));
}

function joinPieces(left: string, right: string, spaced: boolean): string {
  if (!spaced || /\s$/.test(left) || /^\s/.test(right)) return left + right;
  // Chinese and Japanese have no spaces between words, however the characters were placed.
  if (isCjkChar(left.at(-1) ?? '') && isCjkChar(right[0] ?? '')) return left + right;
  return `${left} ${right}`;
}
