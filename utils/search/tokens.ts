import { stemmer } from 'stemmer';
import { stopwordsFor } from '../text/words';

/**
 * The one tokeniser behind the search index, the query and the highlights, so that what is indexed, what is asked
 * and what is marked can never disagree. Han runs are kept whole (Chinese has no spaces: the index cuts them into
 * character n-grams); everything else is a word, lower-cased and, when it is plain a–z, Porter-stemmed so
 * `summaries` meets `summary`. Stemming does not depend on the article's language: Chinese articles quote English.
 */

export type Token =
  | { kind: 'han'; text: string; start: number; end: number }
  | { kind: 'word'; text: string; term: string; start: number; end: number };

// Han is also \p{L}: words exclude it, or `152万家中小微企业` would be one word and hide the Chinese from the index.
const WORD_CHAR = String.raw`(?:(?!\p{Script=Han})[\p{L}\p{M}\p{N}])`;
const TOKEN = new RegExp(String.raw`\p{Script=Han}+|${WORD_CHAR}+(?:[.'’]${WORD_CHAR}+)*`, 'gu');
const HAN = /^\p{Script=Han}/u;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const [token] = match;
    const start = match.index;
    const end = start + token.length;
    if (HAN.test(token)) tokens.push({ kind: 'han', text: token, start, end });
    else tokens.push({ kind: 'word', text: token, term: wordTerm(token), start, end });
  }
  return tokens;
}

/** `Summaries` → `summari`, `Reuters’` → `reuter`, `3.2bn` → `3.2bn`. */
export function wordTerm(word: string): string {
  const w = surfaceWord(word);
  return /^[a-z]+$/.test(w) ? stemmer(w) : w;
}

/** The word as the reader types it, unstemmed: `Reuters’` → `reuters`. What the word being typed is a prefix of. */
export function surfaceWord(word: string): string {
  return word.normalize('NFKC').toLowerCase().replace(/['’]s?$/, '');
}

/** Words too common to tell articles apart; left out of the index to keep it small. */
export function isStopWord(word: string): boolean {
  return STOP.has(word.toLowerCase());
}

const STOP = stopwordsFor('en');

/**
 * Index keys of a Han run: every character, every overlapping pair and every overlapping triple. A query of one or
 * two characters is its own key; a longer phrase needs all its triples, which a text has nearly only where the phrase
 * is: `京东云` needs the triple `京东云`, so 京东 in one place and 东云 (or 云计算) in another don't make a match.
 */
export function hanGrams(run: string): string[] {
  const chars = [...run];
  const grams = [...chars];
  for (let i = 0; i + 1 < chars.length; i++) grams.push(chars[i]! + chars[i + 1]!);
  for (let i = 0; i + 2 < chars.length; i++) grams.push(chars[i]! + chars[i + 1]! + chars[i + 2]!);
  return grams;
}

/** The keys a Han phrase of the query needs, all of them (see hanGrams). */
export function phraseKeys(phrase: string): string[] {
  const chars = [...phrase];
  if (chars.length <= 2) return [phrase];
  return chars.slice(2).map((_, i) => chars[i]! + chars[i + 1]! + chars[i + 2]!);
}
