/** Character classes by Unicode script, shared by segmentation, tokenising and language detection. */

export const HAN = /\p{Script=Han}/u;
export const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
export const CJK_CHARS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;

/** Languages written without spaces between words, where one character counts as a word for reading time. */
export function isCjkLang(lang: string): boolean {
  return /^(zh|ja|ko)\b/i.test(lang);
}

/** Words for reading time: CJK characters one each, everything else by whitespace-separated runs. */
export function countWords(text: string): number {
  const cjk = text.match(CJK_CHARS)?.length ?? 0;
  const rest = text.replace(CJK_CHARS, ' ').match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  return cjk + rest;
}
