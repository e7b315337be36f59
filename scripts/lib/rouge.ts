import { stemmer } from 'stemmer';

/**
 * ROUGE-1/2 and summary-level ROUGE-L (`rougeLsum`), F1, compatible with Google's `rouge-score`: English is
 * lower-cased, non-alphanumerics dropped and words longer than 3 letters Porter-stemmed; Han characters count
 * one token each (standard tools silently delete CJK, so Chinese must be tokenised first).
 */

export interface RougeScores {
  rouge1: number;
  rouge2: number;
  rougeLsum: number;
}

export function rougeTokens(text: string): string[] {
  const out: string[] = [];
  for (const m of text.toLowerCase().matchAll(/\p{Script=Han}|[a-z0-9]+/gu)) {
    const t = m[0];
    out.push(t.length > 3 && /^[a-z]+$/.test(t) ? stemmer(t) : t);
  }
  return out;
}

/** Scores a candidate summary against a reference, each given as a list of sentences. */
export function rouge(candidate: readonly string[], reference: readonly string[]): RougeScores {
  const cand = candidate.map(rougeTokens);
  const ref = reference.map(rougeTokens);
  const c = cand.flat();
  const r = ref.flat();
  return { rouge1: ngramF1(c, r, 1), rouge2: ngramF1(c, r, 2), rougeLsum: summaryLcsF1(cand, ref) };
}

function f1(hits: number, candidateCount: number, referenceCount: number): number {
  if (hits === 0) return 0;
  const p = hits / candidateCount;
  const r = hits / referenceCount;
  return (2 * p * r) / (p + r);
}

function ngrams(tokens: readonly string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const g = tokens.slice(i, i + n).join(' ');
    counts.set(g, (counts.get(g) ?? 0) + 1);
  }
  return counts;
}

function ngramF1(cand: readonly string[], ref: readonly string[], n: number): number {
  const c = ngrams(cand, n);
  const r = ngrams(ref, n);
  let hits = 0;
  for (const [g, count] of c) hits += Math.min(count, r.get(g) ?? 0);
  return f1(hits, Math.max(0, cand.length - n + 1), Math.max(0, ref.length - n + 1));
}

/** rouge-score's `_summary_level_lcs`: union LCS of each reference sentence over all candidate sentences. */
function summaryLcsF1(cand: readonly string[][], ref: readonly string[][]): number {
  const m = ref.reduce((s, x) => s + x.length, 0);
  const n = cand.reduce((s, x) => s + x.length, 0);
  if (m === 0 || n === 0) return 0;
  const refCounts = countTokens(ref.flat());
  const candCounts = countTokens(cand.flat());
  let hits = 0;
  for (const r of ref) {
    const union = new Set<number>();
    for (const c of cand) for (const i of lcsIndices(r, c)) union.add(i);
    for (const i of [...union].sort((a, b) => a - b)) {
      const t = r[i]!;
      if ((candCounts.get(t) ?? 0) > 0 && (refCounts.get(t) ?? 0) > 0) {
        hits++;
        candCounts.set(t, candCounts.get(t)! - 1);
        refCounts.set(t, refCounts.get(t)! - 1);
      }
    }
  }
  return f1(hits, n, m);
}

function countTokens(tokens: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const t of tokens) counts.set(t, (counts.get(t) ?? 0) + 1);
  return counts;
}

/** Indices into `r` of one longest common subsequence of `r` and `c`. */
function lcsIndices(r: readonly string[], c: readonly string[]): number[] {
  const rows = r.length + 1;
  const cols = c.length + 1;
  const table = new Uint16Array(rows * cols);
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      table[i * cols + j] =
        r[i - 1] === c[j - 1]
          ? table[(i - 1) * cols + j - 1]! + 1
          : Math.max(table[(i - 1) * cols + j]!, table[i * cols + j - 1]!);
    }
  }
  const out: number[] = [];
  for (let i = r.length, j = c.length; i > 0 && j > 0; ) {
    if (r[i - 1] === c[j - 1]) {
      out.push(i - 1);
      i--;
      j--;
    } else if (table[(i - 1) * cols + j]! >= table[i * cols + j - 1]!) {
      i--;
    } else {
      j--;
    }
  }
  return out.reverse();
}
