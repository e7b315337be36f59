/**
 * Cutting text that is too long to handle in one piece, at the safest point available: after a sentence end,
 * else after a clause mark, else at a space, else between two characters (never inside a surrogate pair).
 * Node 20's Intl.Segmenter is super-linear on one huge string, and a shown sentence must stay readable.
 */

const SENTENCE_END = /[.!?。！？；;…]["'”’」』）)\]]*\s*/g;
const CLAUSE_END = /[，,、：:—–]\s*|\s+/g;

/** Offsets where `text` may be cut so no piece is longer than `max` characters. */
export function safeCuts(text: string, max: number): number[] {
  const cuts: number[] = [];
  let from = 0;
  while (text.length - from > max) {
    const cut =
      lastMatchEnd(text, from, from + max, SENTENCE_END, max / 4) ??
      lastMatchEnd(text, from, from + max, CLAUSE_END, max / 4) ??
      avoidSurrogateSplit(text, from + max);
    cuts.push(cut);
    from = cut;
  }
  return cuts;
}

/** Pieces of `text` with their offsets, each at most `max` characters long. */
export function cutText(text: string, max: number): Array<{ text: string; start: number }> {
  const pieces: Array<{ text: string; start: number }> = [];
  let start = 0;
  for (const cut of [...safeCuts(text, max), text.length]) {
    pieces.push({ text: text.slice(start, cut), start });
    start = cut;
  }
  return pieces;
}

/** End of the last match of `pattern` in text[from, to) that leaves a piece of at least `minPiece` characters. */
function lastMatchEnd(text: string, from: number, to: number, pattern: RegExp, minPiece: number): number | undefined {
  const window = text.slice(from, to);
  let best: number | undefined;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(window); m; m = pattern.exec(window)) {
    const end = m.index + m[0].length;
    if (end >= minPiece && end < window.length + 1) best = end;
    if (m[0].length === 0) pattern.lastIndex++;
  }
  return best === undefined ? undefined : from + best;
}

function avoidSurrogateSplit(text: string, at: number): number {
  const code = text.charCodeAt(at - 1);
  return code >= 0xd800 && code <= 0xdbff ? at - 1 : at;
}
