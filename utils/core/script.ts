/** Character classes by Unicode script, shared by segmentation, tokenising and language detection. */

/** Languages written without spaces between words, where one character counts as a word for reading time. */
export function isCjkLang(lang: string): boolean {
  return /^(zh|ja|ko)\b/i.test(lang);
}

/** Words for reading time: CJK characters one each, everything else by runs of letters and digits. */
export function countWords(text: string): number {
  // A character loop: regexes with Unicode properties cost ~0.3 s per megabyte here.
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isCjkCode(c)) {
      words++;
      inWord = false;
    } else if (isWordCode(c, text[i]!)) {
      if (!inWord) words++;
      inWord = true;
    } else {
      inWord = false;
    }
  }
  return words;
}

/** Number of CJK characters in a text. */
export function countCjk(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (isCjkCode(text.charCodeAt(i))) n++;
  return n;
}

const HAN = /\p{Script=Han}/u;

/** Whether a code point is Han (Chinese characters, kanji, hanja); the common blocks without a regular expression. */
export function isHanCode(codePoint: number): boolean {
  if ((codePoint >= 0x4e00 && codePoint <= 0x9fff) || (codePoint >= 0x3400 && codePoint <= 0x4dbf)) return true;
  return codePoint >= 0x2e80 && HAN.test(String.fromCodePoint(codePoint));
}

/** Whether a text has a Han character. */
export function hasHan(text: string): boolean {
  return HAN.test(text);
}

/** Whether a text has CJK characters (see isCjkCode). */
export function hasCjk(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isCjkCode(text.charCodeAt(i))) return true;
  return false;
}

/** Han (BMP), kana and hangul: the CJK text that is written without spaces. */
function isCjkCode(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0x3040 && c <= 0x30ff) ||
    (c >= 0xac00 && c <= 0xd7af) ||
    (c >= 0x1100 && c <= 0x11ff)
  );
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u;

function isWordCode(c: number, ch: string): boolean {
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
  // Surrogates: a supplementary-plane letter (or Han) counts once, by its high half.
  if (c >= 0xdc00 && c <= 0xdfff) return false;
  if (c >= 0xd800 && c <= 0xdbff) return true;
  return LETTER_OR_DIGIT.test(ch);
}

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

const LETTER = /\p{L}/u;
const NON_LATIN_LETTER = /(?!\p{Script=Latin})\p{L}/u;

/** Enough of a text to tell its script. */
const SCRIPT_SAMPLE_CHARS = 4000;

/**
 * The language a text's script decides (`zh`, `ja`, `ru`…), `latin` when it takes the words to tell, `und` without
 * letters. Enough to check a page's declared language against its text, at a fraction of detectLang's cost.
 */
export function scriptLang(text: string): string {
  const sample = text.slice(0, SCRIPT_SAMPLE_CHARS);
  // A text in Latin letters only is decided by one scan that allocates nothing.
  if (!NON_LATIN_LETTER.test(sample)) return LETTER.test(sample) ? 'latin' : 'und';
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  const kana = sample.match(SCRIPT_LANGS[0]![0])?.length ?? 0;
  // Japanese mixes kana into Han text; a little kana is enough to tell it from Chinese.
  if (kana / letters > 0.05) return 'ja';
  // A Latin word weighs as one character of a script without spaces: a Chinese post full of code is Chinese.
  const latinLetters = sample.match(/\p{Script=Latin}/gu)?.length ?? 0;
  const latinWords = sample.match(/\p{Script=Latin}+/gu)?.length ?? 0;
  const units = letters - latinLetters + latinWords;
  for (const [pattern, lang] of SCRIPT_LANGS.slice(1)) {
    const count = sample.match(pattern)?.length ?? 0;
    if (count / (lang === 'zh' ? units : letters) > 0.3) return lang;
  }
  return 'latin';
}
