import { isStopWord, phraseKeys, surfaceWord, tokenize } from './tokens';

/**
 * What the reader typed, as index lookups. A record matches when it has every Han phrase (its overlapping character
 * triples: see hanGrams) and every word (stemmed); the last word, while the reader is still typing it, matches the words it begins, as written
 * (`summ` finds `summary`, `governm` finds `government`), so each keystroke can only narrow the results.
 */
export interface SearchQuery {
  /** Han runs of the query, each to be found contiguously. */
  phrases: string[];
  /** Stemmed terms of the finished words. */
  terms: string[];
  /** The word being typed, lower-cased: matches every word it begins as written (not stemmed). */
  prefix?: string;
}

/**
 * The word being typed is searched from this length on. One or two letters begin nearly every article's words: until
 * the third, the list stays as the rest of the query has it, a superset of what typing on can show, so results
 * never grow and never say "no match" on the way to a query that has matches.
 */
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
    if (typing) {
      if (token.text.length >= MIN_PREFIX) prefix = surfaceWord(token.text);
    } else if (!isStopWord(token.text) || tokens.length === 1) terms.push(token.term);
  }
  return { phrases: unique(phrases), terms: unique(terms), prefix };
}

/**
 * The words the word being typed may be an inflection of, typed further than they go: `pumps` → `pump`, `heatin` →
 * `heat`. It matches them too, so typing a word on to its plural never says "no match" where the finished word
 * (stemmed) finds digests. The endings are those of English inflection and every beginning of one, so a word that
 * matches as `heatin` also matched as `heati` (`heat` + `i`), and the results still never grow as it is typed.
 */
export function typedWordBases(prefix: string): string[] {
  return INFLECTION_STARTS.filter((ending) => prefix.length - ending.length >= 2 && prefix.endsWith(ending)).map(
    (ending) => prefix.slice(0, -ending.length),
  );
}

const INFLECTION_STARTS = ['s', 'e', 'es', 'd', 'ed', 'i', 'in', 'ing'];

export function isEmptyQuery(query: SearchQuery): boolean {
  return query.phrases.length === 0 && query.terms.length === 0 && query.prefix === undefined;
}

/** The index keys a match must have, all of them (the word being typed is looked up apart, by prefix). */
export function exactKeys(query: SearchQuery): string[] {
  return unique([...query.phrases.flatMap(phraseKeys), ...query.terms]);
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}
