import type { Block, BlockKind } from '../../core/article';

/**
 * Text hard-wrapped at a fixed width (old Chinese sites and forums break every line with `<br>`, and table layouts
 * put each line in a cell) arrives as one block per line, so a sentence starts on one line and ends on the next
 * (`…那一天正好是` / `四月十五日，后来我们才知道…`). Such lines are told by their width: most of them are the same
 * width, and a full-width line that doesn't end a sentence runs on into the next. Those are joined back.
 */

const JOINABLE: ReadonlySet<BlockKind> = new Set(['paragraph', 'cell']);
/** Lines a text needs before a common width means anything, and the share of them that must have it. */
const MIN_LINES = 6;
const SHARE_AT_WIDTH = 0.4;
/**
 * Narrowest wrap width, in columns: text was wrapped for reading at 60–80; a column of names or addresses that happen
 * to share a width is narrower, and is not prose.
 */
const MIN_WIDTH = 50;
/** Share of the lines that hold a sentence's end: wrapped prose does, a list of cells doesn't. */
const PROSE_SHARE = 0.2;
/** Width a full line may fall short by: a wrap breaks before a word or a punctuation mark that doesn't fit. */
const SLACK = 3;
const SENTENCE_END = /[。！？；…!?.」』”"）)]$/;

/** Display width: a CJK character is two columns, as in the fixed-width text it was wrapped in. */
function width(text: string): number {
  let w = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const wide =
      (c >= 0x1100 && c <= 0x115f) ||
      (c >= 0x2e80 && c <= 0xa4cf) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6);
    w += wide ? 2 : 1;
  }
  return w;
}

/** The width most lines share, if enough of them share it. */
function wrapWidth(blocks: readonly Block[]): number | undefined {
  const widths = blocks.filter((b) => JOINABLE.has(b.kind)).map((b) => width(b.text));
  if (widths.length < MIN_LINES) return undefined;
  const counts = new Map<number, number>();
  for (const w of widths) counts.set(w, (counts.get(w) ?? 0) + 1);
  let best: number | undefined;
  let bestNear = 0;
  for (const w of counts.keys()) {
    if (w < MIN_WIDTH) continue;
    let near = 0;
    for (const [v, n] of counts) if (v <= w && v >= w - SLACK) near += n;
    if (near > bestNear) [best, bestNear] = [w, near];
  }
  return best !== undefined && bestNear >= SHARE_AT_WIDTH * widths.length ? best : undefined;
}

export function joinHardWrapped(blocks: readonly Block[]): Block[] {
  const full = wrapWidth(blocks);
  const lines = blocks.filter((b) => JOINABLE.has(b.kind));
  const prose = lines.filter((b) => /[。！？]/.test(b.text)).length >= PROSE_SHARE * lines.length;
  if (full === undefined || !prose) return [...blocks];
  const out: Block[] = [];
  let runsOn = false;
  for (const block of blocks) {
    const last = out.at(-1);
    if (runsOn && last && last.kind === block.kind) out[out.length - 1] = { ...last, text: last.text + block.text };
    else out.push(block);
    const w = width(block.text);
    runsOn = JOINABLE.has(block.kind) && w >= full - SLACK && w <= full && !SENTENCE_END.test(block.text);
  }
  return out;
}
