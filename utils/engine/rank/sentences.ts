import type { Sentence } from '../../core/sentence';
import { leansBack } from '../text/leans-back';
import { SENTENCE_END } from './candidates';
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
 *
 * How much the lead and brevity matter depends on how the text is written. News written for the web runs one or
 * two sentences to a paragraph and says what matters first; prose — a report, an essay, a long-form story — builds
 * paragraphs of several sentences, and its point is what it keeps coming back to. So the weights are two profiles,
 * blended by the article's sentences per paragraph (`genre`).
 * Weights tuned on ../shared/eval (CNN/DailyMail and BBC dev sets; `npm run bench:quality`).
 */
export interface RankWeights {
  /** Occurrence weight 1 / (1 + block / termDecay) ** termDecayPower, by the block it occurs in. */
  termDecay: number;
  termDecayPower: number;
  /** Weight of a term found in a single sentence, relative to recurring terms. */
  singleton: number;
  /** Extra weight of a title term (1 = double). */
  title: number;
  /** Sentence value is divided by (number of terms) ** lengthNorm. */
  lengthNorm: number;
  /** Sentence prior 1 + leadPrior / (1 + block / leadScale). */
  leadPrior: number;
  leadScale: number;
  /** A term's weight is multiplied by this each time a chosen sentence covers it. */
  repeat: number;
}

export const PROFILES: { news: RankWeights; prose: RankWeights } = {
  news: {
    termDecay: 10,
    termDecayPower: 0.5,
    singleton: 0.5,
    title: 1,
    lengthNorm: 0.5,
    leadPrior: 8,
    leadScale: 3,
    repeat: 0.3,
  },
  prose: {
    termDecay: 10,
    termDecayPower: 0.5,
    singleton: 0.2,
    title: 1,
    lengthNorm: 0,
    leadPrior: 0,
    leadScale: 3,
    repeat: 0.7,
  },
};

/** Sentences per paragraph: at `news` or fewer the news profile applies, at `news + span` or more the prose one. */
export const GENRE = { news: 2, span: 1 };

/**
 * A sentence longer than this many times the article's usual one loses value in proportion: a quotation kept whole or
 * a run-on covers a lot of terms by bulk alone, and reads as a wall in a digest.
 */
const LONG_SENTENCE = 2;

/**
 * A sentence stating a figure a card could show reports a finding (`为超152万家中小微企业提供服务`), where one without
 * states a claim or a slogan (`京东既是数字新基建的最初实践者`): it is worth this much more.
 */
const FACT_PRIOR = 0.3;

/** What a sentence that leans on the one before it (`text/leans-back.ts`) is worth beside one that stands alone. */
const LEANING = 0.75;

const MAX_DEFAULT_LENGTH = 7;

export interface RankedSentences {
  /** The digest's sentences, in document order. */
  sentences: KeySentence[];
  /** Salience in [0, 1] of every sentence, by sentence index (0 for furniture, headings and fragments). */
  salience: number[];
}

/** About 3 sentences for a short news item, up to 7 for a long report. */
export function defaultLength(prepared: PreparedArticle): number {
  const n = prepared.candidates.length;
  return Math.max(1, Math.min(MAX_DEFAULT_LENGTH, n, 3 + Math.floor(Math.log2(Math.max(1, n / 20)))));
}

export function rankSentences(prepared: PreparedArticle, count: number): RankedSentences {
  const pool = prepared.candidates;
  const salience = new Array<number>(prepared.sentences.length).fill(0);
  const blocks = blockOrdinals(pool);
  const sections = sectionTerms(prepared, pool);
  const withParts = (parts: readonly string[] | undefined) =>
    indexTerms(
      pool.map((s, i) => (parts?.[i] ? [...prepared.terms[s.index]!, parts[i]!] : prepared.terms[s.index]!)),
      prepared.titleTerms,
    );
  const index = withParts(sections);
  const weights = weightsFor(pool.length, (blocks.at(-1) ?? 0) + 1);
  // Findings are what the parts of a structured report are about; a news story states its facts in its lead anyway.
  const lang = prepared.article.lang;
  const facts = pool.map(
    (s) => (sections && prepared.facts.has(s.index) ? 1 + FACT_PRIOR : 1) * (leansBack(s.text, lang) ? LEANING : 1),
  );
  // Each part of a structured article opens with its own lead.
  const leads = sections ? withinSections(blocks, sections) : blocks;
  const scored = scoreSentences(index, blocks, weights, facts, leads);
  const top = scored.initial.reduce((a, b) => Math.max(a, b), 0);
  pool.forEach((s, i) => {
    salience[s.index] = top > 0 ? scored.initial[i]! / top : 0;
  });

  // The digest opens with the sentence that best states the subject, chosen as in news whatever the genre: prose
  // weights favour the long sentences that cover the most, which is what the rest of a digest of prose is for; and
  // from the article's own lead, not a part's.
  const asNews = weights === PROFILES.news && leads === blocks;
  const opening = asNews
    ? argmax(scored.initial)
    : argmax(scoreSentences(index, blocks, PROFILES.news, facts, blocks).initial);
  // A long article without parts is still told beyond its opening: after the opening, its thirds count as parts
  // to cover (salience and the opening are the sentences' own).
  const reach = sections ? undefined : thirds(pool);
  const selecting = reach ? scoreSentences(withParts(reach), blocks, weights, facts, leads) : scored;
  const chosen = selectGreedy(selecting, Math.max(0, Math.min(count, pool.length)), opening);
  const sentences = [...chosen]
    .sort((a, b) => a - b)
    .map((i) => ({ ...pool[i]!, score: round(salience[pool[i]!.index]!), rank: chosen.indexOf(i) + 1 }));
  return { sentences, salience };
}

/** The profiles blended by how many sentences the article's paragraphs hold on average. */
export function weightsFor(sentences: number, paragraphs: number): RankWeights {
  const perParagraph = sentences / Math.max(1, paragraphs);
  const prose = Math.min(1, Math.max(0, (perParagraph - GENRE.news) / GENRE.span));
  const { news, prose: other } = PROFILES;
  if (prose === 0) return news;
  const blend = (key: keyof RankWeights) => news[key] + (other[key] - news[key]) * prose;
  return Object.fromEntries(
    Object.keys(news).map((key) => [key, blend(key as keyof RankWeights)]),
  ) as unknown as RankWeights;
}

/**
 * An article in sections (two or more headings with text under them) is told part by part: each candidate gets its
 * section as one more term, weighing `SECTION_WEIGHT` times the article's weightiest word (enough to outweigh the
 * lead's prior: a part not yet told beats a second sentence of the lead). Choosing a sentence from a section
 * covers it, so the next pick gains most from a section not yet told. Undefined without sections.
 */
const SECTION = '\u0000section ';
const SECTION_WEIGHT = 2;
/** Sections of at least this many sentences, and this many of them (the lead counts as one), make parts. */
const MIN_SECTION = 3;
const MIN_SECTIONS = 3;
function sectionTerms(prepared: PreparedArticle, pool: readonly Sentence[]): string[] | undefined {
  const headingsBefore: number[] = [];
  let headings = 0;
  for (const s of prepared.sentences) {
    // Subheads the page marked up (`<h2>`…): a short unpunctuated line of plain text is only a guess at one.
    const block = prepared.article.blocks[s.block];
    if (block?.kind === 'heading' && (block.level ?? 0) >= 2 && !prepared.boilerplate[s.index]) headings++;
    headingsBefore[s.index] = headings;
  }
  const sections = pool.map((s) => `${SECTION}${headingsBefore[s.index]}`);
  // Parts worth telling have sentences of prose under their heading, not a line or two, nor a list of links or
  // dates (a blog's archive, a sidebar); only their sentences get the part's term.
  const prose = new Map<string, number>();
  pool.forEach((s, i) => {
    if (SENTENCE_END.test(s.text)) prose.set(sections[i]!, (prose.get(sections[i]!) ?? 0) + 1);
  });
  const parts = new Set([...prose].filter(([, n]) => n >= MIN_SECTION).map(([section]) => section));
  return parts.size >= MIN_SECTIONS ? sections.map((section) => (parts.has(section) ? section : '')) : undefined;
}

/** Candidates a long article without headings has: from this many on, its thirds are parts to cover. */
const LONG_ARTICLE = 45;

function thirds(pool: readonly Sentence[]): string[] | undefined {
  if (pool.length < LONG_ARTICLE) return undefined;
  return pool.map((_, i) => `${SECTION}third ${Math.floor((3 * i) / pool.length)}`);
}

/** Each paragraph ordinal counted from the first paragraph of its part; outside the parts, from the article's. */
function withinSections(blocks: readonly number[], sections: readonly string[]): number[] {
  const first = new Map<string, number>();
  return blocks.map((b, i) => {
    const section = sections[i]!;
    if (!section) return b;
    if (!first.has(section)) first.set(section, b);
    return b - first.get(section)!;
  });
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

/** The candidates' terms interned to ids once; each profile only weighs them. */
interface TermIndex {
  /** Each sentence's distinct terms, as ids. */
  sentences: Int32Array[];
  /** How often each of a sentence's distinct terms occurs in it. */
  counts: Uint16Array[];
  /** Per term id: found in more than one sentence. */
  recurring: Uint8Array;
  /** Per term id: a term of the title. */
  inTitle: Uint8Array;
  /** Per term id: a section's term (`sectionTerms`), not a word. */
  section: Uint8Array;
  /** Median number of distinct terms in a sentence. */
  usualLength: number;
}

function indexTerms(terms: readonly string[][], titleTerms: readonly string[]): TermIndex {
  const ids = new Map<string, number>();
  const seenIn: number[] = [];
  /** Per term id: the last sentence it was seen in, and its place among that sentence's distinct terms. */
  const lastSentence: number[] = [];
  const place: number[] = [];
  const sentences: Int32Array[] = [];
  const counts: Uint16Array[] = [];
  terms.forEach((sentence, i) => {
    const distinct: number[] = [];
    const n: number[] = [];
    for (const t of sentence) {
      let id = ids.get(t);
      if (id === undefined) {
        ids.set(t, (id = seenIn.length));
        seenIn.push(0);
        lastSentence.push(-1);
        place.push(0);
      }
      if (lastSentence[id] === i) {
        n[place[id]!]!++;
      } else {
        lastSentence[id] = i;
        place[id] = distinct.length;
        distinct.push(id);
        n.push(1);
        seenIn[id]!++;
      }
    }
    sentences.push(Int32Array.from(distinct));
    counts.push(Uint16Array.from(n));
  });
  const inTitle = new Uint8Array(seenIn.length);
  for (const t of titleTerms) {
    const id = ids.get(t);
    if (id !== undefined) inTitle[id] = 1;
  }
  const recurring = Uint8Array.from(seenIn, (n) => (n > 1 ? 1 : 0));
  const section = new Uint8Array(seenIn.length);
  for (const [term, id] of ids) if (term.startsWith(SECTION)) section[id] = 1;
  // At least one term: an article of mostly stop-word sentences still has a usual length to compare with.
  const usualLength = Math.max(1, median(sentences.map((t) => t.length)));
  return { sentences, counts, recurring, inTitle, section, usualLength };
}

interface ScoredSentences {
  sentences: Int32Array[];
  /** Weight of each term id. */
  weights: Float64Array;
  /** What a unit of covered weight is worth in each sentence: its lead prior over its length normalisation. */
  norm: number[];
  /** Each sentence's value before anything is chosen. */
  initial: number[];
  repeat: number;
}

/**
 * `blocks` are the paragraph ordinals that weigh terms by position in the article; `leads`, those the lead prior
 * counts from (the paragraph's place in its section, for an article in sections).
 */
function scoreSentences(
  index: TermIndex,
  blocks: readonly number[],
  profile: RankWeights,
  facts: readonly number[],
  leads: readonly number[],
): ScoredSentences {
  const { sentences, usualLength } = index;
  const weights = termWeights(index, blocks, profile);
  const { leadPrior, leadScale, lengthNorm, repeat } = profile;
  const norm = sentences.map((t, i) => {
    const length = Math.max(1, t.length);
    const bulk = Math.max(1, length / (LONG_SENTENCE * usualLength));
    return ((1 + leadPrior / (1 + leads[i]! / leadScale)) * facts[i]!) / length ** lengthNorm / bulk;
  });
  const noneCovered = new Uint16Array(weights.length);
  const initial = sentences.map((t, i) => gain(t, weights, noneCovered, repeat) * norm[i]!);
  return { sentences, weights, norm, initial, repeat };
}

/** A term weighs what its occurrences weigh, each by its paragraph's position; then recurrence and title. */
function termWeights(
  { sentences, counts, recurring, inTitle, section }: TermIndex,
  blocks: readonly number[],
  { termDecay, termDecayPower, singleton, title }: RankWeights,
): Float64Array {
  const weights = new Float64Array(recurring.length);
  sentences.forEach((ids, i) => {
    const occurrence = 1 / (1 + blocks[i]! / termDecay) ** termDecayPower;
    const n = counts[i]!;
    for (let k = 0; k < ids.length; k++) weights[ids[k]!]! += n[k]! * occurrence;
  });
  let heaviest = 0;
  for (let id = 0; id < weights.length; id++) {
    weights[id]! *= (recurring[id] ? 1 : singleton) * (inTitle[id] ? 1 + title : 1);
    if (!section[id]) heaviest = Math.max(heaviest, weights[id]!);
  }
  for (let id = 0; id < weights.length; id++) if (section[id]) weights[id] = SECTION_WEIGHT * heaviest;
  return weights;
}

/** First index of the largest value (the earlier sentence wins a tie, as in the greedy selection). */
function argmax(values: readonly number[]): number | undefined {
  let best: number | undefined;
  values.forEach((v, i) => {
    if (best === undefined || v > values[best]!) best = i;
  });
  return best;
}

/** Weight a sentence's terms add, given how often the chosen sentences already cover each. */
function gain(sentence: Int32Array, weights: Float64Array, covered: Uint16Array, repeat: number): number {
  let sum = 0;
  for (let k = 0; k < sentence.length; k++) {
    const id = sentence[k]!;
    sum += weights[id]! * repeat ** covered[id]!;
  }
  return sum;
}

/**
 * Greedy selection, lazily (Minoux 1978): a sentence's gain only shrinks as others are chosen, so its last
 * computed gain bounds it, and only sentences whose bound could still win are recomputed. Returns the chosen
 * sentences in the order they were chosen, starting with `first` when given.
 */
function selectGreedy(scored: ScoredSentences, count: number, first?: number): number[] {
  const { sentences, weights, norm, initial, repeat } = scored;
  const covered = new Uint16Array(weights.length);
  const chosen: number[] = [];
  const choose = (i: number) => {
    chosen.push(i);
    for (const id of sentences[i]!) covered[id]!++;
  };
  if (first !== undefined && count > 0) choose(first);
  const bound = [...initial];
  const queue = initial.map((_, i) => i).filter((i) => i !== first);
  queue.sort((a, b) => bound[b]! - bound[a]! || a - b);
  while (chosen.length < count && queue.length > 0) {
    const i = queue[0]!;
    const fresh = gain(sentences[i]!, weights, covered, repeat) * norm[i]!;
    const next = queue[1];
    if (next === undefined || fresh >= bound[next]!) {
      queue.shift();
      choose(i);
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

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[sorted.length >> 1]! : 0;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
