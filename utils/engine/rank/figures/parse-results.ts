/**
 * Match results: `beat PSG 3-1`, `a 1-1 draw`, `won 7-5 5-7 6-4`, `以3比1战胜`. A result is what a sports report is
 * about, so it is a figure — but two small numbers joined by a dash are also ranges (`3-5 days`, `10-19%`), so a
 * pair is read as a score only where the sentence says a match was won, lost, drawn or led, or where sets follow
 * one another (`6-2 6-4`). The figure's text is the whole result, every set and tie-break included; its value is
 * the first side's tally, its kind a count with unit `score`.
 */

import type { Candidate } from './candidate';
import { EN_RESULT_NOUN, EN_RESULT_VERB } from './en/lexicon';
import { touches } from './exclude-spans';
import { matchEnUnit } from './parse-units';
import { ZH_RESULT } from './zh/lexicon';

/** One tally pair: `3-1`, `7–6 (7-2)`, `7-6 (5)` (the loser's tie-break points); a following pair in the same sequence may be set off by a comma. */
const PAIR = String.raw`\d{1,3}\s?[-–—]\s?\d{1,3}(?:\s?\(\d{1,2}(?:[-–/]\d{1,2})?\))?`;
const EN_SCORE = new RegExp(
  String.raw`(?<![\d.,:/\-–—]|\d\s)(\d{1,3})\s?[-–—]\s?(\d{1,3})(?:\s?\(\d{1,2}(?:[-–/]\d{1,2})?\))?((?:(?:,\s?|\s)${PAIR})*)(?![\d.,]?\d|\s?[-–—]\s?\d|[A-Za-z%])`,
  'g',
);

const ZH_SCORE = /(\d{1,3})\s?(?:比|:|：)\s?(\d{1,3})(?![\d.]|\s?[:：]\d)/g;

export function findScores(text: string, mask: Uint8Array, taken: Uint8Array): Candidate[] {
  const found: Candidate[] = [];
  if (!/\d\s?[-–—比:：]\s?\d/.test(text)) return found;
  EN_SCORE.lastIndex = 0;
  for (let m = EN_SCORE.exec(text); m; m = EN_SCORE.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    // A tie-break may be written `(8/6)`, which the mask takes for a fraction: only the first pair must be clear.
    const first = start + (/^\d{1,3}\s?[-–—]\s?\d{1,3}/.exec(m[0])?.[0].length ?? 0);
    if (touches(mask, start, first) || touches(taken, start, end)) continue;
    const sets = Boolean(m[3]);
    const rest = text.slice(end, end + 40);
    // `3-5 days`, `10-12ft`, `18-30 year olds`: a range of a unit, not a result.
    if (!sets && (matchEnUnit(rest) || /^\s?(?:million|billion|thousand|bn|m|k|per\s?cent|percent)\b/i.test(rest)))
      continue;
    // Sets in a row (`6-2 6-4`) are a result on their own when they could be tennis sets; anything else needs a word.
    const tennis = sets && (m[0].replace(/\([^)]*\)/g, '').match(/\d+/g) ?? []).every((d) => Number(d) <= 7);
    const noun = EN_RESULT_NOUN.exec(text.slice(end, end + 48));
    if (!tennis && !noun && !verbBefore(text, start)) continue;
    push(start, end, Number(m[1]), noun?.[0].replace(/^[\s-]+/, ''));
  }
  ZH_SCORE.lastIndex = 0;
  for (let m = ZH_SCORE.exec(text); m; m = ZH_SCORE.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (touches(mask, start, end) || touches(taken, start, end)) continue;
    const clause = clauseAround(text, start, end);
    // `以3比1战胜`: 以 A 比 B is how Chinese reports a result; a proportion is `比例为` or `之比`.
    const byYi = text[start - 1] === '以' && !/^[^，。；]{0,4}(?:比例|的比例|之比)/.test(text.slice(end, end + 8));
    if (!byYi && !ZH_RESULT.test(clause)) continue;
    push(start, end, Number(m[1]));
  }
  return found;

  function push(start: number, end: number, value: number, label?: string): void {
    const key = text.slice(start, end).match(/\d+/g)?.join('-');
    found.push({
      start,
      end,
      value,
      kind: 'count',
      unit: 'score',
      label,
      scaled: false,
      weak: false,
      role: 'score',
      key,
    });
    taken.fill(1, start, end);
  }
}

/** A result verb shortly before the pair, in the same clause. */
function verbBefore(text: string, start: number): boolean {
  let window = text.slice(Math.max(0, start - 48), start);
  const cut = Math.max(window.lastIndexOf(';'), window.lastIndexOf('.'), window.lastIndexOf(':'));
  if (cut >= 0) window = window.slice(cut + 1);
  // At most four words between the verb and the score (`beat Paris Saint-Germain 3-1`).
  EN_RESULT_VERB.lastIndex = 0;
  for (let m = EN_RESULT_VERB.exec(window); m; m = EN_RESULT_VERB.exec(window)) {
    const between = window.slice(m.index + m[0].length).trim();
    if (between.split(/\s+/).filter(Boolean).length <= 4) return true;
  }
  return false;
}

function clauseAround(text: string, start: number, end: number): string {
  const from = Math.max(
    text.lastIndexOf('，', start),
    text.lastIndexOf('。', start),
    text.lastIndexOf('；', start),
    start - 16,
  );
  let to = text.slice(end, end + 16).search(/[，。；]/);
  if (to < 0) to = 16;
  return text.slice(Math.max(0, from + 1), end + to);
}
