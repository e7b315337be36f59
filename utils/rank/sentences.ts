import { isCjkLang } from '../text/script';
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
  const blocks = blockOrdinals(pool);
  const index = indexTerms(pool.map((s) => prepared.terms[s.index]!), blocks, prepared.titleTerms);
  const norm = index.sentences.map(
    (t, i) => (1 + PARAMS.leadPrior / (1 + blocks[i]! / PARAMS.leadScale)) / Math.max(1, t.length) ** PARAMS.lengthNorm,
  );
  const noneCovered = new Uint16Array(index.weights.length);
  const initial = index.sentences.map((t, i) => gain(t, index.weights, noneCovered) * norm[i]!);
  const top = initial.reduce((a, b) => Math.max(a, b), 0);
  pool.forEach((s, i) => (salience[s.index] = top > 0 ? initial[i]! / top : 0));

  const chosen = selectGreedy(index, norm, initial, Math.max(0, Math.min(count, pool.length)));
  const order = [...chosen].sort((a, b) => initial[b]! - initial[a]!);
  const sentences = [...chosen]
    .sort((a, b) => a - b)
    .map((i) => ({ ...pool[i]!, score: round(salience[pool[i]!.index]!), rank: order.indexOf(i) + 1 }));
  return { sentences, salience };
}

/** Sentences that may be chosen: the article's own text, no headings, no fragments. */
export function candidates(prepared: PreparedArticle): Sentence[] {
  const min = isCjkLang(prepared.article.lang) ? MIN_CHARS.cjk : MIN_CHARS.latin;
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

interface TermIndex {
  /** Each sentence's distinct terms, as ids. */
  sentences: Int32Array[];
  /** Weight of each term id. */
  weights: Float64Array;
}

/** Terms interned to ids and weighted: each occurrence by its paragraph's position, then recurrence and title. */
function indexTerms(terms: readonly string[][], blocks: readonly number[], titleTerms: readonly string[]): TermIndex {
  const ids = new Map<string, number>();
  const weight: number[] = [];
  const sentencesWith: number[] = [];
  const sentences = terms.map((sentence, i) => {
    const occurrence = 1 / (1 + blocks[i]! / PARAMS.termDecay) ** PARAMS.termDecayPower;
    const distinct = new Set<number>();
    for (const t of sentence) {
      let id = ids.get(t);
      if (id === undefined) {
        ids.set(t, (id = weight.length));
        weight.push(0);
        sentencesWith.push(0);
      }
      weight[id]! += occurrence;
      if (!distinct.has(id)) {
        distinct.add(id);
        sentencesWith[id]!++;
      }
    }
    return Int32Array.from(distinct);
  });
  const title = new Set(titleTerms);
  for (const [t, id] of ids) {
    weight[id]! *= (sentencesWith[id]! > 1 ? 1 : PARAMS.singleton) * (title.has(t) ? 1 + PARAMS.title : 1);
  }
  return { sentences, weights: Float64Array.from(weight) };
}

/** Weight a sentence's terms add, given how often the chosen sentences already cover each. */
function gain(sentence: Int32Array, weights: Float64Array, covered: Uint16Array): number {
  let sum = 0;
  for (let k = 0; k < sentence.length; k++) {
    const id = sentence[k]!;
    sum += weights[id]! * PARAMS.repeat ** covered[id]!;
  }
  return sum;
}

/**
 * Greedy selection, lazily (Minoux 1978): a sentence's gain only shrinks as others are chosen, so its last
 * computed gain bounds it, and only sentences whose bound could still win are recomputed.
 */
function selectGreedy(index: TermIndex, norm: readonly number[], initial: readonly number[], count: number): number[] {
  const covered = new Uint16Array(index.weights.length);
  const bound = [...initial];
  const queue = initial.map((_, i) => i).sort((a, b) => bound[b]! - bound[a]! || a - b);
  const chosen: number[] = [];
  while (chosen.length < count && queue.length > 0) {
    const i = queue[0]!;
    const fresh = gain(index.sentences[i]!, index.weights, covered) * norm[i]!;
    const next = queue[1];
    if (next === undefined || fresh >= bound[next]!) {
      queue.shift();
      chosen.push(i);
      for (const id of index.sentences[i]!) covered[id]!++;
    } else {
      bound[i] = fresh;
      // Re-insert by its new bound; the queue stays sorted, so a binary search finds the place.
      queue.shift();
      let lo = 0;
      let hi = queue.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (bound[queue[mid]!]! > fresh || (bound[queue[mid]!]! === fresh && queue[mid]! < i)) lo = mid + 1;
        else hi = mid;
      }
      queue.splice(lo, 0, i);
    }
  }
  return chosen;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
