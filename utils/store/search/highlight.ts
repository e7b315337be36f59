import { type SearchQuery, typedWordBases } from './query';
import { surfaceWord, tokenize } from './tokens';

/** A half-open range [start, end) of a displayed string to mark as matching the search. */
export type Range = readonly [start: number, end: number];

/**
 * Where a query matches in one displayed string (a title, a sentence): its Han phrases wherever they occur, and
 * whole words whose stem is a query term or that begin with the word being typed. Sorted and non-overlapping.
 */
export function matchRanges(text: string, query: SearchQuery): Range[] {
  const ranges: Range[] = [];
  for (const phrase of query.phrases) {
    for (let at = text.indexOf(phrase); at !== -1; at = text.indexOf(phrase, at + phrase.length)) {
      ranges.push([at, at + phrase.length]);
    }
  }
  const terms = new Set(query.terms);
  if (terms.size > 0 || query.prefix) {
    for (const token of tokenize(text)) {
      if (token.kind === 'word' && (terms.has(token.term) || matchesPrefix(token, query.prefix))) {
        ranges.push([token.start, token.end]);
      }
    }
  }
  return merge(ranges);
}

function matchesPrefix(token: { text: string }, prefix: SearchQuery['prefix']): boolean {
  if (prefix === undefined) return false;
  const word = surfaceWord(token.text);
  return word.startsWith(prefix) || typedWordBases(prefix).includes(word);
}

function merge(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = out.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
  }
  return out;
}

/** Characters of context kept before the first match when a long sentence is cut to show it. */
const CONTEXT_CHARS = 30;

/**
 * The part of a long sentence that shows its first match, for a list clamped to two lines: cut a little before the
 * match (at a space when there is one nearby), marked with an ellipsis. Short or unmatched text is left whole.
 */
export function snippet(text: string, query: SearchQuery): string {
  const first = matchRanges(text, query)[0];
  if (!first || first[0] <= CONTEXT_CHARS * 2) return text;
  const from = first[0] - CONTEXT_CHARS;
  const space = text.indexOf(' ', from);
  const start = space !== -1 && space < first[0] ? space + 1 : from;
  return `…${text.slice(start)}`;
}
