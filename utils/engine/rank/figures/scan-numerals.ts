/** The numerals of a sentence ("cores"), and what every reader of their surroundings shares. */

import { EN_NUMBER_SCALES, EN_ORDINALS, EN_SMALL_NUMBERS } from './en/lexicon';
import { parseArabic, parseHan, parseWords } from './parse-numbers';
import { HAN_NUMERAL_CHARS } from './zh/lexicon';

export const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;
export const LETTER = /[A-Za-z]/;
export const SMALL_WORDS = Object.keys(EN_SMALL_NUMBERS)
  .sort((a, b) => b.length - a.length)
  .join('|');
const WORD_NUMBER = `(?:${SMALL_WORDS}|an?(?=\\s+(?:${EN_NUMBER_SCALES})\\b))(?:[\\s-]+(?:${SMALL_WORDS}|${EN_NUMBER_SCALES})\\b)*`;
const CORE_SOURCE =
  `(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)` +
  `|([${HAN_NUMERAL_CHARS}]+(?:点[零〇一二三四五六七八九]+[万亿]*)?)` +
  `|\\b(${WORD_NUMBER})\\b`;
export const CORE = new RegExp(CORE_SOURCE, 'gi');
const CORE_AT = new RegExp(CORE_SOURCE, 'iy');
/** Anything a figure could start from; sentences without one are skipped at once. */
export const ANY_NUMBER = new RegExp(
  `[0-9０-９${HAN_NUMERAL_CHARS}]|\\b(?:${SMALL_WORDS}|half|${Object.keys(EN_ORDINALS).join('|')})`,
  'i',
);

export interface Core {
  start: number;
  end: number;
  value: number;
  form: 'arabic' | 'han' | 'word';
  written: string;
  scaled: boolean;
}

export interface Context {
  text: string;
  mask: Uint8Array;
  /** Yen sign: CNY unless the article is Japanese. */
  yen: string;
}

export function readCore(m: RegExpMatchArray): Core | null {
  const start = m.index ?? 0;
  const written = m[0];
  const end = start + written.length;
  if (m[1]) return { start, end, value: parseArabic(written), form: 'arabic', written, scaled: false };
  if (m[2]) {
    const value = parseHan(written);
    return value === null ? null : { start, end, value, form: 'han', written, scaled: /[万亿]/.test(written) };
  }
  const words = parseWords(written);
  return words ? { start, end, value: words.value, form: 'word', written, scaled: words.scaled } : null;
}

/** The numeral starting exactly at `at`, if any: the second half of a range, a denominator. */
export function coreAt(text: string, at: number): Core | null {
  CORE_AT.lastIndex = at;
  const match = CORE_AT.exec(text);
  return match ? readCore(match) : null;
}

/** Up to `length` characters ending at `at`. */
export function before(text: string, at: number, length: number): string {
  return text.slice(Math.max(0, at - length), Math.max(0, at));
}

/** `s` as a literal inside a regular expression. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
