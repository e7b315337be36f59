/**
 * What follows a numeral and its scale, deciding its kind: `%`, `元`, `公里`, measure words (`家`, `人`), `倍`,
 * `分之`, `in 10`, `2:1`, ordinals, and trailing hedges (`左右`, `or more`).
 */

import type { FigureKind } from '../types';
import {
  EN_APPROX_SUFFIX,
  EN_CURRENCY_SUFFIXES,
  EN_MILESTONE,
  EN_MULTIPLE,
  EN_PLACED_AFTER,
  EN_PLACED_BEFORE,
  EN_POUNDS_OF_WEIGHT,
  EN_RANK_WORDS,
  EN_YEARLY_MILESTONE,
} from './en/lexicon';
import { touches } from './exclude-spans';
import type { Head } from './parse-scale';
import { matchEnUnit, type UnitEntry, zhFollowerAt } from './parse-units';
import { type Context, type Core, coreAt, HAN } from './scan-numerals';
import { ZH_APPROX_SUFFIXES, ZH_NOT_TENTHS, ZH_NOT_YEARS } from './zh/lexicon';

export interface Tail {
  end: number;
  kind?: FigureKind;
  unit?: string;
  currency?: string;
  /** Replaces the value (`三分之一` → 1/3, `七成` → 70). */
  value?: number;
  weak?: boolean;
  /** `27-year-old`, `50岁`: a person's age. */
  age?: boolean;
  reject?: boolean;
}

export function readTail(ctx: Context, core: Core, head: Head, value: number): Tail {
  const { text } = ctx;
  const at = head.end;
  const rest = text.slice(at, at + 24);
  const none: Tail = { end: at };
  if (head.metres) return { end: at, kind: 'measure', unit: 'm' };

  let m = /^\s?(%|‰)|^\s?(?:percent|per\s?cent|pct)\b/i.exec(rest);
  if (m) return { end: at + m[0].length, kind: 'percent', unit: m[1] === '‰' ? '‰' : '%' };

  if (
    rest[0] === '成' &&
    !head.scaled &&
    Number.isInteger(value) &&
    value >= 1 &&
    value <= 9 &&
    !ZH_NOT_TENTHS.test(rest)
  ) {
    return { end: at + 1, kind: 'percent', unit: '%', value: value * 10 };
  }

  if (rest.startsWith('分之') && core.form === 'han') {
    const numerator = coreAt(text, at + 2);
    if (numerator?.form === 'han' && value > 0)
      return { end: numerator.end, kind: 'ratio', value: numerator.value / value };
  }

  const zh = zhFollowerAt(text, at);
  if (zh) return { ...zh.tail, end: at + zh.form.length };
  m = EN_CURRENCY_CODE.exec(rest) ?? EN_CURRENCY_WORD.exec(rest);
  // `5,200 pounds of water vapor` is a weight; `pounds of funding` is still money.
  if (m?.[1] && /^pounds?$/i.test(m[1]) && EN_POUNDS_OF_WEIGHT.test(rest.slice(m[0].length))) {
    return { end: at + m[0].length, kind: 'measure', unit: 'lb' };
  }
  if (m?.[1]) return { end: at + m[0].length, kind: 'money', currency: EN_CURRENCY_BY_FORM.get(m[1].toLowerCase()) };

  if (rest[0] === '年' && !ZH_NOT_YEARS.test(rest)) return { end: at + 1, kind: 'duration', unit: '年' };
  if (rest[0] === '岁') return { end: at + 1, kind: 'duration', unit: '岁', age: true };

  const enUnit = matchEnUnit(rest);
  if (enUnit) return unitTail(at + enUnit.length, enUnit.entry);

  if (rest[0] === '号') return { ...none, reject: true };
  if (rest[0] === '倍') return { end: at + 1, kind: 'ratio', unit: '倍' };
  m = EN_MULTIPLE.exec(rest);
  if (m) return { end: at + m[0].length, kind: 'ratio', unit: 'x' };
  if (core.form === 'word' && /^\s+times\b/.test(rest)) return { ...none, reject: true };

  if (core.form === 'arabic') {
    m = ORDINAL_SUFFIX.exec(rest);
    if (m) return ordinalTail(text, core.start, at, m[0]);
  }

  m = /^\s+(?:in|out of)\s+/.exec(rest);
  if (m && core.form !== 'han' && head.mult === 1) {
    const den = coreAt(text, at + m[0].length);
    const denominator = den && den.form !== 'han' ? den.value : 0;
    if (
      den &&
      denominator > value &&
      denominator <= 1000 &&
      Number.isInteger(denominator) &&
      !touches(ctx.mask, at, den.end)
    ) {
      return { end: den.end, kind: 'ratio', value: value / denominator };
    }
  }
  m = /^:(\d{1,3})(?![\d:])/.exec(rest);
  if (m && core.form === 'arabic' && !touches(ctx.mask, at, at + m[0].length)) {
    const denominator = Number(m[1]);
    if (denominator > 0) return { end: at + m[0].length, kind: 'ratio', value: value / denominator };
  }

  // `三大场景`: a count that is part of a name.
  if (
    rest[0] === '大' &&
    HAN.test(rest[1] ?? '') &&
    value >= 2 &&
    value <= 10 &&
    (core.form === 'han' || core.written.length === 1)
  ) {
    return { end: at + 1, kind: 'count', weak: true };
  }
  return none;
}

const EN_CURRENCY_BY_FORM = new Map(EN_CURRENCY_SUFFIXES.map(([form, code]) => [form.toLowerCase(), code]));
const EN_CURRENCY_CODE = new RegExp(
  `^\\s(${EN_CURRENCY_SUFFIXES.filter(([f]) => f === f.toUpperCase())
    .map(([f]) => f)
    .join('|')})\\b`,
);
const EN_CURRENCY_WORD = new RegExp(
  `^\\s(${EN_CURRENCY_SUFFIXES.filter(([f]) => f !== f.toUpperCase())
    .map(([f]) => f)
    .join('|')})\\b`,
  'i',
);
const ORDINAL_SUFFIX = new RegExp(`^(?:st|nd|rd|th)(?:[\\s-](?:${EN_RANK_WORDS})\\b)?`, 'i');

/** A number with an ordinal suffix: a rank where something places it, a count where it marks a milestone, else nothing. */
function ordinalTail(text: string, start: number, at: number, written: string): Tail {
  const end = at + written.length;
  if (written.length > 2) return { end, kind: 'rank' };
  const rest = text.slice(end, end + 40);
  if (EN_PLACED_BEFORE.test(text.slice(Math.max(0, start - 24), start)) || EN_PLACED_AFTER.test(rest))
    return { end, kind: 'rank' };
  const milestone = EN_MILESTONE.exec(rest);
  if (milestone) {
    return EN_YEARLY_MILESTONE.test(milestone[1] ?? '')
      ? { end, kind: 'duration', unit: 'years' }
      : { end, kind: 'count' };
  }
  return { end: at, reject: true };
}

function unitTail(end: number, entry: UnitEntry): Tail {
  return { end, kind: entry.kind, unit: entry.unit, age: entry.age };
}

/** Length of a hedge written after the quantity (`100元左右`, `5年多`, `30 or more`, `100+`), or 0. */
export function approxSuffixLength(text: string, end: number): number {
  const rest = text.slice(end, end + 12);
  for (const hedge of ZH_APPROX_SUFFIXES) {
    if (!rest.startsWith(hedge)) continue;
    // A lone 多/余 only hedges when the quantity ends there (`5年多。`), not when it starts a word (`多家`).
    if (hedge.length === 1 && HAN.test(rest[1] ?? '') && rest[1] !== '的') return 0;
    return hedge.length;
  }
  return EN_APPROX_SUFFIX.exec(rest)?.[0].length ?? 0;
}
