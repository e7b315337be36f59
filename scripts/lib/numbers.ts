import type { KeyFigure } from '../../utils/engine/rank/types';

/**
 * Numbers as the figure-recall benchmark compares them: the digits of each number written in a text, with
 * thousands separators dropped (`1,200` → `1200`, `3.5` → `3.5`). Years count too: a reference summary's
 * "in 2015" is a number the reader was told.
 */
export function numbersIn(text: string): string[] {
  return [...text.matchAll(/\d+(?:[.,]\d+)*/g)].map((m) => canonical(m[0]));
}

export function referenceNumbers(summary: string): Set<string> {
  return new Set(numbersIn(summary));
}

/** The numbers written in each figure's text (a range `3–5%` offers both). */
export function figureNumbers(figures: readonly KeyFigure[]): Set<string> {
  return new Set(figures.flatMap((f) => numbersIn(f.text)));
}

function canonical(n: string): string {
  // A comma followed by exactly three digits groups thousands; any other comma or dot is a decimal point.
  return n.replace(/,(?=\d{3}(?!\d))/g, '').replace(',', '.');
}
