/** How "key" a figure is, and which figures make the list: best first, one per number, few per sentence. */

import type { FigureKind, KeyFigure } from '../types';
import type { Candidate } from './candidate';

/**
 * Weights, tuned on ../shared/eval (CNN/DailyMail and BBC dev sets; `npm run bench:quality`, figure recall@5) under
 * the constraint that the Chinese example keeps its headline amounts (tests/rank/figures.test.ts). A figure's score is
 * a weighted mean in [0, 1]: the salience of its sentence and whether the headline states it weigh most, since a
 * number matters as much as what is said with it; kind, label and magnitude order the figures of one sentence and of
 * sentences of similar salience.
 */
export const PARAMS = {
  salience: 2,
  /**
   * A figure the headline repeats, or about what the headline names (`centrality.ts`), is the story's: as much as
   * the salience of its sentence, set by reading the first two cards of ../shared/pages/realworld (the eval sets'
   * figure recall does not move with it).
   */
  headline: 2,
  kind: 0.4,
  label: 0.06,
  magnitude: 0.3,
  /**
   * What a reader scans a digest for: amounts and shares first. Dates, ages and match results are read (they keep
   * their digits from being taken for counts) but never shown (`exclude-shown.ts`), so their weight doesn't matter.
   */
  kinds: {
    money: 0.9,
    percent: 0.9,
    count: 0.9,
    measure: 0.75,
    duration: 0.6,
    ratio: 0.65,
    rank: 0.4,
    date: 0,
  } as Record<FigureKind, number>,
  /**
   * Multiplier for numbers written in words (`two years`, `half`, `三大`): English and Chinese style guides alike keep
   * digits for statistics and words for small, round or incidental numbers.
   */
  spelled: 0.4,
  /** Multiplier for numbers inside a name (`三大场景`) and bare numbers with nothing to count. */
  weak: 0.6,
  /** Multiplier for a figure in brackets: an aside, told in passing. */
  aside: 0.7,
  /** Figures per sentence while other sentences still have figures to offer. */
  perSentence: 2,
};

/** Where a figure stands in the story beyond its sentence (`centrality.ts`). */
export interface Standing {
  /** In [0, 1]: the headline repeats it (1), or names what it counts. */
  headline: number;
  aside: boolean;
}

/**
 * In [0, 1]: the sentence's salience dominates, then whether the headline is about the figure; kind, label and
 * magnitude break ties between the figures of a sentence.
 */
export function scoreCandidate(figure: Candidate, salience: number, standing: Standing): number {
  const total = PARAMS.salience + PARAMS.headline + PARAMS.kind + PARAMS.label + PARAMS.magnitude;
  const score =
    (PARAMS.salience * clamp(salience) +
      PARAMS.headline * standing.headline +
      PARAMS.kind * PARAMS.kinds[figure.kind] +
      PARAMS.label * (figure.label ? 1 : 0) +
      PARAMS.magnitude * magnitude(figure)) /
    total;
  return clamp(
    score *
      (figure.weak ? PARAMS.weak : 1) *
      (figure.spelled ? PARAMS.spelled : 1) *
      (standing.aside ? PARAMS.aside : 1),
  );
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
  /** Identity: the same figure mentioned twice is listed once (`identityOf`). */
  key: string;
  /** Offset in its sentence, for a stable order among equal scores. */
  start: number;
}

/**
 * Best first; the same number (kind, value, currency, unit) counts once, at its best occurrence. At most two figures
 * per sentence while other sentences still have figures to offer; the rest only fill what is left of `limit`.
 */
export function selectFigures(ranked: Ranked[], limit: number): KeyFigure[] {
  const order = [...ranked].sort(
    (a, b) => b.figure.score - a.figure.score || a.figure.sentenceIndex - b.figure.sentenceIndex || a.start - b.start,
  );
  const seen = new Set<string>();
  const unique = order.filter(({ key }) => {
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const chosen = new Set<Ranked>();
  const perSentence = new Map<number, number>();
  for (const item of unique) {
    if (chosen.size >= limit) break;
    const count = perSentence.get(item.figure.sentenceIndex) ?? 0;
    if (count >= PARAMS.perSentence) continue;
    perSentence.set(item.figure.sentenceIndex, count + 1);
    chosen.add(item);
  }
  for (const item of unique) {
    if (chosen.size >= limit) break;
    chosen.add(item);
  }
  return unique.filter((item) => chosen.has(item)).map((item) => item.figure);
}

/**
 * The same number of the same kind (value, currency, unit) is one figure; a date is the same date to the day, a
 * result the same tallies.
 */
export function identityOf(figure: Candidate): string {
  const unit =
    figure.kind === 'measure' || figure.kind === 'duration' || figure.role === 'score' ? (figure.unit ?? '') : '';
  if (figure.kind === 'date' && figure.key !== undefined) return `date|${figure.key}`;
  return `${figure.kind}|${figure.currency ?? ''}|${unit}|${figure.value}|${figure.key ?? ''}`;
}

function clamp(x: number): number {
  return Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0;
}
