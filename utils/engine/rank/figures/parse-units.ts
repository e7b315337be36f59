/**
 * Which unit, currency or measure word stands right after a quantity: the lookups the scale, tail and match-result
 * readers share, kept below all three so none of them imports another for them.
 */

import type { FigureKind } from '../types';
import { UNIT_SYMBOLS, type UnitForms, type UnitKind } from './common';
import { EN_UNIT_WORDS as EN_UNIT_FORMS } from './en/units';
import { escapeRegExp } from './scan-numerals';
import { ZH_CURRENCY_SUFFIXES, ZH_MEASURE_WORDS } from './zh/lexicon';
import { ZH_UNITS as ZH_UNIT_FORMS } from './zh/units';

export interface UnitEntry {
  form: string;
  unit: string;
  kind: UnitKind;
  age?: boolean;
}

function entries(rows: readonly UnitForms[]): UnitEntry[] {
  return rows.flatMap((row) =>
    row.forms.split('|').map((form) => ({ form, unit: row.unit ?? form, kind: row.kind, age: row.age })),
  );
}
const EN_UNIT_WORDS = entries(EN_UNIT_FORMS);
const ZH_UNITS = entries(ZH_UNIT_FORMS);
const SYMBOLS: readonly UnitEntry[] = UNIT_SYMBOLS.split(' ').map((form) => ({
  form,
  unit: form.replace(/2$/, '²'),
  kind: 'measure',
}));

interface ZhFollower {
  form: string;
  tail: { kind: FigureKind; unit?: string; currency?: string };
}
/** Currencies, units and measure words that follow a Chinese quantity, by first character, longest first. */
const ZH_FOLLOWERS = new Map<string, ZhFollower[]>();
for (const follower of [
  ...ZH_CURRENCY_SUFFIXES.map(([form, currency]): ZhFollower => ({ form, tail: { kind: 'money', currency } })),
  ...ZH_UNITS.map((u): ZhFollower => ({ form: u.form, tail: { kind: u.kind, unit: u.unit } })),
  ...ZH_MEASURE_WORDS.map((form): ZhFollower => ({ form, tail: { kind: 'count', unit: form } })),
]) {
  const first = follower.form[0] ?? '';
  const list = ZH_FOLLOWERS.get(first) ?? [];
  list.push(follower);
  list.sort((a, b) => b.form.length - a.form.length);
  ZH_FOLLOWERS.set(first, list);
}

export function zhFollowerAt(text: string, at: number): ZhFollower | undefined {
  return ZH_FOLLOWERS.get(text[at] ?? '')?.find((f) => text.startsWith(f.form, at));
}

const longestFirst = (entries: readonly UnitEntry[]) => [...entries].sort((a, b) => b.form.length - a.form.length);
const EN_UNIT_BY_FORM = new Map(EN_UNIT_WORDS.map((u) => [u.form, u]));
const EN_UNIT = new RegExp(
  `^([ -]?)(${longestFirst(EN_UNIT_WORDS)
    .map((u) => escapeRegExp(u.form))
    .join('|')})(?![A-Za-z])`,
  'i',
);
const SYMBOL_BY_FORM = new Map(SYMBOLS.map((u) => [u.form, u]));
const SYMBOL = new RegExp(
  `^ ?(${longestFirst(SYMBOLS)
    .map((u) => escapeRegExp(u.form))
    .join('|')})(?![A-Za-z0-9])`,
);

export function matchEnUnit(rest: string): { entry: UnitEntry; length: number } | null {
  const word = EN_UNIT.exec(rest);
  // A short word glued to the digits (`5g`) is only a unit when written as a symbol.
  if (word?.[2] && (word[1] || word[2].length >= 3)) {
    const entry = EN_UNIT_BY_FORM.get(word[2].toLowerCase());
    if (entry) return { entry, length: word[0].length };
  }
  const symbol = SYMBOL.exec(rest);
  const entry = symbol?.[1] ? SYMBOL_BY_FORM.get(symbol[1]) : undefined;
  return entry && symbol ? { entry, length: symbol[0].length } : null;
}

/** Characters that may follow `多`/`余` inside a Chinese quantity (`100多家`, `1500余名`, `二十多年`). */
export const ZH_QUANTITY_STARTS = new Set(
  [
    ...ZH_MEASURE_WORDS,
    ...ZH_UNITS.map((u) => u.form),
    ...ZH_CURRENCY_SUFFIXES.map(([form]) => form),
    '年',
    '倍',
    '岁',
  ].map((w) => w[0] ?? ''),
);
