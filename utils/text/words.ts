import { deu, eng, fra, ita, jpn, kor, nld, por, spa, zho } from 'stopword';
import { baseLang } from './lang';
import { segmenter } from './segmenter';

/** Stop word lists from the maintained `stopword` package, by base language. */
const STOPWORDS: Record<string, ReadonlySet<string>> = {
  en: new Set(eng),
  zh: new Set(zho),
  ja: new Set(jpn),
  ko: new Set(kor),
  fr: new Set(fra),
  de: new Set(deu),
  es: new Set(spa),
  it: new Set(ita),
  pt: new Set(por),
  nl: new Set(nld),
};
const NO_STOPWORDS: ReadonlySet<string> = new Set();

export function stopwordsFor(lang: string): ReadonlySet<string> {
  return STOPWORDS[baseLang(lang)] ?? NO_STOPWORDS;
}

const NUMBER = /^\p{N}[\p{N}.,]*$/u;
// Chinese text mixes in English words; their stop words are noise in either language.
const ENGLISH = STOPWORDS.en!;

/**
 * Content words of a text: Intl.Segmenter's word-like segments, lower-cased, stop words removed, numbers kept
 * (they carry the figures a digest is about).
 */
export function words(text: string, lang: string): string[] {
  const stop = stopwordsFor(lang);
  const out: string[] = [];
  for (const s of segmenter(lang, 'word').segment(text)) {
    if (!s.isWordLike) continue;
    const w = s.segment.toLowerCase().replace(/[’']s$/, '');
    if (NUMBER.test(w)) {
      out.push(w.replace(/,/g, ''));
    } else if (!stop.has(w) && !ENGLISH.has(w)) {
      out.push(w);
    }
  }
  return out;
}
