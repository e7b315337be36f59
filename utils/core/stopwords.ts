import { deu, eng, fra, ita, jpn, kor, nld, por, spa, zho } from 'stopword';
import { baseLang } from './lang';

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
