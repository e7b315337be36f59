import type { BlockKind } from '../../core/article';
import { countCjk } from '../../core/script';
import { ENDS_SENTENCE, isCjkChar } from './chars';
import type { PlacedLine } from './reading-order';

/** A block as read from the page: its kind, and where it came from (its page and its text's size). */
export interface PdfBlock {
  kind: BlockKind;
  text: string;
  level?: number;
  page: number;
  size: number;
}

/** Text this much larger than the body's is a heading; this much smaller, a footnote or a caption. */
const HEADING_SCALE = 1.15;
const SMALL_SCALE = 0.88;
/** Sizes closer than this share are the same size (fonts are rounded differently in different PDFs). */
const SAME_SIZE = 0.08;
/** A gap between lines wider than this many line spacings ends a paragraph. */
const PARAGRAPH_GAP = 1.45;
const LONGEST_HEADING = 200;
const BULLET = /^[•●○◦▪■□◆◇‣⁃∙·-]\s+/u;
const ENUMERATED = /^(?:\(?\d{1,3}[.)]|\(?[a-z][.)]|\[\d{1,3}\]|[（(][一二三四五六七八九十\d]{1,3}[)）])\s*\S/u;
/** A numbered section's heading: `2.3 Methods`, `IV. Results`, `第三章 …`, `一、…`. */
const SECTION_NUMBER =
  /^(?:\d{1,2}(?:\.\d{1,2}){0,3}\.?\s+\S|[IVX]{1,5}\.\s+\S|第[一二三四五六七八九十百\d]+[章节部分篇编]|[一二三四五六七八九十]{1,3}、)/u;
const SHORTEST_LINE_FILL = 0.75;
/** Two lines in a row this short a share of their column's width are not prose. */
const SHORT_PAIR_FILL = 0.5;
/** Back matter whose entries are a list, not prose: reference lists, notes. */
const REFERENCES =
  /^(?:\d{1,2}\.?\s*)?(?:references|bibliography|works cited|literature cited|sources|notes|endnotes|参考文献|参考资料|注释)\s*[:：]?$/iu;

/**
 * The document's lines, in reading order, as blocks: lines joined into paragraphs (a word broken at a line's end
 * rejoined, Chinese lines joined without a space), headings told by their size, list items by their bullets, and
 * small print (footnotes, captions) apart, so key sentences never come from it.
 */
export function blocksOf(lines: readonly PlacedLine[]): PdfBlock[] {
  if (lines.length === 0) return [];
  const body = bodySize(lines);
  const layout: Layout = { body, spacing: lineSpacing(lines, body), edges: columnEdges(lines) };
  const hyphenated = hyphenatedWords(lines);
  const blocks: PdfBlock[] = [];
  // Small print and a sidebar are a flow of their own, kept out of key sentences: a footnote at a page's foot doesn't
  // end the sentence running on to the next page, and follows the paragraph it interrupted.
  const small = flow(layout, hyphenated, (block) => blocks.push({ ...block, kind: 'caption' }));
  const main = flow(layout, hyphenated, (block) => {
    blocks.push(block);
    small.close();
  });
  for (const line of lines) (line.aside || line.size <= body * SMALL_SCALE ? small : main).add(line);
  main.close();
  small.close();
  return referencesAsLists(blocks);
}

/** Lines joined into blocks as they come; each block, once complete, goes to `done`. */
function flow(layout: Layout, hyphenated: ReadonlySet<string>, done: (block: PdfBlock) => void) {
  let current: PdfBlock | undefined;
  let lineCount = 0;
  let previous: PlacedLine | undefined;
  const close = () => {
    const block = current;
    current = undefined;
    if (block) done(classify(block, lineCount, layout.body));
  };
  const add = (line: PlacedLine) => {
    const listed =
      BULLET.test(line.text) || (ENUMERATED.test(line.text) && !isSectionHeading(line.text, line.size, layout.body));
    if (!current || !previous || listed || startsBlock(previous, line, layout)) {
      close();
      const kind = listed ? 'listItem' : 'paragraph';
      current = { kind, text: line.text.replace(BULLET, ''), page: line.page, size: line.size };
      lineCount = 1;
    } else {
      current.text = joinLines(current.text, line.text, hyphenated);
      lineCount++;
    }
    previous = line;
  };
  return { add, close };
}

/** The size most of the text is set in, by characters. */
function bodySize(lines: readonly PlacedLine[]): number {
  const chars = new Map<number, number>();
  for (const line of lines) {
    const size = Math.round(line.size * 2) / 2;
    chars.set(size, (chars.get(size) ?? 0) + line.text.length);
  }
  return [...chars].sort((a, b) => b[1] - a[1])[0]![0];
}

/** The body text's usual distance between baselines. */
function lineSpacing(lines: readonly PlacedLine[], body: number): number {
  const gaps: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const [a, b] = [lines[i - 1]!, lines[i]!];
    const dy = b.y - a.y;
    if (a.page === b.page && a.column === b.column && sameSize(a.size, body) && sameSize(b.size, body) && dy > 0) {
      if (dy < body * 3) gaps.push(dy);
    }
  }
  gaps.sort((a, b) => a - b);
  return gaps[Math.floor(gaps.length / 2)] ?? body * 1.2;
}

interface Layout {
  spacing: number;
  body: number;
  edges: Map<string, { left: number; right: number }>;
}

/** Where each column of each page starts (its most common left edge) and ends (its widest line). */
function columnEdges(lines: readonly PlacedLine[]): Map<string, { left: number; right: number }> {
  const starts = new Map<string, Map<number, number>>();
  const edges = new Map<string, { left: number; right: number }>();
  for (const line of lines) {
    const key = `${line.page}:${line.column}`;
    const counts = starts.get(key) ?? new Map<number, number>();
    const x = Math.round(line.x0);
    counts.set(x, (counts.get(x) ?? 0) + 1);
    starts.set(key, counts);
    const edge = edges.get(key) ?? { left: line.x0, right: line.x1 };
    edge.right = Math.max(edge.right, line.x1);
    edges.set(key, edge);
  }
  for (const [key, counts] of starts) edges.get(key)!.left = [...counts].sort((a, b) => b[1] - a[1])[0]![0];
  return edges;
}

function startsBlock(previous: PlacedLine, line: PlacedLine, { spacing, edges, body }: Layout): boolean {
  if (!sameSize(previous.size, line.size)) return true;
  const unfinished = !ENDS_SENTENCE.test(previous.text);
  // Text runs on from a column's foot to the next column's or page's head while its sentence does.
  if (previous.page !== line.page || previous.column !== line.column) return !unfinished;
  const dy = line.y - previous.y;
  if (dy <= 0 || dy > spacing * PARAGRAPH_GAP * (line.size / body)) return true;
  const edge = edges.get(`${line.page}:${line.column}`);
  if (!edge) return false;
  const em = line.size;
  // A first line set in from the column's edge, after a line that wasn't.
  const indented = line.x0 > edge.left + em * 0.8 && line.x0 < edge.left + em * 6;
  if (indented && Math.abs(line.x0 - previous.x0) > em * 0.5) return true;
  // A line that stops well short of the column's edge, at a sentence's end, ended its paragraph.
  const width = edge.right - edge.left;
  const short = previous.x1 - edge.left < width * SHORTEST_LINE_FILL;
  if (short && !unfinished && width > em * 10) return true;
  // Within a paragraph every line but its last runs to the edge: a short line before a longer one, or two short
  // lines in a row, is a heading, a label or a menu's item over the text, whatever its punctuation.
  const previousWidth = previous.x1 - previous.x0;
  const lineWidth = line.x1 - line.x0;
  return previousWidth < lineWidth * SHORTEST_LINE_FILL || (short && lineWidth < width * SHORT_PAIR_FILL);
}

function sameSize(a: number, b: number): boolean {
  return Math.abs(a - b) <= Math.max(a, b) * SAME_SIZE;
}

/**
 * Two lines of a paragraph as one text. A word hyphenated at the line's end is rejoined (`informa-` + `tion`)
 * unless the document writes it with its hyphen elsewhere (`well-known`); Chinese lines join without a space.
 */
function joinLines(text: string, next: string, hyphenated: ReadonlySet<string>): string {
  // Only the text's end is looked at: a paragraph grows a line at a time, and each join stays short.
  const broken = /(\p{L}+)-$/u.exec(text.slice(-60));
  if (broken && /^\p{Ll}/u.test(next)) {
    const rest = /^\p{L}+/u.exec(next)?.[0] ?? '';
    const keep = hyphenated.has(`${broken[1]}-${rest}`.toLowerCase());
    return keep ? text + next : text.slice(0, -1) + next;
  }
  if (text.endsWith('\u00ad')) return text.slice(0, -1) + next;
  if (isCjkChar(text.at(-1) ?? '') || isCjkChar(next[0] ?? '')) return text + next;
  // In Chinese a line break is never a space, even between digits (`节约5` / `0%`): only two Latin words get one.
  const tail = text.slice(-200);
  if (countCjk(tail) * 3 > tail.length && !(/[a-z]$/i.test(text) && /^[a-z]/i.test(next))) return text + next;
  return `${text} ${next}`;
}

/** Words the document writes with a hyphen inside a line: their hyphen is the word's, not a line break's. */
function hyphenatedWords(lines: readonly PlacedLine[]): Set<string> {
  const words = new Set<string>();
  for (const line of lines) {
    for (const match of line.text.matchAll(/\p{L}+-\p{L}+/gu)) words.add(match[0].toLowerCase());
  }
  return words;
}

function classify(block: PdfBlock, lines: number, body: number): PdfBlock {
  const text = block.text;
  const short = text.length <= LONGEST_HEADING && lines <= 3;
  if (short && block.size >= body * HEADING_SCALE && !/[.。]$/.test(text)) return { ...block, kind: 'heading' };
  if (block.kind === 'paragraph' && lines === 1 && isSectionHeading(text, block.size, body)) {
    return { ...block, kind: 'heading' };
  }
  if (block.size <= body * SMALL_SCALE) return { ...block, kind: 'caption' };
  // A line or two set apart that doesn't end as a sentence does is a label, not prose: a run-in heading, a figure's
  // or table's label, and on a web page saved as PDF a menu's item or another story's headline.
  if (block.kind === 'paragraph' && lines <= 2 && !ENDS_SENTENCE.test(text)) return { ...block, kind: 'caption' };
  return block;
}

function isSectionHeading(text: string, size: number, body: number): boolean {
  return SECTION_NUMBER.test(text) && text.length <= 80 && !ENDS_SENTENCE.test(text) && size >= body * (1 - SAME_SIZE);
}

/**
 * Headings get levels by size, the largest 1; the entries under a "References" or "Notes" heading become a list,
 * which the digest treats as apparatus, never as key sentences.
 */
function referencesAsLists(blocks: PdfBlock[]): PdfBlock[] {
  const sizes = [...new Set(blocks.filter((b) => b.kind === 'heading').map((b) => Math.round(b.size)))].sort(
    (a, b) => b - a,
  );
  let inReferences = false;
  return blocks.map((block) => {
    if (block.kind === 'heading') {
      inReferences = REFERENCES.test(block.text);
      return { ...block, level: Math.min(6, sizes.indexOf(Math.round(block.size)) + 1) };
    }
    return inReferences && block.kind === 'paragraph' ? { ...block, kind: 'listItem' } : block;
  });
}
