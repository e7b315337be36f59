/**
 * Key figures: the quantitative facts of an article a reader wants at a glance (`超152万家中小微企业`,
 * `$3.2bn in revenue`, `4 in 10 adults`), read from its sentences in English and Chinese and ranked.
 *
 * Values are normalised: scales are applied (`152万` → 1_520_000, `$3.2bn` → 3.2e9), percentages are the number
 * before the sign (`50%` → 50, `百分之三十` → 30, `七成` → 70), ratios are fractions (`4 in 10` → 0.4, `2:1` → 2,
 * `三分之一` → 1/3) or multiples (`3倍` → 3), ranks are the position (`第三` → 3), dates are their year (or
 * month × 100 + day when no year is written). A range (`3–5%`, `10 to 20 million`, `3至5年`) is valued at its lower
 * bound, its text covers the whole range, and it is marked `approx` like other bounds (`超`, `more than`).
 * A person's age (`Robert Hardy, 89,`, `48-year-old`, `50岁`) is a duration; a match result (`beat PSG 3-1`,
 * `6-3 6-1`, `以3比1战胜`) is a count with unit `score`, valued at the first side's tally, its text the whole result;
 * an amount with its conversion in brackets (`$630m (£481.5m)`) is one figure.
 *
 * Not every figure read is a key figure: `figures/exclude-shown.ts` keeps dates, ages, numbers without a label, names,
 * model numbers and labels in languages the labeller can't read off the cards. Of those shown, a figure the headline
 * states ranks first and one told in an aside lower (`figures/centrality.ts`).
 */

import type { Sentence } from '../../core/sentence';
import type { Candidate } from './figures/candidate';
import { headlineShare, inAside } from './figures/centrality';
import { refusal, type ShownContext } from './figures/exclude-shown';
import { cardLabel } from './figures/label-clause';
import { toHalfWidth } from './figures/parse-numbers';
import { identityOf, type Ranked, type Standing, scoreCandidate, selectFigures } from './figures/rank';
import { scanSentence } from './figures/scan';
import type { KeyFigure } from './types';

export interface FigureOptions {
  /** BCP-47 language of the article (`en`, `zh-CN`): what `¥` means, and which language's card rules apply. */
  lang?: string;
  /** Most figures to return; default 8. */
  limit?: number;
  /** The article's title and its index terms (`termsOf`): a figure the headline states or is about is the story's. */
  title?: { text: string; terms: readonly string[] };
}

const DEFAULT_LIMIT = 8;

/** A figure as read from its sentence, before the sentence's salience is known. */
export interface Read {
  figure: KeyFigure;
  candidate: Candidate;
  /** The rule (`figures/exclude-shown.ts`) that keeps this figure off the cards, if any. */
  refused?: string;
  standing: Standing;
}

/**
 * Every figure read in `sentences`, in the order read. Reading is the costly part and doesn't depend on salience, so
 * an article is read once (`prepareArticle`) and scored at each length.
 */
export function readFigures(
  sentences: readonly Sentence[],
  options: Pick<FigureOptions, 'lang' | 'title'> = {},
): Read[] {
  const context: ShownContext = {
    lang: (options.lang ?? 'en').split('-')[0]!.toLowerCase(),
    title: options.title?.text ?? '',
  };
  const read: Read[] = [];
  for (const sentence of sentences) {
    const found = scanSentence(sentence.text, { lang: options.lang });
    if (found.length === 0) continue;
    // The text the figures' offsets are into, as scanned.
    const scanned = toHalfWidth(sentence.text);
    for (const candidate of found) {
      const figure: KeyFigure = {
        text: sentence.text.slice(candidate.start, candidate.end),
        value: candidate.value,
        kind: candidate.kind,
        sentence: sentence.text,
        sentenceIndex: sentence.index,
        score: 0,
      };
      if (candidate.unit !== undefined) figure.unit = candidate.unit;
      if (candidate.currency !== undefined) figure.currency = candidate.currency;
      if (candidate.approx) figure.approx = true;
      const refusedAsRead = refusal(candidate, context, figure.text, sentence.text);
      // What the card says: the label with its years or outlook, or a thin one widened to its clause; where none
      // holds (an exclusion too long to carry, a modifier cut from its list) the card shows nothing.
      const label =
        refusedAsRead === undefined ? cardLabel(scanned, candidate) : (candidate.qualified ?? candidate.label);
      const refused = refusedAsRead ?? (label === undefined ? 'unlabelled' : undefined);
      if (label !== undefined) figure.label = label;
      // Only a figure a card may show is weighed against the headline: the others are never ranked.
      const headline =
        refused === undefined
          ? headlineShare(
              figure.text,
              candidate.label,
              options.title?.text ?? '',
              options.title?.terms ?? [],
              context.lang,
            )
          : 0;
      read.push({ figure, candidate, refused, standing: { headline, aside: inAside(sentence.text, candidate) } });
    }
  }
  return read;
}

/** Figures read, scored by the salience of their sentences (`salience[s.index]` in [0, 1]). */
export function scoreFigures(read: readonly Read[], salience: readonly number[]): Ranked[] {
  return read.map(({ figure, candidate, standing }) => {
    const score = scoreCandidate(candidate, salience[figure.sentenceIndex] ?? 0, standing);
    return {
      figure: { ...figure, score: Math.round(score * 10000) / 10000 },
      key: identityOf(candidate),
      start: candidate.start,
    };
  });
}

/** The key figures among those read, best first: the ones a card may show, one per number, up to the limit. */
export function rankFigures(read: readonly Read[], salience: readonly number[], limit = DEFAULT_LIMIT): KeyFigure[] {
  if (limit <= 0) return [];
  return selectFigures(
    scoreFigures(
      read.filter((r) => r.refused === undefined),
      salience,
    ),
    limit,
  );
}

/** The key figures of `sentences`, best first. */
export function findFigures(
  sentences: readonly Sentence[],
  salience: readonly number[],
  options: FigureOptions = {},
): KeyFigure[] {
  return rankFigures(readFigures(sentences, options), salience, options.limit ?? DEFAULT_LIMIT);
}
