/**
 * The pipeline for one sentence: scan → parse → exclude → label. Spans that count nothing are masked first
 * (`exclude-spans.ts`); dates, match results and spelled figures are parsed as wholes (`parse-dates.ts`,
 * `parse-results.ts`, `parse-spelled.ts`); then each numeral (`scan-numerals.ts`) is read outwards: hedges and
 * currency before it (`parse-left.ts`), then scale (`parse-scale.ts`), range, and unit or measure word after it
 * (`parse-tail.ts`). What it is attached to decides its kind; a numeral attached to nothing is kept only where a bare
 * number can still be a figure (English counts, years, ages in apposition). Last, each figure is labelled
 * (`label.ts`). Ranking (`rank.ts`) and what a card may show (`exclude-shown.ts`) work on the whole article.
 */

import type { FigureKind } from '../types';
import type { Candidate } from './candidate';
import { EN_AGE_BEFORE, EN_DATE_PREPOSITION, EN_NOT_NAME, EN_RATE, EN_YEAR_NOUN } from './en/lexicon';
import { followsName, nonFigureMask, touches } from './exclude-spans';
import { isEnglishAt, labelAfter, labelBefore, labelOf } from './label';
import { contextPhrase } from './label-context';
import { resultLabel } from './label-result';
import { qualifiedLabel } from './label-when';
import { zhPeopleDid } from './label-zh';
import { findDates } from './parse-dates';
import { type Left, readLeft } from './parse-left';
import { clean, toHalfWidth } from './parse-numbers';
import { findScores } from './parse-results';
import { readHead } from './parse-scale';
import { findSpelledFigures } from './parse-spelled';
import { approxSuffixLength, readTail } from './parse-tail';
import { ZH_QUANTITY_STARTS } from './parse-units';
import { ANY_NUMBER, before, CORE, type Context, type Core, coreAt, HAN, readCore } from './scan-numerals';
import { ZH_ORDINAL_NOT_RANK, ZH_PERSON_WORDS } from './zh/lexicon';

/**
 * Figures a year may date or a forecast expect: amounts, counts, shares, measures and results (`18-6 win over Leeds
 * in March`, an earlier game) — not a span of time (its years are what it spans).
 */
const QUALIFIED_KINDS = new Set<FigureKind>(['money', 'count', 'percent', 'measure', 'ratio']);

const NOT_RANK = new RegExp(`^(?:${ZH_ORDINAL_NOT_RANK})`);

export interface ScanOptions {
  lang?: string;
}

export function scanSentence(original: string, options: ScanOptions = {}): Candidate[] {
  if (!ANY_NUMBER.test(original)) return [];
  const text = toHalfWidth(original);
  const ctx: Context = { text, mask: nonFigureMask(text), yen: /^ja\b/i.test(options.lang ?? '') ? 'JPY' : 'CNY' };
  const taken = new Uint8Array(text.length);
  const found = [
    ...findDates(text, ctx.mask, taken),
    ...findScores(text, ctx.mask, taken),
    ...findSpelledFigures(text, ctx.mask, taken),
  ];
  let after = 0;
  CORE.lastIndex = 0;
  for (let m = CORE.exec(text); m; m = CORE.exec(text)) {
    if (m[2] && !hanMightCount(text, m.index ?? 0, m[2])) continue;
    const core = readCore(m);
    if (!core || core.start < after || touches(ctx.mask, core.start, core.end) || touches(taken, core.start, core.end))
      continue;
    const figure = readFigure(ctx, core);
    if (!figure || touches(taken, figure.start, figure.end)) continue;
    found.push(figure);
    after = figure.end;
  }
  found.sort((a, b) => a.start - b.start);
  mergeConversions(text, found);
  for (const figure of found) {
    if (figure.kind !== 'date' && figure.role !== 'score' && figure.label === undefined) {
      // After `人` comes what the people do (`1.5亿人使用`), not what is counted.
      const label = ZH_PERSON_WORDS.has(figure.unit ?? '')
        ? (labelBefore(text, figure.start) ?? zhPeopleDid(text, figure.start, figure.end))
        : figure.kind === 'rank'
          ? labelAfter(text, figure.start, figure.end)
          : labelOf(text, figure.start, figure.end, figure.kind);
      if (label) figure.label = label;
      else if (!figure.weak && figure.role !== 'age' && isEnglishAt(text, figure.start, figure.end)) {
        const spanOrMeasure = figure.kind === 'duration' || figure.kind === 'measure';
        figure.label = contextPhrase(text, figure.start, figure.end, spanOrMeasure, figure.kind === 'percent');
      }
    }
  }
  for (const figure of found) {
    if (figure.role === 'score') figure.label = resultLabel(text, figure.start, figure.end, figure.label);
    if (!figure.label) continue;
    const english = isEnglishAt(text, figure.start, figure.end);
    if (english) figure.label = withRate(text, figure.end, figure.label);
    const qualified =
      QUALIFIED_KINDS.has(figure.kind) && (figure.role === undefined || figure.role === 'score')
        ? qualifiedLabel(text, figure.start, figure.end, figure.label, english)
        : undefined;
    if (qualified) figure.qualified = qualified;
  }
  return found;
}

/**
 * A rate is part of what a number measures: `1,000 alarms per shift`, `5,200 pounds of water vapor per second`, `$12 a
 * month`. The rate right after the figure, or after its label, joins the label.
 */
function withRate(text: string, end: number, label: string): string {
  // `stopped … copies | an hour`: after a verb's label, the rate of the noun right after the figure.
  if (label.includes('… ')) {
    const counted = label.split('… ').at(-1)!;
    const rate = text.startsWith(` ${counted}`, end) ? EN_RATE.exec(text.slice(end + counted.length + 1)) : null;
    return rate ? `${label} ${rate[0].trim()}` : label;
  }
  if (label.includes('…')) return label;
  // `£80,000-per-week wages`: a rate glued on by hyphens is the figure's.
  const glued = GLUED_RATE.exec(text.slice(end))?.[1];
  if (glued) return `${label} per ${glued}`;
  // Only a label read after the figure: `minimum wage … $15 an hour` would read `minimum wage an hour`.
  const head = label.split(' ').at(-1)!;
  const rest = text.slice(end, end + 80);
  const at = rest.indexOf(head);
  if (at < 0 || at > 40) return label;
  const after = rest.slice(at + head.length);
  // `water vapor being released from Europa per second`: a participle's phrase between the noun and its rate.
  const participle = /^\s+(?:being\s+)?[a-z]+(?:ed|en|ing)\b[^,;:()]{0,40}?(?=\s+(?:per|a|an|each|every)\s)/.exec(
    after,
  );
  const rate =
    EN_RATE.exec(after)?.[0] ?? (participle ? EN_RATE.exec(after.slice(participle[0].length))?.[0] : undefined);
  return rate ? `${label} ${rate.trim()}` : label;
}

const GLUED_RATE = /^-(?:per|a)-(second|minute|hour|day|night|week|month|year|game|match|season|share)\b/;

/**
 * `$630m (£481.5m)`, `6,000 metres (3.7 miles)`, `18.3bn euros ($23.4bn; £12.5bn)`: the same quantity converted
 * in brackets is one figure, written with its conversions. `found` is in text order; merged figures are removed.
 */
function mergeConversions(text: string, found: Candidate[]): void {
  for (let i = 0; i < found.length; i++) {
    const head = found[i]!;
    if (head.kind !== 'money' && head.kind !== 'measure') continue;
    let j = i + 1;
    let at = head.end;
    const open = /^\s?[(（]\s?/.exec(text.slice(at, at + 3));
    if (!open) continue;
    at += open[0].length;
    while (j < found.length && found[j]!.start === at && found[j]!.kind === head.kind) {
      at = found[j]!.end;
      j++;
      const sep = /^\s?[;,；，]\s?/.exec(text.slice(at, at + 3));
      if (!sep) break;
      at += sep[0].length;
    }
    const close = /^\s?[)）]/.exec(text.slice(at, at + 2));
    if (j === i + 1 || !close) continue;
    head.end = at + close[0].length;
    found.splice(i + 1, j - i - 1);
  }
}

/** Most Han numerals are inside words (`一些`, `统一`); only those next to a quantity's parts are worth reading. */
function hanMightCount(text: string, start: number, run: string): boolean {
  if (/[万亿]/.test(run)) return true;
  const prev = text[start - 1] ?? '';
  if (prev === '第' || prev === '之') return true;
  const next = text[start + run.length] ?? '';
  return next !== '' && (ZH_QUANTITY_STARTS.has(next) || '成分大多余至到-–~%'.includes(next));
}

function readFigure(ctx: Context, core: Core): Candidate | null {
  const { text } = ctx;
  const left = readLeft(ctx, core);
  if (!left) return null;
  let head = readHead(ctx, core, Boolean(left.currency));
  let value = core.value * head.mult;
  let approx = left.approx || head.approx;
  let scaled = head.scaled;
  let multiplied = head.mult > 1;

  // A range (`3–5%`, `10 to 20 million`, `3至5年`) is read as its lower bound.
  if (!left.noRange && !left.rank) {
    // `between 10 and 12ft`: `and` joins a range only after `between`.
    const sep = /\bbetween\s+$/i.test(before(text, left.start, 8))
      ? /\s*[-–—~至到]\s*|\s+(?:to|and)\s+/y
      : /\s*[-–—~至到]\s*|\s+to\s+/y;
    // `15%至20%`, `15% to 20%`: the unit written on both bounds.
    const percent = /[%％]/.test(text[head.end] ?? '') ? 1 : 0;
    sep.lastIndex = head.end + percent;
    const s = sep.exec(text);
    if (s) {
      const second = coreAt(text, head.end + percent + s[0].length);
      const unitMatches = !percent || /[%％]/.test(text[second?.end ?? -1] ?? '');
      if (second && unitMatches && second.form === core.form && !touches(ctx.mask, head.end, second.end)) {
        const secondHead = readHead(ctx, second, Boolean(left.currency));
        const low = core.value * (head.mult !== 1 ? head.mult : secondHead.mult);
        const high = second.value * secondHead.mult;
        if (high > low) {
          value = low;
          approx = true;
          scaled ||= secondHead.scaled;
          multiplied ||= secondHead.mult > 1;
          head = { ...secondHead, mult: 1 };
        }
      }
    }
  }

  const tail = readTail(ctx, core, head, value);
  if (tail.reject) return null;
  let end = tail.end;
  let kind: FigureKind | undefined = tail.kind;
  const currency = left.currency ?? tail.currency;
  if (tail.value !== undefined) value = tail.value;

  if (left.rank) {
    if (NOT_RANK.test(text.slice(head.end, head.end + 4))) return null;
    kind = 'rank';
    // `第三大经济体`, `第一名`, `第一座空间站`: the word after the ordinal belongs to it.
    end = /^[大名位]/.test(text.slice(head.end, head.end + 1))
      ? head.end + 1
      : tail.kind === 'count' && tail.unit
        ? tail.end
        : head.end;
  } else if (left.percent) {
    kind = 'percent';
  } else if (currency && (kind === undefined || kind === 'money')) {
    kind = 'money';
  } else if (kind === undefined && (scaled || multiplied)) {
    kind = 'count';
  }

  const hedge = approxSuffixLength(text, end);
  if (hedge) {
    approx = true;
    end += hedge;
  }
  // Digits running on into letters or more digits are an identifier: `5G`, `3D`.
  if (core.form === 'arabic' && /[A-Za-z0-9]/.test(text[end] ?? '') && kind !== 'rank') return null;

  const weak = Boolean(tail.weak) && kind !== 'rank';
  if (kind === undefined) return bare(ctx, core, left, value, end, approx);
  if (core.form !== 'arabic' && value < 2 && (kind === 'count' || kind === 'measure' || kind === 'duration'))
    return null;
  return {
    start: left.start,
    end,
    value: Number.isInteger(value) ? value : clean(value),
    kind,
    unit: kind === 'percent' ? (tail.unit ?? '%') : kind === 'money' || kind === 'rank' ? undefined : tail.unit,
    currency: kind === 'money' ? currency : undefined,
    approx: approx || undefined,
    scaled,
    weak,
    role: tail.age ? 'age' : undefined,
    spelled: (core.form !== 'arabic' && !scaled) || undefined,
  };
}

/** A name and a comma before the number, a comma or the clause's end after it: `Robert Hardy, 89, is`. */
const APPOSITION_NAME = /((?:\p{Lu}[\p{L}'’-]*\s+){0,2}\p{Lu}[\p{L}'’-]*),\s*$/u;

function ageOf(text: string, start: number, end: number, value: number): Candidate | null {
  if (!Number.isInteger(value) || value < 1 || value >= 120) return null;
  const name = APPOSITION_NAME.exec(before(text, start, 40));
  const appositive = name && /^\s*(?:[,.;)]|$)/.test(text.slice(end, end + 3));
  if (!appositive && !EN_AGE_BEFORE.test(before(text, start, 30))) return null;
  // `Father-of-two Mr Mousa, 28`: titles and hyphenated descriptions are not part of the name.
  const label =
    name?.[1]
      ?.split(/\s+/)
      .filter((w) => !EN_NOT_NAME.test(w) && !/-\p{Ll}/u.test(w))
      .join(' ') || undefined;
  return { start, end, value, kind: 'duration', unit: 'years', label, scaled: false, weak: false, role: 'age' };
}

/** A numeral attached to nothing: an English count or a year, and nothing at all in Chinese text or when spelled. */
function bare(ctx: Context, core: Core, left: Left, value: number, end: number, approx: boolean): Candidate | null {
  const { text } = ctx;
  if (core.form !== 'arabic') return null;
  const next = text.slice(end).replace(/^\s+/, '')[0] ?? '';
  const prev = text.slice(0, left.start).replace(/\s+$/, '').slice(-1);
  // Chinese always attaches a quantity to a measure word, unit or scale; a bare one is a name (`京东618`) or a code.
  if (HAN.test(next) || HAN.test(prev)) return null;
  const digits = core.written.replace(/\D/g, '');
  const grouped = core.written.includes(',');
  const decimal = core.written.includes('.');
  if (!grouped && followsName(text, left.start)) return null;
  const counted = labelAfter(text, left.start, end);
  if (!grouped && !decimal && digits.length === 4 && value >= 1500 && value <= 2100) {
    const counts =
      counted !== undefined &&
      !EN_DATE_PREPOSITION.test(before(text, left.start, 12)) &&
      /s$|people|staff/i.test(counted) &&
      !EN_YEAR_NOUN.test(counted);
    if (!counts)
      return {
        start: left.start,
        end,
        value,
        kind: 'date',
        scaled: false,
        weak: false,
        role: 'year',
        key: `${value}-`,
      };
  }
  if (!grouped && digits.length >= 5) return null;
  // `Erik Näslund, 26, said`, `aged 26`: a person's age.
  const age = ageOf(text, left.start, end, value);
  if (age) return age;
  // `21 Jump Street`, `10 Downing Street`: a number opening a name — unless the name is plural (`34 Labour MPs`).
  if (counted && /^\p{Lu}\S*(?:\s+\p{Lu}\S*)+$/u.test(counted) && !/s$/.test(counted)) return null;
  const label = counted ?? labelOf(text, left.start, end, 'count');
  if (decimal && !label) return null;
  return {
    start: left.start,
    end,
    value,
    kind: 'count',
    approx: approx || undefined,
    label,
    scaled: false,
    weak: !label,
  };
}
