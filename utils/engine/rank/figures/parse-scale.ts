/** The scale after a numeral: `152万`, `3千万`, `$3.2bn`, `two million`, `40m` (millions, or metres). */

import { EN_COUNTED_NOUN, EN_MEASURE_ADJECTIVE, EN_SCALE, EN_SCALE_ABBREVIATIONS, EN_SCALE_WORDS } from './en/lexicon';
import { ZH_QUANTITY_STARTS, zhFollowerAt } from './parse-units';
import type { Context, Core } from './scan-numerals';
import { ZH_SCALES } from './zh/lexicon';

export interface Head {
  end: number;
  mult: number;
  scaled: boolean;
  approx: boolean;
  /** `40m` read as metres rather than millions. */
  metres: boolean;
}

export function readHead(ctx: Context, core: Core, currency: boolean): Head {
  const { text } = ctx;
  const head: Head = { end: core.end, mult: 1, scaled: core.scaled, approx: false, metres: false };
  // A unit or measure word comes first when both could start here: `3千米` is 3 km, not 3000 米.
  if (core.form !== 'word' && !zhFollowerAt(text, core.end)) {
    const zh = /(多|余|来)?([百千万亿]+)(多|余)?/y;
    zh.lastIndex = core.end;
    const m = zh.exec(text);
    if (m && (core.form === 'arabic' || m[1])) {
      for (const c of m[2] ?? '') head.mult *= ZH_SCALES[c] ?? 1;
      head.scaled ||= /[万亿]/.test(m[2] ?? '');
      head.approx = Boolean(m[1] || m[3]);
      head.end = core.end + m[0].length;
      return head;
    }
    if (/[多余]/.test(text[core.end] ?? '') && ZH_QUANTITY_STARTS.has(text[core.end + 1] ?? '')) {
      head.approx = true;
      head.end = core.end + 1;
      return head;
    }
  }
  if (core.form === 'arabic') {
    EN_SCALE.lastIndex = core.end;
    const m = EN_SCALE.exec(text);
    const word = m?.[1] ?? m?.[2];
    if (m && word) {
      head.mult = EN_SCALE_WORDS[word] ?? EN_SCALE_ABBREVIATIONS[word] ?? 1;
      head.scaled = true;
      head.end = core.end + m[0].length;
    } else if (m?.[3]) {
      const letter = m[3].toLowerCase();
      if (currency || (letter !== 'b' && countsSomething(text, core.end + 1))) {
        head.mult = EN_SCALE_ABBREVIATIONS[letter] ?? 1;
        head.scaled = letter !== 'k';
        head.end = core.end + 1;
      } else if (m[3] === 'm') {
        head.metres = true;
        head.end = core.end + 1;
      }
    }
  }
  return head;
}

/**
 * A one-letter scale without a currency (`40m`, `30k`) is a scale only before what it counts (`40m people`,
 * `30k jobs`); otherwise `m` is metres (`a 40m tower`) and `4K` is a name.
 */
function countsSomething(text: string, at: number): boolean {
  const next = /^\s+([A-Za-z]+)/.exec(text.slice(at, at + 30))?.[1] ?? '';
  return EN_COUNTED_NOUN.test(next) && !EN_MEASURE_ADJECTIVE.test(next);
}
