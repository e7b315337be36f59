/**
 * Digits that count nothing: phone numbers, clock times, codes, references, names. Each rule (in the packs:
 * `common.ts`, `en/exclusions.ts`, `zh/exclusions.ts`) marks a span of the sentence; the scanner never reads a
 * number that touches a marked span.
 */

import { COMMON_MASK_RULES, type MaskRule } from './common';
import { EN_MASK_RULES, EN_UNNAMING_WORDS } from './en/exclusions';
import { ZH_MASK_RULES } from './zh/exclusions';

/** The order does not matter: every rule marks its own spans. */
const RULES: readonly MaskRule[] = [...COMMON_MASK_RULES, ...EN_MASK_RULES, ...ZH_MASK_RULES];

/** A byte per UTF-16 unit of `text`: 1 where a digit there is part of something that is not a figure. */
export function nonFigureMask(text: string): Uint8Array {
  const mask = new Uint8Array(text.length);
  const digits = /\d/.test(text);
  for (const { re, keep, spelled } of RULES) {
    if (!digits && !spelled) continue;
    // exec with lastIndex, not matchAll: matchAll clones the expression on every call.
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0] === '') re.lastIndex++;
      else if (!keep || keep(m[0])) mask.fill(1, m.index, m.index + m[0].length);
    }
  }
  return mask;
}

/** True when any unit of [start, end) is marked. */
export function touches(mask: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (mask[i]) return true;
  return false;
}

/**
 * A bare number right after a capitalised or camel-case word names a product, a version or a section:
 * `iPhone 15`, `Windows 11`, `Apollo 11`. Function words (`In 2023`) and month names are not names.
 */
export function followsName(text: string, start: number): boolean {
  const m = /([A-Za-z][A-Za-z.]*)\s+$/.exec(text.slice(Math.max(0, start - 24), start));
  if (!m?.[1]) return false;
  const word = m[1].replace(/\.$/, '');
  if (!/[A-Z]/.test(word) || EN_UNNAMING_WORDS.has(word.toLowerCase())) return false;
  return true;
}
