import { eng, fra, deu, spa, ita, por, nld } from 'stopword';

/**
 * Language of a text when the page does not say. Scripts decide CJK, Cyrillic, Arabic, Hebrew, Thai…;
 * Latin text is told apart by which language's stop words it uses most.
 */

const SCRIPT_LANGS: ReadonlyArray<[RegExp, string]> = [
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/gu, 'ja'],
  [/\p{Script=Hangul}/gu, 'ko'],
  [/\p{Script=Han}/gu, 'zh'],
  [/\p{Script=Cyrillic}/gu, 'ru'],
  [/\p{Script=Arabic}/gu, 'ar'],
  [/\p{Script=Hebrew}/gu, 'he'],
  [/\p{Script=Thai}/gu, 'th'],
  [/\p{Script=Greek}/gu, 'el'],
  [/\p{Script=Devanagari}/gu, 'hi'],
];

const LATIN_STOPWORDS: ReadonlyArray<[string, ReadonlySet<string>]> = [
  ['en', new Set(eng)],
  ['fr', new Set(fra)],
  ['de', new Set(deu)],
  ['es', new Set(spa)],
  ['it', new Set(ita)],
  ['pt', new Set(por)],
  ['nl', new Set(nld)],
];

const LETTER = /\p{L}/u;
const NON_LATIN_LETTER = /(?!\p{Script=Latin})\p{L}/u;

/** Enough of the text to decide; detection should not cost more on a long article. */
const SAMPLE_CHARS = 4000;

export function detectLang(text: string): string {
  const sample = text.slice(0, SAMPLE_CHARS);
  const script = scriptLang(sample);
  if (script !== 'latin') return script;
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  let best = 'en';
  let bestHits = 0;
  for (const [lang, stop] of LATIN_STOPWORDS) {
    let hits = 0;
    for (const w of words) if (stop.has(w)) hits++;
    if (hits > bestHits) [best, bestHits] = [lang, hits];
  }
  return best;
}

/**
 * The language a text's script decides (`zh`, `ja`, `ru`…), `latin` when it takes the words to tell, `und` without
 * letters. Enough to check a page's declared language against its text, at a fraction of detectLang's cost.
 */
export function scriptLang(text: string): string {
  const sample = text.slice(0, SAMPLE_CHARS);
  // A text in Latin letters only is decided by one scan that allocates nothing.
  if (!NON_LATIN_LETTER.test(sample)) return LETTER.test(sample) ? 'latin' : 'und';
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  const kana = sample.match(SCRIPT_LANGS[0]![0])?.length ?? 0;
  // Japanese mixes kana into Han text; a little kana is enough to tell it from Chinese.
  if (kana / letters > 0.05) return 'ja';
  for (const [pattern, lang] of SCRIPT_LANGS.slice(1)) {
    if ((sample.match(pattern)?.length ?? 0) / letters > 0.3) return lang;
  }
  return 'latin';
}

/** `zh-Hans-CN` → `zh`; what the text engine keys its rules on. */
export function baseLang(lang: string): string {
  return lang.toLowerCase().split(/[-_]/)[0] || 'und';
}
