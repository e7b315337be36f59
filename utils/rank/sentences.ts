import type { Sentence } from '../text/types';
import type { PreparedArticle } from './prepare';
import type { KeySentence } from './types';

/**
 * Key sentences without a neural model: greedy maximisation of a submodular coverage objective (Lin & Bilmes
 * 2011) over the article's terms.
 * - A term weighs what its occurrences weigh, and an occurrence early in the article weighs more: a news story
 *   states its subject first and elaborates after (what PacSum's directed centrality captures), while in a blog or
 *   report the weight comes from terms that recur throughout. Terms of the title count extra; a term used once
 *   counts little.
 * - A sentence is worth the weight of the terms it covers, per (sub-linear) length, with a prior for the lead
 *   paragraphs.
 * - Each time a term is covered its weight shrinks, so the next sentence must bring something new (diversity
 *   without pairwise similarity, which is quadratic).
 * Every step is one pass over the sentences' terms: cost is linear in the article's length.
 * Weights tuned on ../shared/eval (CNN/DailyMail and BBC dev sets; `npm run bench:quality`).
 */
export const PARAMS = {
  /** Occurrence weight 1 / (1 + block / termDecay) ** termDecayPower, by the block it occurs in. */
  termDecay: 10,
  termDecayPower: 0.5,
  /** Weight of a term found in a single sentence, relative to recurring terms. */
  singleton: 0.5,
  /** Extra weight of a title term (1 = double). */
  title: 1,
  /** Sentence value is divided by (number of terms) ** lengthNorm. */
  lengthNorm: 0.5,
  /** Sentence prior 1 + leadPrior / (1 + block / leadScale). */
  leadPrior: 8,
  leadScale: 3,
  /** A term's weight is multiplied by this each time a chosen sentence covers it. */
  repeat: 0.3,
};

/** Shortest sentence worth showing: a fragment says nothing on its own. */
const MIN_CHARS = { cjk: 8, latin: 25 } as const;
const MAX_DEFAULT_LENGTH = 7;

export interface RankedSentences {
  /** The digest's sentences, in document order. */
  sentences: KeySentence[];
  /** Salience in [0, 1] of every sentence, by sentence index (0 for furniture, headings and fragments). */
  salience: number[];
}

/** About 3 sentences for a short news item, up to 7 for a long report. */
export function defaultLength(prepared: PreparedArticle): number {
  const n = candidates(prepared).length;
  return Math.max(1, Math.min(MAX_DEFAULT_LENGTH, n, 3 + Math.floor(Math.log2(Math.max(1, n / 20)))));
}

export function rankSentences(prepared: PreparedArticle, count: number): RankedSentences {
  const pool = candidates(prepared);
  const salience = new Array<number>(prepared.sentences.length).fill(0);
  const terms = pool.map((s) => prepared.terms[s.index]!);
  const blocks = blockOrdinals(pool);
  const weights = termWeights(terms, blocks, new Set(prepared.titleTerms));
  const unique = terms.map((t) => [...new Set(t)]);
  const norm = unique.map((t, i) => (1 + PARAMS.leadPrior / (1 + blocks[i]! / PARAMS.leadScale)) / Math.max(1, t.length) ** PARAMS.lengthNorm);

  const initial = unique.map((t, i) => gain(t, weights, norm[i]!));
  const top = Math.max(0, ...initial);
  pool.forEach((s, i) => (salience[s.index] = top > 0 ? initial[i]! / top : 0));

  const chosen = selectGreedy(unique, weights, norm, Math.max(0, Math.min(count, pool.length)));
  const order = [...chosen].sort((a, b) => initial[b]! - initial[a]!);
  const sentences = [...chosen]
    .sort((a, b) => a - b)
    .map((i) => ({ ...pool[i]!, score: round(salience[pool[i]!.index]!), rank: order.indexOf(i) + 1 }));
  return { sentences, salience };
}

function candidates(prepared: PreparedArticle): Sentence[] {
  const min = /^(zh|ja|ko)/i.test(prepared.article.lang) ? MIN_CHARS.cjk : MIN_CHARS.latin;
  return prepared.content.filter((s) => !s.heading && s.text.length >= min);
}

/** Ordinal of each sentence's paragraph among the candidates' paragraphs: "the lead" is a paragraph, not a count of sentences. */
function blockOrdinals(pool: readonly Sentence[]): number[] {
  let ordinal = -1;
  let last = -1;
  return pool.map((s) => {
    if (s.block !== last) [ordinal, last] = [ordinal + 1, s.block];
    return ordinal;
  });
}

function termWeights(terms: readonly string[][], blocks: readonly number[], title: ReadonlySet<string>): Map<string, number> {
  const weights = new Map<string, number>();
  const sentencesWith = new Map<string, number>();
  terms.forEach((sentence, i) => {
    const occurrence = 1 / (1 + blocks[i]! / PARAMS.termDecay) ** PARAMS.termDecayPower;
    for (const t of sentence) weights.set(t, (weights.get(t) ?? 0) + occurrence);
    for (const t of new Set(sentence)) sentencesWith.set(t, (sentencesWith.get(t) ?? 0) + 1);
  });
  for (const [t, w] of weights) {
    const recurring = sentencesWith.get(t)! > 1 ? 1 : PARAMS.singleton;
    weights.set(t, w * recurring * (title.has(t) ? 1 + PARAMS.title : 1));
  }
  return weights;
}

/** Value of a sentence (its distinct terms) given what the chosen sentences already cover. */
function gain(sentence: readonly string[], weights: ReadonlyMap<string, number>, norm: number, covered?: ReadonlyMap<string, number>): number {
  let sum = 0;
  for (const t of sentence) sum += weights.get(t)! * PARAMS.repeat ** (covered?.get(t) ?? 0);
  return sum * norm;
}

function selectGreedy(terms: readonly string[][], weights: ReadonlyMap<string, number>, norm: readonly number[], count: number): number[] {
  const chosen: number[] = [];
  const taken = new Uint8Array(terms.length);
  const covered = new Map<string, number>();
  while (chosen.length < count) {
    let best = -1;
    let bestGain = -Infinity;
    for (let i = 0; i < terms.length; i++) {
      if (taken[i]) continue;
      const g = gain(terms[i]!, weights, norm[i]!, covered);
      if (g > bestGain) [best, bestGain] = [i, g];
    }
    if (best < 0) break;
    chosen.push(best);
    taken[best] = 1;
    for (const t of terms[best]!) covered.set(t, (covered.get(t) ?? 0) + 1);
  }
  return chosen;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
