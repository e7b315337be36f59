import { hanGrams, isStopWord, tokenize } from './tokens';

/**
 * What the reader typed, as index lookups. A record matches when it has every Han phrase contiguously and every
 * word (stemmed); the last word, while the reader is still typing it, also matches as a prefix (`summ` finds
 * `summary`), so results follow each keystroke.
 */
export interface SearchQuery {
  /** Han runs of the query, each to be found contiguously. */
  phrases: string[];
  /** Stemmed terms of the finished words. */
  terms: string[];
  /** The word being typed: matches by its stem `term`, or when an indexed term starts with its lower-cased `text`. */
  prefix?: { text: string; term: string };
}

/** The last word only counts as a prefix from this length on: one or two letters would match nearly everything. */
const MIN_PREFIX = 3;

export function parseQuery(input: string): SearchQuery {
  const tokens = tokenize(input);
  const phrases: string[] = [];
  const terms: string[] = [];
  let prefix: SearchQuery['prefix'];
  for (const token of tokens) {
    if (token.kind === 'han') {
      phrases.push(token.text);
      continue;
    }
    // Still being typed: nothing, not even a space, after it yet.
    const typing = token.end === input.length;
    if (typing && token.text.length >= MIN_PREFIX) {
      prefix = { text: token.text.normalize('NFKC').toLowerCase(), term: token.term };
    } else if (!isStopWord(token.text) || tokens.length === 1) terms.push(token.term);
  }
  return { phrases: unique(phrases), terms: unique(terms), prefix };
}

export function isEmptyQuery(query: SearchQuery): boolean {
  return query.phrases.length === 0 && query.terms.length === 0 && query.prefix === undefined;
}

/** The index keys a match must have, all of them (the word being typed is looked up apart, by prefix). */
export function exactKeys(query: SearchQuery): string[] {
  return unique([...query.phrases.flatMap(phraseKeys), ...query.terms]);
}

/** A one-character phrase is its own key; a longer one needs all its character pairs. */
function phraseKeys(phrase: string): string[] {
  const chars = [...phrase];
  return chars.length === 1 ? chars : hanGrams(phrase).slice(chars.length);
}

/** A phrase of three or more characters can have all its pairs and still not appear: its text must be checked. */
export function needsPhraseCheck(query: SearchQuery): boolean {
  return query.phrases.some((phrase) => [...phrase].length > 2);
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}
