import { stemmer } from 'stemmer';
import { stopwordsFor } from '../../core/stopwords';
import { plainWord, tokenize as textTokens } from '../../core/tokens';

/**
 * Search's view of the text's tokens (utils/core/tokens.ts), behind the index, the query and the highlights alike,
 * so that what is indexed, what is asked and what is marked can never disagree. Han runs are kept whole (the index
 * cuts them into character n-grams); a hyphenated word is its parts (`well-known` is found by `known`); a number is
 * a word without its separators (`2,400` meets `2400`); every word is also reduced to a term, lower-cased and, when
 * it is plain a–z, Porter-stemmed so `summaries` meets `summary`. Stemming does not depend on the article's
 * language: Chinese articles quote English.
 */

export type Token =
  | { kind: 'han'; text: string; start: number; end: number }
  | { kind: 'word'; text: string; term: string; start: number; end: number };

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const token of textTokens(text)) {
    if (token.kind === 'han') tokens.push({ kind: 'han', text: token.text, start: token.start, end: token.end });
    else if (token.kind === 'number') tokens.push({ ...token, kind: 'word', term: numberTerm(token.text) });
    else if (token.kind === 'word') {
      let start = token.start;
      for (const part of token.text.split('-')) {
        tokens.push({ kind: 'word', text: part, term: wordTerm(part), start, end: start + part.length });
        start += part.length + 1;
      }
    }
  }
  return tokens;
}

/** `Summaries` → `summari`, `Reuters’` → `reuter`, `U.S.` → `u.s.`. */
export function wordTerm(word: string): string {
  const w = surfaceWord(word);
  return /^[a-z]+$/.test(w) ? stemmer(w) : w;
}

/** `2,400` → `2400`, `１５２` → `152`. */
function numberTerm(number: string): string {
  return number.normalize('NFKC').replaceAll(',', '');
}

/** The word as the reader types it, unstemmed: `Reuters’` → `reuters`. What the word being typed is a prefix of. */
export function surfaceWord(word: string): string {
  return plainWord(word.normalize('NFKC'));
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
