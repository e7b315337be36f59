import { stemmer } from 'stemmer';
import { baseLang } from '../text/lang';
import { stopwordsFor, words } from '../text/words';

/**
 * Index terms for comparing sentences. Latin-script words are lower-cased, stop words dropped, English
 * Porter-stemmed so `summaries` meets `summary`; numbers are kept. Han text is compared by overlapping character
 * bigrams: robust where a segmenter's dictionary lacks a name (ICU splits 京东 into 京 + 东), a two-character
 * word is exactly one bigram, and — unlike dictionary segmentation, which costs seconds per megabyte on Node 20 —
 * it is linear and cheap. Japanese and the scripts of South-East Asia (Thai, Lao, Khmer, Burmese) write words
 * without spaces and not in Han alone: there Intl.Segmenter's dictionary words are the terms.
 */

const SEGMENTED_LANGS = new Set(['ja', 'th', 'lo', 'km', 'my']);

const WORD_CHAR = String.raw`(?:(?!\p{Script=Han})[\p{L}\p{M}\p{N}])`;
const TOKEN = new RegExp(String.raw`\p{Script=Han}+|${WORD_CHAR}+(?:[.'’]${WORD_CHAR}+)*`, 'gu');
const HAN = /^\p{Script=Han}/u;
const NUMBER = /^\p{N}/u;

export function termsOf(text: string, lang: string): string[] {
  if (SEGMENTED_LANGS.has(baseLang(lang))) return words(text, lang);
  const english = baseLang(lang) === 'en';
  const stop = stopwordsFor(lang);
  const out: string[] = [];
  for (const [token] of text.matchAll(TOKEN)) {
    if (HAN.test(token)) {
      for (let i = 0; i + 1 < token.length; i++) out.push(token.slice(i, i + 2));
      continue;
    }
    const lower = token.toLowerCase();
    const w = lower.endsWith("'s") || lower.endsWith('’s') ? lower.slice(0, -2) : lower;
    if (NUMBER.test(w)) out.push(w);
    else if (!stop.has(w) && !ENGLISH_STOP.has(w)) out.push(english && /^[a-z]+$/.test(w) ? stem(w) : w);
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
