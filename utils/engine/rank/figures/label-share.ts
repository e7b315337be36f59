/**
 * A share is of a group and says what the group does: `75% · respondents` or `nine per cent · Germans` reads as the
 * group's size, while the news is what that part of it thinks, did or is (`… of Germans now consider the end of the
 * conflict a defeat`). Where a share opens its clause (after who reported it) and the group's predicate follows, the
 * card reads both, ending before an adjunct where the whole would not read at a glance.
 */

import { stopwordsFor } from '../../../core/stopwords';
import type { Candidate } from './candidate';
import {
  CLAUSE_WORDS,
  DETERMINERS,
  EN_ADJUNCTS,
  EN_DEFINING,
  EN_OBJECT_PRONOUNS,
  EN_RELATIVES,
  EN_SAYING,
  EN_SHARE_LEADS,
  EN_SHARE_VERBS,
  PERSONAL_PRONOUNS,
} from './en/label';
import { isEnglishAt } from './label';
import { CLAUSE_PUNCTUATION, isFiniteVerb, isNumber, wordsOf } from './label-context';

/** Most words of a share's label: `of` and its group, and the group's verb and what it says. */
const MAX_WORDS = 12;

export function sharePredicate(text: string, figure: Candidate): string | undefined {
  if (figure.kind !== 'percent' || !isEnglishAt(text, figure.start, figure.end)) return undefined;
  if (figure.label?.includes('…') || !/^\s+of\s/.test(text.slice(figure.end))) return undefined;
  if (!opensClause(text.slice(Math.max(0, figure.start - 120), figure.start))) return undefined;
  const rest = text.slice(figure.end, figure.end + 200);
  const close = CLAUSE_PUNCTUATION.exec(rest);
  const words = wordsOf(close ? rest.slice(0, close.index) : rest);
  // `81% of overweight boys and 71% of …`: another number is another share, which the card would read as this one.
  // `of its revenues`, `they say`: a pronoun's referent is in another sentence.
  // `3G`, `4K`: a digit and capitals name a standard, not another number.
  const another = (w: string) => isNumber(w) && !/^\d+\p{Lu}+$/u.test(w);
  if (words.some((w) => another(w) || pointing(w.toLowerCase()))) return undefined;
  // The group's verb: a finite verb after at least one word of the group (`of registered voters said`), and not a
  // participle modifying the group (`of the registered …`).
  const verb = words.findIndex(
    (w, i) =>
      i >= 2 &&
      (isFiniteVerb(w) || EN_SHARE_VERBS.has(w.toLowerCase())) &&
      !DETERMINERS.has(words[i - 1]!.toLowerCase()),
  );
  if (verb < 0 || verb === words.length - 1) return undefined;
  let end = words.length;
  if (end > MAX_WORDS) {
    end = words.findLastIndex((w, i) => i > verb + 1 && i <= MAX_WORDS && endsPredicate(w.toLowerCase()));
    if (end < 0) return undefined;
  }
  const said = words.slice(0, end);
  // Cut on a function word, the phrase leaves out what it was saying; cut after a passive (`has been put | in global
  // systems`), where.
  const last = said.at(-1)!.toLowerCase();
  if (stopwordsFor('en').has(last) || (end < words.length && PASSIVE.has(said.at(-2)!.toLowerCase()))) return undefined;
  return `… ${said.join(' ')}`;
}

/**
 * Whether the share opens its clause: nothing before it but who reported it (`A YouGov poll suggested`, `said that`)
 * and words that hedge it (`only`, `just`).
 */
function opensClause(head: string): boolean {
  let cut = 0;
  for (const m of head.matchAll(new RegExp(CLAUSE_PUNCTUATION.source, 'g'))) cut = m.index + m[0].length;
  const lead = wordsOf(head.slice(cut));
  // `meaning more than 95% of …`: a participle opens a clause of its own.
  const opened = lead.findLastIndex(
    (w) =>
      EN_SAYING.test(w) ||
      EN_SHARE_LEADS.has(w.toLowerCase()) ||
      CLAUSE_WORDS.has(w.toLowerCase()) ||
      /^\p{Ll}{3,}ing$/u.test(w),
  );
  // A clause cut from a longer head, its first word may be half a word.
  if (cut === 0 && head.length >= 120 && opened < 0) return false;
  return lead.slice(opened + 1).every((w) => SHARE_HEDGES.has(w.toLowerCase()));
}
/**
 * Where a long predicate may end: before an adjunct or a clause of its own (`necessary | against people`, `| while on
 * the move`); not before a relative, which says which (`people | who had not …`).
 */
const endsPredicate = (w: string) =>
  w === 'against' || EN_ADJUNCTS.has(w) || (CLAUSE_WORDS.has(w) && !EN_DEFINING.has(w) && !EN_RELATIVES.has(w));
/** `been put`, `be seen`: a passive whose place or agent, cut, was the point. */
const PASSIVE = new Set(['be', 'been', 'being']);
const pointing = (w: string) =>
  PERSONAL_PRONOUNS.has(w) || EN_OBJECT_PRONOUNS.has(w) || /^(?:it|its|their|his|our|my|your)$/.test(w);
const SHARE_HEDGES = new Set([
  'only',
  'just',
  'nearly',
  'almost',
  'about',
  'around',
  'roughly',
  'some',
  'an',
  'estimated',
]);
