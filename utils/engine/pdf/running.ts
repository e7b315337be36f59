import type { PlacedLine } from './reading-order';

/** The share of a page's height at its top and at its bottom where running heads, feet and page numbers sit. */
const MARGIN = 0.1;
/** A margin line on this share of the pages (and on two at least) is running matter. */
const REPEATED_SHARE = 0.3;
const PAGE_NUMBER =
  /^(?:[-–—]\s*)?(?:(?:page|p\.|pp\.)\s*)?(?:\d{1,4}|[ivxlc]{1,7})(?:\s*(?:of|\/)\s*\d{1,4})?(?:\s*[-–—])?$|^第\s*[\d一二三四五六七八九十百千]+\s*页(?:\s*[，,/]?\s*共\s*\d+\s*页)?$/iu;

export interface PageLines {
  lines: PlacedLine[];
  height: number;
}

/**
 * The pages' lines without their running heads and feet (a title, a chapter, a date and an address printed on every
 * page, told by repeating in the margins with only their numbers changed) and without page numbers.
 */
export function withoutRunningMatter(pages: readonly PageLines[]): PlacedLine[][] {
  const marginal = (line: PlacedLine, height: number) =>
    line.y - line.size < height * MARGIN || line.y > height * (1 - MARGIN);
  const seenOn = new Map<string, number>();
  for (const { lines, height } of pages) {
    const keys = new Set(lines.filter((l) => marginal(l, height)).map((l) => runningKey(l.text)));
    for (const key of keys) seenOn.set(key, (seenOn.get(key) ?? 0) + 1);
  }
  const repeated = Math.max(2, Math.ceil(pages.length * REPEATED_SHARE));
  return pages.map(({ lines, height }) =>
    lines.filter(
      (l) => !(marginal(l, height) && (PAGE_NUMBER.test(l.text) || (seenOn.get(runningKey(l.text)) ?? 0) >= repeated)),
    ),
  );
}

/** A running line's text with what changes from page to page (its numbers) left out. */
function runningKey(text: string): string {
  return text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ');
}
