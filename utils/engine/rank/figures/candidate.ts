import type { FigureKind } from '../types';

/** A figure found in one sentence, before ranking. Offsets are into the sentence's text. */
export interface Candidate {
  start: number;
  end: number;
  value: number;
  kind: FigureKind;
  unit?: string;
  currency?: string;
  approx?: boolean;
  label?: string;
  /**
   * The label with the years its clause is about or its outlook (`cases in 2009–2018`, `1996年用户数`, `growth
   * (forecast)`: `label-when.ts`): what a card shows. The card rules judge `label`, so the year of a dated label
   * isn't taken for another number.
   */
  qualified?: string;
  /** Written with a scale (`万`, `亿`, `million`, `bn`): the writer is reporting a magnitude. */
  scaled: boolean;
  /**
   * Written in words without a scale (`two years`, `half`, `三大`): style guides in both languages keep words for
   * small, round or incidental numbers and digits for statistics.
   */
  spelled?: boolean;
  /** Counts inside a name (`三大场景`), ages, bare digits: kept, but ranked low. */
  weak: boolean;
  /**
   * What the number is about when its kind alone does not say: a person's age, a match result; for a date, how
   * precise it is: a day, a month of a year, or only a year or a month.
   */
  role?: 'age' | 'score' | 'year' | 'month' | 'day';
  /** What makes two mentions the same figure when kind and value do not say: a date's day, a result's tallies. */
  key?: string;
}
