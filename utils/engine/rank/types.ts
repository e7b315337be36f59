import type { Sentence } from '../../core/sentence';

/** A sentence chosen for the digest. */
export interface KeySentence extends Sentence {
  /** Salience in [0, 1]; comparable within one article only. */
  score: number;
  /** 1 = the strongest sentence of the digest. */
  rank: number;
}

export type FigureKind = 'percent' | 'money' | 'count' | 'measure' | 'duration' | 'ratio' | 'rank' | 'date';

/** A quantitative fact a reader wants at a glance: `超152万家中小微企业`, `$3.2bn in revenue`. */
export interface KeyFigure {
  /** The figure as written in the article, e.g. `超152万家`, `$3.2bn`, `50%`. */
  text: string;
  /** Normalised value: `152万` → 1_520_000, `$3.2bn` → 3.2e9, `50%` → 50. */
  value: number;
  /** Unit as written or normalised (`%`, `km`, `家`, `人`, `years`). */
  unit?: string;
  /** ISO 4217 code for money (`USD`, `CNY`, `GBP`, `EUR`, `JPY`). */
  currency?: string;
  kind: FigureKind;
  /** What it counts or measures: `中小微企业`, `IT成本`, `revenue`. */
  label?: string;
  /** The sentence it appears in, and that sentence's index. */
  sentence: string;
  sentenceIndex: number;
  score: number;
  /** Written as an approximation or bound: 超/约/近/逾/more than/about/nearly. */
  approx?: boolean;
}
