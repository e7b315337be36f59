/**
 * Dates written as dates: `2016年`, `3月8日`, `2022-03-08`, `March 8, 2022`, `the 1990s`, `2019-20`. A date's
 * value is its year when it has one, otherwise month × 100 + day (`3月8日` → 308). Bare English years (`in 2023`)
 * are left to the scanner, which can tell them from counts (`2000 people`).
 */

import type { Candidate } from './candidate';
import { EN_MONTHS as MONTHS } from './en/lexicon';
import { touches } from './exclude-spans';
import { parseArabic, parseHan, parseHanDigitString } from './parse-numbers';

/** A full month name and the sentence's full stop after it (`on 19 May.`). */
const FULL_MONTH_STOP = /(January|February|March|April|May|June|July|August|September|October|November|December)\.$/i;
const HAN_YEAR = '[〇零一二三四五六七八九]{4}';
const HAN_SMALL = '[一二三四五六七八九十]{1,3}';

interface DateRule {
  re: RegExp;
  /** Year, month, day read from the match; null rejects it. */
  read: (m: RegExpExecArray) => { year?: number; month?: number; day?: number } | null;
}

const RULES: readonly DateRule[] = [
  {
    re: /(?<![\d.])(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?!\.?\d)/g,
    read: (m) => ymd(num(m[1]), num(m[3]), num(m[4])),
  },
  {
    re: /(?<![\d/])(\d{1,2})\/(\d{1,2})\/(\d{4})(?![\d/])/g,
    read: (m) => ymd(num(m[3]), undefined, undefined),
  },
  {
    // 2022年3月8日, 2016年, 3月8日, 今年1月, 二〇二三年; 2019-2021年 as a range of years.
    re: new RegExp(
      `(?<![\\d.])(?=[\\d〇零一二三四五六七八九十])(?:(\\d{4}|${HAN_YEAR})(?:\\s*[-–—~至到]\\s*(?:\\d{4}|${HAN_YEAR}))?\\s*年(?!代|级|龄|纪|轻|华|薪|利率|化|均))?` +
        `(?:(\\d{1,2}|${HAN_SMALL})\\s*月份?(?:\\s*(\\d{1,2}|${HAN_SMALL})\\s*[日号])?)?`,
      'g',
    ),
    read: (m) => {
      if (!m[1] && !m[2]) return null;
      const year = m[1] ? zhNumber(m[1], true) : undefined;
      const month = m[2] ? zhNumber(m[2], false) : undefined;
      const day = m[3] ? zhNumber(m[3], false) : undefined;
      if (m[1] && (year === undefined || year < 1000 || year > 2100)) return null;
      return ymd(year, month, day, !m[1]);
    },
  },
  {
    // 04年: a year of this century written short; no span is written with a leading zero.
    re: /(?<![\d.])(0\d)年(?![代级龄纪])/g,
    read: (m) => ymd(2000 + Number(m[1]), undefined, undefined),
  },
  {
    // 80年代, 1990年代
    re: /(?<![\d.])(\d{2}|\d{4})年代/g,
    read: (m) => ({ year: num(m[1]) }),
  },
  {
    re: new RegExp(`\\b(${MONTHS})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?(?![\\d,.]?\\d)`, 'g'),
    read: (m) => ymd(num(m[3]), monthOf(m[1]), num(m[2])),
  },
  {
    re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTHS})\\b\\.?(?:,?\\s+(\\d{4}))?`, 'g'),
    read: (m) => ymd(num(m[3]), monthOf(m[2]), num(m[1])),
  },
  {
    re: new RegExp(`\\b(${MONTHS})\\.?\\s+(\\d{4})\\b`, 'g'),
    read: (m) => ymd(num(m[2]), undefined, undefined),
  },
  {
    // The 1990s; the '80s.
    re: /\b(1[5-9]\d0|20\d0)s\b|['’](\d0)s\b/g,
    read: (m) => ({ year: m[1] ? num(m[1]) : 1900 + (num(m[2]) ?? 0) }),
  },
  {
    // 2019-20, 2019–2020: a span of years, read as its first year.
    re: /\b(1[5-9]\d\d|20\d\d)\s?[-–]\s?(\d{2}|\d{4})\b(?!\s*%)/g,
    read: (m) => {
      const from = num(m[1]) ?? 0;
      const to = m[2]?.length === 2 ? Math.floor(from / 100) * 100 + (num(m[2]) ?? 0) : (num(m[2]) ?? 0);
      return to > from && to - from <= 100 ? { year: from } : null;
    },
  },
];

export function findDates(text: string, mask: Uint8Array, taken: Uint8Array): Candidate[] {
  const found: Candidate[] = [];
  for (const { re, read } of RULES) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0] === '') {
        re.lastIndex++;
        continue;
      }
      const start = m.index;
      // `12 December.`: the full stop ends the sentence; only an abbreviation (`Dec.`) keeps its dot.
      const end = start + m[0].trimEnd().replace(FULL_MONTH_STOP, '$1').length;
      if (end === start || touches(mask, start, end) || touches(taken, start, end)) continue;
      const date = read(m);
      if (!date) continue;
      const value = date.year ?? (date.month ?? 0) * 100 + (date.day ?? 0);
      // How precise: a day (`March 31`), a month of a given year (`December 2013`), or coarser (`2013`, `1月`).
      const role =
        date.day !== undefined ? 'day' : date.month !== undefined && date.year !== undefined ? 'month' : 'year';
      // The same day is one date whether or not its year is repeated (`2016年10月14日` … `10月14日`).
      const key =
        date.day !== undefined
          ? `${date.month ?? ''}-${date.day}`
          : `${date.year ?? ''}-${date.month ?? ''}${/0s\b/.test(m[0]) ? 's' : ''}`;
      found.push({ start, end, value, kind: 'date', scaled: false, weak: false, role, key });
      taken.fill(1, start, end);
    }
  }
  return found;
}

function monthOf(name: string | undefined): number | undefined {
  const i = MONTH_STEMS.indexOf((name ?? '').slice(0, 3).toLowerCase());
  return i < 0 ? undefined : i + 1;
}
const MONTH_STEMS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function num(s: string | undefined): number | undefined {
  return s === undefined ? undefined : parseArabic(s);
}

function zhNumber(s: string, year: boolean): number | undefined {
  if (/^\d+$/.test(s)) return Number(s);
  return (year ? parseHanDigitString(s) : parseHan(s)) ?? undefined;
}

/** Validates the parts that are present; `requireMonth` rejects a day or month standing alone out of range. */
function ymd(
  year?: number,
  month?: number,
  day?: number,
  requireMonth = false,
): { year?: number; month?: number; day?: number } | null {
  if (month !== undefined && (month < 1 || month > 12)) return null;
  if (day !== undefined && (day < 1 || day > 31)) return null;
  if (year !== undefined && (year < 1000 || year > 2100)) return null;
  if (requireMonth && month === undefined) return null;
  return { year, month, day };
}
