/**
 * A match result's label says who played whom: `3-1` alone, or `win`, is any game of a roundup, while `Wild’s win
 * over Sabres` or `Liverpool beat PSG` is the one the sentence reports. Read from the names around the result: a
 * possessive before the result noun and the side after its preposition (`the Wild’s 4-1 win over the Sabres`), or
 * the sides before and after a verb of winning (`Nadal earlier defeated Khachanov 6-3, 7-6`, `国足0:2负于叙利亚队`).
 * Where the sentence doesn't name the sides as a clause, the result keeps the noun it was read with, or none.
 */

import { EN_BEATING, EN_RESULT_FILLERS, EN_RESULT_NOUN, EN_RESULT_SIDES, EN_SIDE_LINKS } from './en/lexicon';
import { isEnglishAt } from './label';
import { ZH_RESULT_FILLERS, ZH_RESULT_VERB } from './zh/lexicon';

/** Longest label, in words: longer, the sides are a list, not a match. */
const MAX_WORDS = 9;
/** Longest side, in words (`Ben McLachlan and Yasutaka Uchiyama`). */
const MAX_SIDE = 5;

/** Longest Chinese side, in characters: longer, the clause before the score is more than a side's name. */
const MAX_ZH_SIDE = 8;

const NAME = /^\p{Lu}[\p{L}\p{N}'’.-]*$/u;
const POSSESSIVE = /^(.*?)(’s|'s|’|')$/u;

export function resultLabel(text: string, start: number, end: number, read: string | undefined): string | undefined {
  if (!isEnglishAt(text, start, end)) return zhResult(text, start, end) ?? read;
  // `6-4, 7-6 (5) to seal the victory`: a result noun later in a clause of its own is not this result's.
  const noun = read && !NOT_A_RESULT_NOUN.test(read) ? read : undefined;
  const before = clauseBefore(text, start);
  const label = noun ? nounResult(text, before, end, noun) : verbResult(text, before, end);
  return label && label.split(' ').length <= MAX_WORDS ? label : noun;
}

const NOT_A_RESULT_NOUN = /(?:^|\s)(?:to|the|a|an|and|in|for|of|on|at|with)\s/i;

/** `the Wild’s 4-1 win over the Sabres` → `Wild’s win over Sabres`; `a 2-1 win over Russia` → `win over Russia`. */
function nounResult(text: string, before: string[], end: number, noun: string): string {
  const owner = ownerOf(before);
  const read = EN_RESULT_NOUN.exec(text.slice(end, end + 48));
  const against = read ? sideAfter(text.slice(end + read[0].length)) : undefined;
  if (!owner && !against) return sideClause(before, noun) ?? noun;
  return [owner, noun, against].filter(Boolean).join(' ');
}

/**
 * `England went in at half-time with a 17-6 lead`, `Russia have been awarded a 3-0 walkover victory`: a result no
 * side owns is the clause's, when a name opens the clause (`England went in at half-time with a … lead`).
 */
function sideClause(before: string[], noun: string): string | undefined {
  const clause = before.slice(before.findLastIndex((w) => w.endsWith(',')) + 1);
  while (clause.length > 0 && /^(?:and|but|while|as|when|after|before|then|so)$/i.test(clause[0]!)) clause.shift();
  // `Armed with a …`: a capitalised participle or adverb opens the sentence, and names no side.
  const first = clause[0] ?? '';
  const opens =
    NAME.test(first) && !/^(?:The|A|An)$/.test(first) && !PRONOUN.test(first) && !/(?:ed|ing|ly)$/.test(first);
  if (!opens || clause.length < 3 || clause.length > MAX_CLAUSE) return undefined;
  // `before the …`: a result the clause only dates, or one with another number, is not the clause's.
  if (!/^(?:a|an)$/i.test(clause.at(-1)!) || clause.some((w) => /\d/.test(w) || PRONOUN.test(w))) return undefined;
  return `${clause.join(' ')} … ${noun}`;
}
/** Longest clause before a result: `England went in at half-time with a`. */
const MAX_CLAUSE = 7;
const PRONOUN = /^(?:he|she|it|they|we|i|you|him|her|them|his|its|their)$/i;

/** `Liverpool beat PSG 3-1` → `Liverpool beat PSG`; `Spain won 2-1 against Russia` → `Spain won against Russia`. */
function verbResult(text: string, before: string[], end: number): string | undefined {
  let i = before.length;
  const object = sideBefore(before, i);
  i -= object.length;
  const verb = before[i - 1] ?? '';
  const beating = EN_BEATING.test(verb);
  if (object.length > 0 ? !beating : !EN_RESULT_SIDES.test(verb)) return undefined;
  i--;
  while (i > 0 && EN_RESULT_FILLERS.test(before[i - 1]!)) i--;
  const subject = sideBefore(before, i);
  if (subject.length === 0 || (object.length === 0 && beating)) return undefined;
  const against = object.length === 0 ? sideAfter(text.slice(end).replace(/^\s*\(\d+\)/, '')) : undefined;
  return [...subject, verb, ...object, against].filter(Boolean).join(' ');
}

/** The words of the figure's clause before it, back to the last stop or colon. */
function clauseBefore(text: string, start: number): string[] {
  const window = text.slice(Math.max(0, start - 120), start);
  const cut = Math.max(window.lastIndexOf('. '), window.lastIndexOf(';'), window.lastIndexOf(':'));
  return window
    .slice(cut + 1)
    .split(/\s+/)
    .filter(Boolean);
}

/**
 * A side named right before `i`: names joined by `and`/`of`, without a leading `the` (`Ben McLachlan and Yasutaka
 * Uchiyama`). A longer run is a list, not a side: empty, or with `lastOfList` the name after its last `and`.
 */
function sideBefore(words: string[], i: number, lastOfList = false): string[] {
  let j = i;
  while (j > 0 && (NAME.test(words[j - 1]!) || EN_SIDE_LINKS.test(words[j - 1]!))) j--;
  while (j < i && (EN_SIDE_LINKS.test(words[j]!) || /^(?:The|A|An)$/.test(words[j]!))) j++;
  if (i - j > MAX_SIDE) {
    const and = words.lastIndexOf('and', i - 1);
    if (!lastOfList || and < j) return [];
    j = and + 1;
  }
  return words.slice(j, i).some((w) => NAME.test(w)) && !EN_SIDE_LINKS.test(words[i - 1] ?? '')
    ? words.slice(j, i)
    : [];
}

/** A possessive side right before the result (`the Wild’s`, `Nick Kyrgios’`). */
function ownerOf(before: string[]): string | undefined {
  const last = before.at(-1);
  const m = last ? POSSESSIVE.exec(last) : null;
  if (!m || !NAME.test(m[1]!)) return undefined;
  const side = sideBefore([...before.slice(0, -1), m[1]!], before.length, true);
  return side.length > 0 ? `${side.join(' ')}${m[2]}` : undefined;
}

/** The other side after the result: `over the Sabres`, `to Arsenal`, `with Everton`; not a list running on. */
function sideAfter(rest: string): string | undefined {
  const m = /^\s+(over|against|to|with|at|for)\s+(?:the\s+)?([^,.;:!?()]+)/u.exec(rest);
  if (!m) return undefined;
  const words = m[2]!.trim().split(/\s+/);
  let n = 0;
  while (n < words.length && (NAME.test(words[n]!) || (n > 0 && EN_SIDE_LINKS.test(words[n]!)))) n++;
  // `over Alejandro Gonzalez and Alex de Minaur’s 6-4 victory`: a possessive opens the next result.
  const owner = words.slice(0, n).findIndex((w) => NAME.test(POSSESSIVE.exec(w)?.[1] ?? ''));
  if (owner >= 0) n = words.lastIndexOf('and', owner);
  while (n > 0 && EN_SIDE_LINKS.test(words[n - 1]!)) n--;
  return n > 0 && n <= MAX_SIDE ? `${m[1]} ${words.slice(0, n).join(' ')}` : undefined;
}

/** `中国女排以3比0战胜美国队` → `中国女排战胜美国队`: the clause's opening side, the verb, and the side after it. */
function zhResult(text: string, start: number, end: number): string | undefined {
  const verb = ZH_RESULT_VERB.exec(text.slice(end));
  if (!verb) return undefined;
  const clause = text
    .slice(0, start)
    .split(/[，。；：！？,;:!?\s]/u)
    .at(-1)!;
  const side = clause.replace(ZH_RESULT_FILLERS, '');
  const other = /^[\p{Script=Han}A-Za-z0-9·]+/u.exec(text.slice(end + verb[0].length))?.[0] ?? '';
  if (side.length < 2 || side.length > MAX_ZH_SIDE || other.length < 2 || other.length > MAX_ZH_SIDE) return undefined;
  return `${side}${verb[0].replace(/了$/u, '')}${other}`;
}
