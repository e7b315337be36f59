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

/** Han (BMP), kana and hangul: the CJK text that is written without spaces. */
function isCjkCode(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0x3040 && c <= 0x30ff) || (c >= 0xac00 && c <= 0xd7af) || (c >= 0x1100 && c <= 0x11ff)
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
