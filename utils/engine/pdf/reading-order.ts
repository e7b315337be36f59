import type { Line } from './lines';

/** A line placed in reading order: which column of its page it is in (0 or 1; -1 spans the columns). */
export interface PlacedLine extends Line {
  column: number;
  /** In a column much narrower than the other: a sidebar, margin notes, or a web page's rail of links. */
  aside?: boolean;
}

/** The band of a page's width a gutter between two columns lies in. */
const GUTTER_BAND = [0.3, 0.7] as const;
/** Lines a page needs before its columns mean anything, and the share each column must hold. */
const MIN_LINES = 8;
const MIN_COLUMN_SHARE = 0.2;
/** Lines that may cross a gutter (a title, a wide figure's caption) before it isn't one. */
const MAX_CROSSING_SHARE = 0.1;
/** A column narrower than this share of the other is beside the text, not part of it: columns of text match. */
const ASIDE_WIDTH = 0.6;

/**
 * A page's lines as a reader reads them: a two-column page column by column, a line across both (a title, a
 * section break) closing the columns above it before the text below it starts.
 */
export function readingOrder(lines: readonly Line[], pageWidth: number): PlacedLine[] {
  const byY = [...lines].sort((a, b) => a.y - b.y || a.x0 - b.x0);
  const gutter = findGutter(byY, pageWidth);
  if (gutter === undefined) return byY.map((line) => ({ ...line, column: 0 }));
  const out: PlacedLine[] = [];
  let leftLines: PlacedLine[] = [];
  let rightLines: PlacedLine[] = [];
  const closeColumns = () => {
    out.push(...leftLines, ...rightLines);
    leftLines = [];
    rightLines = [];
  };
  for (const line of byY) {
    if (line.x1 <= gutter) leftLines.push({ ...line, column: 0 });
    else if (line.x0 >= gutter) rightLines.push({ ...line, column: 1 });
    else {
      closeColumns();
      out.push({ ...line, column: -1 });
    }
  }
  closeColumns();
  const width = (column: number) => {
    const lines = out.filter((l) => l.column === column);
    return Math.max(...lines.map((l) => l.x1)) - Math.min(...lines.map((l) => l.x0));
  };
  const [left, right] = [width(0), width(1)];
  const aside = left < right * ASIDE_WIDTH ? 0 : right < left * ASIDE_WIDTH ? 1 : undefined;
  return aside === undefined ? out : out.map((l) => (l.column === aside ? { ...l, aside: true } : l));
}

/** The x of a gutter between two columns, if the page has one: a line few lines cross, with text on both sides. */
function findGutter(lines: readonly Line[], width: number): number | undefined {
  if (lines.length < MIN_LINES) return undefined;
  let fewest = Infinity;
  let at: number[] = [];
  // Two points a step: the gutter is wider than that. Bounded by the page's lines times 100.
  for (let x = width * GUTTER_BAND[0]; x <= width * GUTTER_BAND[1]; x += 2) {
    let crossing = 0;
    for (const line of lines) if (line.x0 < x && line.x1 > x) crossing++;
    if (crossing < fewest) {
      fewest = crossing;
      at = [x];
    } else if (crossing === fewest) at.push(x);
  }
  const gutter = at[Math.floor(at.length / 2)];
  if (gutter === undefined || fewest > lines.length * MAX_CROSSING_SHARE) return undefined;
  const left = lines.filter((l) => l.x1 <= gutter).length;
  const right = lines.filter((l) => l.x0 >= gutter).length;
  const least = lines.length * MIN_COLUMN_SHARE;
  return left >= least && right >= least ? gutter : undefined;
}
