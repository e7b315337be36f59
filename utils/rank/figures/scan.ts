/**
 * Finds the figures of one sentence. Each numeral is read outwards: hedges and currency before it (`prefix.ts`),
 * then scale (`scale.ts`), range, and unit or measure word after it (`suffix.ts`). What it is attached to decides
 * its kind; a numeral attached to nothing is kept only where a bare number can still be a figure (English counts,
 * years).
 */

import type { FigureKind } from '../types';
import type { Candidate } from './candidate';
import { ANY_NUMBER, type Context, type Core, CORE, HAN, before, coreAt, readCore } from './core';
import { findDates } from './dates';
import { followsName, nonFigureMask, touches } from './exclusions';
import { labelAfter, labelBefore, labelOf } from './label';
import { ZH_ORDINAL_NOT_RANK } from './lexicon';
import { clean, toHalfWidth } from './numbers';
import { type Left, readLeft } from './prefix';
import { readHead } from './scale';
import { findSpelledFigures } from './spelled';
import { ZH_QUANTITY_STARTS, approxSuffixLength, readTail } from './suffix';

const PERSON_WORDS = new Set(['人', '人次']);
const NOT_RANK = new RegExp(`^(?:${ZH_ORDINAL_NOT_RANK})`);

export interface ScanOptions {
  lang?: string;
}

export function scanSentence(original: string, options: ScanOptions = {}): Candidate[] {
  if (!ANY_NUMBER.test(original)) return [];
  const text = toHalfWidth(original);
  const ctx: Context = { text, mask: nonFigureMask(text), yen: /^ja\b/i.test(options.lang ?? '') ? 'JPY' : 'CNY' };
  const taken = new Uint8Array(text.length);
  const found = [...findDates(text, ctx.mask, taken), ...findSpelledFigures(text, taken)];
  let after = 0;
  CORE.lastIndex = 0;
  for (let m = CORE.exec(text); m; m = CORE.exec(text)) {
    if (m[2] && !hanMightCount(text, m.index ?? 0, m[2])) continue;
    const core = readCore(m);
    if (!core || core.start < after || touches(ctx.mask, core.start, core.end) || touches(taken, core.start, core.end)) continue;
    const figure = readFigure(ctx, core);
    if (!figure || touches(taken, figure.start, figure.end)) continue;
    found.push(figure);
    after = figure.end;
  }
  for (const figure of found) {
    if (figure.kind !== 'date' && figure.label === undefined) {
      // After `人` comes what the people do (`1.5亿人使用`), not what is counted.
      const label = PERSON_WORDS.has(figure.unit ?? '')
        ? labelBefore(text, figure.start)
        : figure.kind === 'rank'
          ? labelAfter(text, figure.end)
          : labelOf(text, figure.start, figure.end);
      if (label) figure.label = label;
    }
  }
  return found.sort((a, b) => a.start - b.start);
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
    const sep = /\s*[-–—~至到]\s*|\s+to\s+/y;
    sep.lastIndex = head.end;
    const s = sep.exec(text);
    if (s) {
      const second = coreAt(text, head.end + s[0].length);
      if (second && second.form === core.form && !touches(ctx.mask, head.end, second.end)) {
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
    end = /^[大名位]/.test(text.slice(head.end, head.end + 1)) ? head.end + 1 : tail.kind === 'count' && tail.unit ? tail.end : head.end;
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
  if (core.form !== 'arabic' && value < 2 && (kind === 'count' || kind === 'measure' || kind === 'duration')) return null;
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
  };
}

const DATE_PREPOSITION = /\b(?:in|since|by|from|until|till|during|before|after|of|early|late|mid|around|circa|through|to|and|between)\s+$/i;

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
  const counted = labelAfter(text, end);
  if (!grouped && !decimal && digits.length === 4 && value >= 1500 && value <= 2100) {
    const counts = counted !== undefined && !DATE_PREPOSITION.test(before(text, left.start, 12)) && /s$|people|staff/i.test(counted);
    if (!counts) return { start: left.start, end, value, kind: 'date', scaled: false, weak: false };
  }
  if (!grouped && digits.length >= 5) return null;
  // `Erik Näslund, 26, said`: an age in apposition.
  if (value < 120 && /\p{Lu}[\p{L}'’-]*,\s*$/u.test(before(text, left.start, 30)) && /^\s*[,.;)]/.test(text.slice(end, end + 3))) return null;
  // `21 Jump Street`, `10 Downing Street`: a number opening a name.
  if (counted && /^\p{Lu}\S*(?:\s+\p{Lu}\S*)+$/u.test(counted)) return null;
  const label = counted ?? labelOf(text, left.start, end);
  if (decimal && !label) return null;
  return { start: left.start, end, value, kind: 'count', approx: approx || undefined, label, scaled: false, weak: !label };
}
