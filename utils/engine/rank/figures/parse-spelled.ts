/** Figures spelled without a numeral: `a third of`, `two-thirds of`, `half of`, `third-largest`, `threefold`. */

import type { Candidate } from './candidate';
import { EN_FRACTIONS, EN_ORDINALS, EN_PARTS_SUBJECT, EN_RANK_WORDS, EN_SMALL_NUMBERS } from './en/lexicon';
import { touches } from './exclude-spans';
import { approxBefore } from './parse-left';
import { SMALL_WORDS } from './scan-numerals';

const FRACTIONS = new RegExp(
  `\\b(?:(a|one|${Object.keys(EN_SMALL_NUMBERS).slice(2, 10).join('|')})[\\s-](${Object.keys(EN_FRACTIONS).join('|')})|(half))(?=\\s+of\\b)`,
  'gi',
);
const WORD_RANKS = new RegExp(`\\b(${Object.keys(EN_ORDINALS).join('|')})[\\s-](?:${EN_RANK_WORDS})\\b`, 'gi');
const FOLDS = new RegExp(`\\b(${SMALL_WORDS})-?fold\\b`, 'gi');
/** Cheap test for any of the three. */
const SPELLED = /half|third|quarter|fifth|sixth|seventh|eighth|ninth|tenth|first|second|fourth|fold/i;

export function findSpelledFigures(text: string, mask: Uint8Array, taken: Uint8Array): Candidate[] {
  const found: Candidate[] = [];
  if (!SPELLED.test(text)) return found;
  FRACTIONS.lastIndex = 0;
  for (let m = FRACTIONS.exec(text); m; m = FRACTIONS.exec(text)) {
    const numerator = m[3] ? 1 : m[1]?.toLowerCase() === 'a' ? 1 : (EN_SMALL_NUMBERS[(m[1] ?? '').toLowerCase()] ?? 0);
    const denominator = m[3] ? 2 : (EN_FRACTIONS[(m[2] ?? '').toLowerCase()] ?? 0);
    if (!numerator || !denominator || numerator >= denominator) continue;
    push(m.index ?? 0, m[0].length, { value: numerator / denominator, kind: 'ratio' });
  }
  WORD_RANKS.lastIndex = 0;
  for (let m = WORD_RANKS.exec(text); m; m = WORD_RANKS.exec(text)) {
    push(m.index ?? 0, m[0].length, { value: EN_ORDINALS[(m[1] ?? '').toLowerCase()] ?? 0, kind: 'rank' });
  }
  FOLDS.lastIndex = 0;
  for (let m = FOLDS.exec(text); m; m = FOLDS.exec(text)) {
    // `The purpose of this exercise is twofold`: it has two parts, nothing grew.
    if (EN_PARTS_SUBJECT.test(text.slice(Math.max(0, m.index - 60), m.index))) continue;
    push(m.index ?? 0, m[0].length, {
      value: EN_SMALL_NUMBERS[(m[1] ?? '').toLowerCase()] ?? 0,
      kind: 'ratio',
      unit: 'x',
    });
  }
  return found;

  function push(start: number, length: number, figure: Pick<Candidate, 'value' | 'kind' | 'unit'>): void {
    if (touches(taken, start, start + length) || touches(mask, start, start + length) || !figure.value) return;
    const hedge = approxBefore(text, start);
    found.push({
      ...figure,
      start: start - hedge,
      end: start + length,
      approx: hedge > 0 || undefined,
      scaled: false,
      weak: false,
      spelled: true,
    });
    taken.fill(1, start - hedge, start + length);
  }
}
