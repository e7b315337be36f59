/** What stands before a numeral: hedges (`超`, `more than`), currency (`$`, `人民币`), `第`, `百分之`, `No.`. */

import { CURRENCY_PREFIXES } from './common';
import { EN_APPROX_PREFIXES, EN_RANK_MARKER, EN_RANK_WORD_MARKER } from './en/lexicon';
import { before, type Context, type Core, escapeRegExp, LETTER } from './scan-numerals';
import { ZH_APPROX_PREFIXES, ZH_HEDGE_OVERLAPS } from './zh/lexicon';

export interface Left {
  start: number;
  currency?: string;
  approx: boolean;
  percent: boolean;
  rank: boolean;
  /** `from 10 to 20` is a change, not a range. */
  noRange: boolean;
}

export function readLeft(ctx: Context, core: Core): Left | null {
  const { text } = ctx;
  const at = core.start;
  const prev = text[at - 1] ?? '';
  const left: Left = { start: at, approx: false, percent: false, rank: false, noRange: false };
  if (core.form === 'arabic') {
    // Digits glued to letters are part of a name: `MP3`, `A320`, `F-35`, `COVID-19`.
    if (LETTER.test(prev) && !currencyBefore(ctx, at)) return null;
    if ((prev === '-' || prev === '.') && /[A-Za-z\d]/.test(text[at - 2] ?? '')) return null;
    // `a .22 calibre rifle`: a decimal without its leading zero names a calibre or an average, not an amount.
    if (prev === '.' && !/\d/.test(text[at - 2] ?? '')) return null;
  }
  const percentOf = before(text, at, 3) === '百分之';
  if (core.form === 'han') {
    // A bare magnitude opens idioms, not numbers: `千家万户`, `百业`, `万一`.
    if (/^[百千万亿]/.test(core.written) && !percentOf) return null;
    if (prev === '初') return null;
  }
  const rankWord =
    EN_RANK_MARKER.exec(before(text, at, 4)) ??
    (core.form === 'word' ? EN_RANK_WORD_MARKER.exec(before(text, at, 7)) : null);
  if (percentOf) {
    left.percent = true;
    left.start -= 3;
  } else if (prev === '第') {
    left.rank = true;
    left.start -= 1;
  } else if (rankWord) {
    left.rank = true;
    left.start -= rankWord[0].length;
  }
  const currency = currencyBefore(ctx, left.start);
  if (currency) {
    left.currency = currency.code;
    left.start -= currency.length;
  }
  if (core.form === 'han' && /^[十百千万]/.test(core.written) && /[几数]/.test(text[left.start - 1] ?? '')) {
    left.approx = true;
    left.start -= text[left.start - 2] === '好' ? 2 : 1;
  }
  const hedge = approxBefore(text, left.start);
  if (hedge) {
    left.approx = true;
    left.start -= hedge;
  }
  if (!left.currency) {
    // `约人民币100亿元`, `about $3bn`: a hedge may stand before the currency too.
    const late = currencyBefore(ctx, left.start);
    if (late && /^(?:人民币)$/.test(text.slice(left.start - late.length, left.start))) {
      left.currency = late.code;
      left.start -= late.length;
    }
  }
  left.noRange = /(?:\bfrom\s+|从)$/i.test(before(text, left.start, 6));
  return left;
}

const CURRENCY_BY_FORM = new Map(CURRENCY_PREFIXES);
// A letter code must be a word of its own: `RMB 5` but not `HRMB5`.
const CURRENCY_BEFORE = new RegExp(
  `(?:${CURRENCY_PREFIXES.map(([form]) => (LETTER.test(form[0] ?? '') ? `(?<![A-Za-z])${escapeRegExp(form)}` : escapeRegExp(form))).join('|')}) ?$`,
);

function currencyBefore(ctx: Context, at: number): { code: string; length: number } | null {
  const m = CURRENCY_BEFORE.exec(before(ctx.text, at, 6));
  if (!m) return null;
  const form = m[0].trimEnd();
  const code = CURRENCY_BY_FORM.get(form) ?? '';
  return { code: form === '¥' ? ctx.yen : code, length: m[0].length };
}

const ZH_HEDGE = new RegExp(`(?:${ZH_APPROX_PREFIXES.join('|')})$`);
// Word hedges stand apart (`about 40`); symbols may touch the number (`~40`).
const EN_HEDGE = new RegExp(
  `(?<![A-Za-z])(?:${EN_APPROX_PREFIXES.filter((h) => LETTER.test(h))
    .map(escapeRegExp)
    .join('|')}) $|` +
    `(?:${EN_APPROX_PREFIXES.filter((h) => !LETTER.test(h))
      .map(escapeRegExp)
      .join('|')}) ?$`,
  'i',
);

export function approxBefore(text: string, at: number): number {
  const window = before(text, at, 16);
  const zh = ZH_HEDGE.exec(window);
  if (zh) {
    const hedge = zh[0];
    if (ZH_HEDGE_OVERLAPS.has(before(text, at - hedge.length + 1, 2))) return hedge.length - 1;
    return hedge.length;
  }
  return EN_HEDGE.exec(window)?.[0].length ?? 0;
}
