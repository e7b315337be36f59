import { stemmer } from 'stemmer';
import { baseLang } from '../../core/lang';
import { stopwordsFor } from '../../core/stopwords';
import { plainWord, tokenize } from '../../core/tokens';

/**
 * Index terms for comparing sentences, from the text's tokens (utils/core/tokens.ts). Words are lower-cased, stop
 * words dropped, a hyphenated word split into its parts, English Porter-stemmed so `summaries` meets `summary`;
 * numbers are kept, without separators. Han runs are compared by overlapping character bigrams: robust where a
 * segmenter's dictionary lacks a name (ICU splits 京东 into 京 + 东), a two-character word is exactly one bigram,
 * and — unlike dictionary segmentation, which costs seconds per megabyte on Node 20 — linear and cheap. Japanese
 * and the scripts of South-East Asia come as the tokenizer's dictionary words.
 */
export function termsOf(text: string, lang: string): string[] {
  const english = baseLang(lang) === 'en';
  const stop = stopwordsFor(lang);
  const out: string[] = [];
  for (const token of tokenize(text, { lang })) {
    if (token.kind === 'han') {
      for (let i = 0; i + 1 < token.text.length; i++) out.push(token.text.slice(i, i + 2));
    } else if (token.kind === 'number') {
      out.push(token.text.replaceAll(',', ''));
    } else if (token.kind === 'word') {
      for (const part of token.text.split('-')) {
        const w = plainWord(part);
        if (w && !stop.has(w) && !ENGLISH_STOP.has(w)) out.push(english && /^[a-z]+$/.test(w) ? stem(w) : w);
      }
    }
  }
  return out;
}

/** Stems already computed: an article repeats its words, and a run of articles its language. Bounded. */
const stems = new Map<string, string>();
const MAX_STEMS = 50_000;

function stem(word: string): string {
  let stemmed = stems.get(word);
  if (stemmed === undefined) {
    if (stems.size >= MAX_STEMS) stems.clear();
    stems.set(word, (stemmed = stemmer(word)));
  }
  return stemmed;
}

// Chinese and other texts quote English; its stop words are noise in any language.
const ENGLISH_STOP = stopwordsFor('en');
