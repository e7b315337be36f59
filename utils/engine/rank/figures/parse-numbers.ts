/** Reading numerals: Arabic digits, Chinese numerals and English number words, each to a plain number. */

import { EN_SCALE_WORDS, EN_SMALL_NUMBERS } from './en/lexicon';
import { HAN_BIG_UNITS, HAN_DIGITS, HAN_SMALL_UNITS } from './zh/lexicon';

/**
 * Full-width digits, letters and a few signs become ASCII one character for one, so every offset into the result is
 * an offset into the original text. The full-width comma is left alone: in Chinese it separates clauses, not thousands.
 */
export function toHalfWidth(text: string): string {
  return text.replace(/[０-９Ａ-Ｚａ-ｚ％＄．＋～：]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** How many numbers in digits `s` holds (`34.5亿元、50.9亿元和85.9亿元` → 3): where a figure stands in a list. */
export function digitRuns(s: string): number {
  return s.match(/\d[\d.,]*/g)?.length ?? 0;
}

/** `1,200.5` → 1200.5. */
export function parseArabic(written: string): number {
  return Number(written.replace(/,/g, ''));
}

/**
 * `三千万` → 30_000_000, `一百零五` → 105, `三点五` → 3.5, `十二` → 12. Returns null for runs that are not one
 * number: `十四五` (a plan's name: two digits with no unit between) or a bare digit string like `二〇二三`.
 */
export function parseHan(run: string): number | null {
  const dot = run.indexOf('点');
  if (dot < 0) return parseHanInteger(run);
  const fraction = /^([零〇一二三四五六七八九]+)([万亿]*)$/.exec(run.slice(dot + 1));
  const whole = dot > 0 ? parseHanInteger(run.slice(0, dot)) : null;
  if (!fraction || whole === null) return null;
  let value = whole + Number(`0.${[...(fraction[1] ?? '')].map((c) => HAN_DIGITS[c]).join('')}`);
  for (const c of fraction[2] ?? '') value *= HAN_BIG_UNITS[c] ?? 1;
  return value;
}

function parseHanInteger(run: string): number | null {
  const chars = [...run];
  if (!chars.some((c) => c in HAN_SMALL_UNITS || c in HAN_BIG_UNITS)) {
    return chars.length === 1 ? (HAN_DIGITS[run] ?? null) : null;
  }
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const c of chars) {
    const d = HAN_DIGITS[c];
    if (d !== undefined) {
      // `零` may stand between digits (`一百零五`); two non-zero digits side by side never make one number.
      if (digit !== null && digit !== 0 && d !== 0) return null;
      digit = d;
      continue;
    }
    const small = HAN_SMALL_UNITS[c];
    if (small !== undefined) {
      section += (digit ?? 1) * small;
      digit = null;
      continue;
    }
    const big = HAN_BIG_UNITS[c] ?? 1;
    section += digit ?? 0;
    digit = null;
    // 亿 scales everything before it (`三万亿`), 万 only its own section (`三亿五千万`).
    if (big === 1e8) total = (total + (section || (total ? 0 : 1))) * big;
    else total += (section || 1) * big;
    section = 0;
  }
  return total + section + (digit ?? 0);
}

/** A Chinese digit string read digit by digit, for years: `二〇二三` → 2023. */
export function parseHanDigitString(run: string): number | null {
  let out = '';
  for (const c of run) {
    const d = HAN_DIGITS[c];
    if (d === undefined || c === '两') return null;
    out += String(d);
  }
  return out ? Number(out) : null;
}

export interface WordNumber {
  value: number;
  /** Written with thousand/million/billion/trillion. */
  scaled: boolean;
}

/** `two million` → 2e6, `twenty-five` → 25, `a hundred` → 100; null for sequences that are not one number. */
export function parseWords(written: string): WordNumber | null {
  const tokens = written
    .toLowerCase()
    .split(/[\s-]+/)
    .filter(Boolean);
  let total = 0;
  let current = 0;
  let scaled = false;
  for (const [i, token] of tokens.entries()) {
    if ((token === 'a' || token === 'an') && i === 0) {
      current = 1;
      continue;
    }
    const small = EN_SMALL_NUMBERS[token];
    if (small !== undefined) {
      const rest = current % 100;
      // Only `twenty` + `five` combine; `five six` is a list, not a number.
      const combines = rest === 0 || (rest >= 20 && rest % 10 === 0 && small < 10);
      if (!combines) return null;
      current += small;
      continue;
    }
    const scale = EN_SCALE_WORDS[token];
    if (scale === undefined) return null;
    if (scale === 100) current = (current || 1) * 100;
    else {
      total += (current || 1) * scale;
      current = 0;
      scaled = true;
    }
  }
  return { value: total + current, scaled };
}

/** Rounds away binary noise (`3.2 * 1e9`), keeping 12 significant digits. */
export function clean(value: number): number {
  return Number(value.toPrecision(12));
}
