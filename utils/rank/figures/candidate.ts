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
  /** Written with a scale (`万`, `亿`, `million`, `bn`): the writer is reporting a magnitude. */
  scaled: boolean;
  /** Counts inside a name (`三大场景`), ages, bare digits: kept, but ranked low. */
  weak: boolean;
}
