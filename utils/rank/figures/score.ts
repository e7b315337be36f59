/** How "key" a figure is, and which figures make the list: best first, one per number, few per sentence. */

import type { FigureKind, KeyFigure } from '../types';
import type { Candidate } from './candidate';

/** What a reader scans a digest for: amounts and shares first, dates last. */
const KIND_WEIGHT: Readonly<Record<FigureKind, number>> = {
  money: 1,
  percent: 0.9,
  count: 0.9,
  measure: 0.7,
  duration: 0.6,
  ratio: 0.6,
  rank: 0.5,
  date: 0.1,
};
/** A count without a label ("1,200") says little on its own. */
const UNLABELLED_COUNT = 0.6;
/** A date the sentence is about (`2016年京东正式发布…`), rather than one in passing. */
const TOPICAL_DATE = 0.35;

const WEIGHTS = { salience: 0.5, kind: 0.25, label: 0.12, magnitude: 0.13 };
const WEAK = 0.5;
const PER_SENTENCE = 2;

/** In [0, 1]: the sentence's salience dominates; kind, label and magnitude break ties between its figures. */
export function scoreCandidate(figure: Candidate, salience: number, topicalDate: boolean): number {
  const kind =
    figure.kind === 'date' && topicalDate
      ? TOPICAL_DATE
      : figure.kind === 'count' && !figure.label
        ? UNLABELLED_COUNT
        : KIND_WEIGHT[figure.kind];
  const score =
    WEIGHTS.salience * clamp(salience) +
    WEIGHTS.kind * kind +
    WEIGHTS.label * (figure.label ? 1 : 0) +
    WEIGHTS.magnitude * magnitude(figure);
  return clamp(figure.weak ? score * WEAK : score);
}

/** A written scale (万, 亿, million) reports a magnitude, and bigger ones are usually the headline. */
function magnitude(figure: Candidate): number {
  switch (figure.kind) {
    case 'date':
      return 0;
    case 'percent':
      return 0.55;
    case 'ratio':
      return 0.5;
    case 'rank':
      return 0.3;
    default: {
      const v = Math.abs(figure.value);
      if (figure.scaled) return 0.85 + 0.15 * Math.min(1, Math.log10(Math.max(v, 1)) / 12);
      return v >= 1000 ? 0.6 : v >= 100 ? 0.45 : v >= 10 ? 0.3 : 0.15;
    }
  }
}

export interface Ranked {
  figure: KeyFigure;
  /** Offset in its sentence, for a stable order among equal scores. */
  start: number;
}

/**
 * Best first; the same number (kind, value, currency, unit) counts once, at its best occurrence. At most two figures
 * per sentence while other sentences still have figures to offer; the rest only fill what is left of `limit`.
 */
export function selectFigures(ranked: Ranked[], limit: number): KeyFigure[] {
  const order = [...ranked].sort(
    (a, b) =>
      b.figure.score - a.figure.score || a.figure.sentenceIndex - b.figure.sentenceIndex || a.start - b.start,
  );
  const seen = new Set<string>();
  const unique = order.filter(({ figure }) => {
    const key = keyOf(figure);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const chosen = new Set<Ranked>();
  const perSentence = new Map<number, number>();
  for (const item of unique) {
    if (chosen.size >= limit) break;
    const count = perSentence.get(item.figure.sentenceIndex) ?? 0;
    if (count >= PER_SENTENCE) continue;
    perSentence.set(item.figure.sentenceIndex, count + 1);
    chosen.add(item);
  }
  for (const item of unique) {
    if (chosen.size >= limit) break;
    chosen.add(item);
  }
  return unique.filter((item) => chosen.has(item)).map((item) => item.figure);
}

function keyOf(figure: KeyFigure): string {
  const unit = figure.kind === 'measure' || figure.kind === 'duration' ? (figure.unit ?? '') : '';
  return `${figure.kind}|${figure.currency ?? ''}|${unit}|${figure.value}`;
}

function clamp(x: number): number {
  return Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0;
}
