/**
 * Where no noun phrase says what an English figure counts, a short phrase of its own clause says what it is about:
 * the words that lead into it (`have to pay …` $250,000, `soared by …` 71 per cent) or, for a span of time or a
 * measure, the phrase that follows it (`… in prison` 10 years, `… into the pit` 12ft); a word of comparison after the figure stays with it
 * (`bundle is still … cheaper`). The ellipsis marks where the figure stands, so the card reads as the clause does.
 * A phrase that says nothing (function words only, or names only) is no label.
 */

import { stopwordsFor } from '../../../core/stopwords';
import { tokenize } from '../../../core/tokens';
import {
  CLAUSE_WORDS,
  COMPARATIVE,
  CONTRACTION,
  DETERMINERS,
  DIRECTIONS,
  EMPTY_LEAD,
  EN_AUXILIARIES,
  EN_IDIOM_LEADS,
  EN_MODALS,
  EN_SAYING,
  EN_SPAN_FROM,
  FRAMES,
  IRREGULAR_PAST,
  OFFER_TRAIL,
  PERSONAL_PRONOUNS,
  PREPOSITIONS,
  TIED_AFTER,
} from './en/label';
import { EN_RATE, EN_SCALE_WORDS, EN_SMALL_NUMBERS } from './en/lexicon';
import { followsName } from './exclude-spans';

/** Most words a context phrase keeps: enough to carry a verb and its object, few enough to read at a glance. */
const MAX_WORDS = 4;
/** A clause this short is kept whole (`Get it on Amazon for …`): cut to four words it would start mid-phrase. */
const WHOLE_CLAUSE = 6;
/**
 * Where a clause begins or ends: punctuation, besides the words that open a new clause (`CLAUSE_WORDS`); not the stop
 * of an abbreviation (`The U.S. had won`, `Dr. Smith`).
 */
export const CLAUSE_PUNCTUATION =
  /[,;:()[\]"“”—–!?]|(?<!\b(?:[A-Z]\.[A-Z]|[A-Z]|Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Lt|Col|Capt|Rev|St|Jr|Sr|Inc|Co|Corp|Ltd|Mt|Ft|No|vs|Jan|Feb|Aug|Sept|Oct|Nov|Dec))\.\s|\s--?\s/;
const SYMBOLS = new Set(['$', '£', '€', '¥', '%']);

/** Words, numbers and the symbols that belong to a figure, by the one tokenizer (utils/core/tokens.ts). */
export function wordsOf(s: string): string[] {
  return tokenize(s)
    .filter((t) => t.kind !== 'punct' || SYMBOLS.has(t.text))
    .map((t) => t.text);
}

/** An auxiliary, an irregular past or a past in -ed (`opened`, `blew`, `have`): where a clause's subject ends. */
export function isFiniteVerb(word: string): boolean {
  const w = word.toLowerCase();
  return EN_AUXILIARIES.has(w) || IRREGULAR_PAST.has(w) || (w.length > 4 && w.endsWith('ed'));
}

/** A phrase says something when it has a content word; one word alone (`spent …`, `just …`) rarely does. */
function saysSomething(words: readonly string[]): boolean {
  const stop = stopwordsFor('en');
  return words.length > 1 && words.some((w) => /^\p{L}/u.test(w) && w.length > 2 && !stop.has(w.toLowerCase()));
}

/** A lead-in of names alone (`Heights' Aidan Gantenbein for …`) says who, not what the figure is. */
export function hasCommonWord(words: readonly string[]): boolean {
  const stop = stopwordsFor('en');
  return words.some((w) => /^\p{Ll}/u.test(w) && !stop.has(w));
}

/** A place or a name after a span (`three days in England`) says where or who, not what the span was. */
function namesOnly(words: readonly string[]): boolean {
  return words.slice(1).every((w) => /^\p{Lu}/u.test(w) || stopwordsFor('en').has(w.toLowerCase()));
}

/**
 * A lead-in that is a named subject and its verb (`Carlineo faces …`, `Smith was sentenced to …`) says whose the span
 * is: `… in prison` alone could be any defendant's.
 */
function namedDoer(lead: readonly string[]): boolean {
  const first = lead[0] ?? '';
  return (
    lead.length >= 2 &&
    lead.length <= MAX_WORDS &&
    /^\p{Lu}\p{Ll}/u.test(first) &&
    !stopwordsFor('en').has(first.toLowerCase()) &&
    lead.slice(1).every((w) => /^\p{Ll}/u.test(w))
  );
}

/** `sentenced to …`, `jailed for …`: a verb done to someone, which says what the span is of. */
function passiveLead(lead: readonly string[]): boolean {
  const [verb = '', preposition = ''] = lead;
  return lead.length === 2 && /^\p{Ll}{3,}ed$/u.test(verb) && /^(?:to|for)$/.test(preposition);
}

/** The clause's words before `start`, back to the clause's opening. */
function leadIn(text: string, start: number): string[] {
  const words = wordsOf(clauseBefore(text, start));
  let from = words.length;
  const most = words.length <= WHOLE_CLAUSE ? WHOLE_CLAUSE : MAX_WORDS;
  while (from > 0 && !CLAUSE_WORDS.has(words[from - 1]!.toLowerCase()) && words.length - from < most) from--;
  // Cut short inside a phrase (`a Minnesota ad | agency just short of`, `the | same at a slender`), the lead-in
  // names part of a noun: its head or its verb's subject is lost, so the card would say something else. A cut
  // before a verb or a function word (`Ithaca Holdings | purchased Big Machine for`, `James Hardie | has agreed to
  // pay`, `Hong Kong's | with annual revenues of`) leaves a phrase whole.
  if (
    from > 0 &&
    !CLAUSE_WORDS.has(words[from - 1]!.toLowerCase()) &&
    !opensPhrase(words[from - 1]!) &&
    !startsPhrase(words[from]!)
  ) {
    return [];
  }
  // `AirPods 2 with | wireless charging case for …`, `MacBook in | certified refurbished condition for …`: after a
  // preposition the lead-in names what the thing came with or in, and what is priced is before it.
  if (from > 0 && PREPOSITION_BEFORE.test(words[from - 1]!) && /^for$/i.test(words.at(-1) ?? '')) return [];
  // `winds | gusting at times to …`: a participle opening the lead-in is done by the plural noun before it.
  if (
    from > 1 &&
    /^\p{Ll}+ing$/u.test(words[from]!) &&
    /^\p{Ll}{3,}s$/u.test(words[from - 1]!) &&
    !stopwordsFor('en').has(words[from - 1]!) &&
    CLAUSE_WORDS.has(words[from - 2]!.toLowerCase())
  )
    from--;
  const lead = words.slice(from);
  while (lead.length > 0 && EMPTY_LEAD.has(lead[0]!.toLowerCase())) lead.shift();
  // `issued four updates to | the MacBook Pro within …`: a name and a preposition, cut from the verb they hang on,
  // would read as the name's own span or amount.
  if (from > 0 && PREPOSITIONS.has(words[from - 1]!.toLowerCase()) && namesThenPreposition(lead)) return [];
  if (from > 0 && /^(?:and|or)$/i.test(words[from - 1]!)) {
    lead.splice(0, listedNames(lead));
    // `cut prices in London and | the regions by …`: a noun and a preposition after `and` are the second of two
    // nouns; the verb they hang on is before them. (`and a total land area of …` is the noun's own measure.)
    const last = lead.at(-1)?.toLowerCase() ?? '';
    if (lead.length >= 2 && last !== 'of' && PREPOSITIONS.has(last) && !lead.slice(0, -1).some(isVerbLike)) return [];
  }
  // `said he had given …`: what was said is the phrase, and its subject is whoever the pronoun stands for.
  if (lead.length > 1 && EN_SAYING.test(lead[0]!)) lead.shift();
  // `comments in | their backyard just …`: a possessive cut from its preposition names a place, not the figure.
  const opener = words[words.length - lead.length - 1] ?? '';
  if (PREPOSITIONS.has(opener.toLowerCase()) && POSSESSIVE_LEAD.test(lead[0] ?? '')) return [];
  // `rose only | slightly in November to …`: an adverb cut from its verb leaves a phrase that says nothing.
  if (DEGREE_ADVERBS.test(lead[0] ?? '') && !lead.slice(1).some(isVerbLike)) return [];
  // `fraud reported | by consumers was …`: a phrase cut from its noun, whose verb follows, names no subject.
  if (PREPOSITIONS.has(lead[0]?.toLowerCase() ?? '') && lead.some((w) => LINKS.has(w.toLowerCase()))) return [];
  // `could face prison and have to pay …`: a modal before `and` governs the verb after it, and the card must keep it.
  const joined = from > 0 && /^(?:and|or)$/i.test(words[from - 1] ?? '');
  const modal = joined ? words.slice(0, from - 1).findLast((w) => EN_MODALS.has(w.toLowerCase())) : undefined;
  return modal && lead.length > 0 && !EN_MODALS.has(lead[0]!.toLowerCase()) ? [modal, ...lead] : lead;
}

/**
 * `shot in Morocco and | Rome at a reported cost of`: after `and`, names then a preposition end a list begun before
 * the cut, and the phrase from the preposition on is whole. How many words those names are (0 if none).
 */
export function listedNames(words: readonly string[]): number {
  const names = words.findIndex((w) => !/^\p{Lu}/u.test(w));
  return names > 0 && PREPOSITIONS.has(words[names]!.toLowerCase()) ? names : 0;
}

/** The clause's text before `start`, back to its opening punctuation. */
function clauseBefore(text: string, start: number): string {
  const before = text.slice(Math.max(0, start - 100), start);
  let cut = -1;
  for (let i = before.length - 1; i >= 0 && cut < 0; i--) if (CLAUSE_PUNCTUATION.test(before[i]!)) cut = i;
  return before.slice(cut + 1);
}

/** A verb's form the lead-in can tell: a past, a participle, an auxiliary or a modal. */
function isVerbLike(word: string): boolean {
  const w = word.toLowerCase();
  return LINKS.has(w) || EN_MODALS.has(w) || IRREGULAR_PAST.has(w) || (w.length > 4 && /(?:ed|ing)$/.test(w));
}
const POSSESSIVE_LEAD = /^(?:their|his|her|its|our|your|my)$/i;
/** Adverbs of how much, which modify the verb before them. */
const DEGREE_ADVERBS =
  /^(?:slightly|sharply|significantly|marginally|substantially|steeply|modestly|dramatically|slowly|rapidly)$/i;
/** A copula or an auxiliary: the verb of a clause whose subject comes before it. */
const LINKS = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had']);

/** Only a capitalised name, then a preposition: `MacBook Pro within`. */
function namesThenPreposition(lead: readonly string[]): boolean {
  // `Las Vegas in just …`: a hedge after the preposition is the figure's.
  const words = HEDGE_AFTER.test(lead.at(-1) ?? '') ? lead.slice(0, -1) : lead;
  return (
    words.length >= 2 &&
    PREPOSITIONS.has(words.at(-1)!.toLowerCase()) &&
    words.slice(0, -1).every((w) => /^\p{Lu}/u.test(w))
  );
}
const HEDGE_AFTER = /^(?:just|only|about|nearly|almost|around|roughly)$/i;

/**
 * A phrase begins after a function word that isn't part of a noun phrase (`to`, `of`, `has`), or after a possessive
 * (`Channel 4's | January audience share`: the owner is lost, the phrase is whole) — not after a noun or `the`.
 */
function opensPhrase(previous: string): boolean {
  const word = previous.toLowerCase();
  return (stopwordsFor('en').has(word) && !DETERMINERS.has(word)) || /['’]s$/.test(word);
}

/** A verb form or a function word opens a phrase: `purchased`, `paid`, `planning`, `has`, `with`. */
function startsPhrase(word: string): boolean {
  const lower = word.toLowerCase();
  if (!/^\p{Ll}/u.test(word)) return false;
  return opensPhrase(word) || (lower.length > 3 && /(?:ed|ing)$/.test(lower)) || IRREGULAR_PAST.has(lower);
}

/** A model number is part of a product's name (`The iPhone 11 sells for …`, `Windows 10`), not another figure. */
function inName(words: readonly string[], i: number): boolean {
  const before = `${words.slice(0, i).join(' ')} `;
  return /^\p{N}+$/u.test(words[i]!) && followsName(before, before.length);
}

/** A number, or a word with one glued on by a hyphen (`one-to-seven`, `24-hour`). */
export function isNumber(word: string): boolean {
  return word
    .toLowerCase()
    .split('-')
    .some(
      (part) => /^\p{N}/u.test(part) || Object.hasOwn(EN_SMALL_NUMBERS, part) || Object.hasOwn(EN_SCALE_WORDS, part),
    );
}

/** A subject that only points at someone or something named elsewhere. */
export const POINTING_SUBJECTS = new Set([...PERSONAL_PRONOUNS, 'it', 'this', 'that', 'these', 'those']);

/** The word without a verb glued on, lower-cased: `you'd` → `you`. */
export const bare = (word: string) => word.toLowerCase().replace(CONTRACTION, '');

/** Prepositions a lead-in may be cut after. */
const PREPOSITION_BEFORE = /^(?:with|in|without|plus|including)$/i;

/** `in an attempt to`, `in a bid to`, `in order to`, `for a chance to`. */
const PURPOSE = /^\s*(?:in|for)\s+(?:an?\s+)?\w+\s+to\s+\w/i;

/** The text after a figure (a window of it) and its words up to the clause's end; `closed` if a mark ended it. */
function clauseAfter(text: string, end: number): { after: string; words: string[]; closed: boolean } {
  const after = text.slice(end, end + 80);
  const m = CLAUSE_PUNCTUATION.exec(after);
  return { after, words: wordsOf(m ? after.slice(0, m.index) : after), closed: m !== null };
}

/** The prepositional phrase right after `end`, up to the clause's end. */
function tiedAfter(text: string, end: number): string[] {
  const { after, words } = clauseAfter(text, end);
  if (!TIED_AFTER.has(words[0]?.toLowerCase() ?? '')) return [];
  // `five days in an attempt to shut down`, `in a bid to`: a phrase before `to` + verb is a purpose, not the span's.
  if (PURPOSE.test(after)) return [];
  const stop = stopwordsFor('en');
  // `in a private car | park`: a phrase the card's length would cut mid-noun drops its article, or is no label.
  const rest = words.slice(1);
  const tooLong = (ws: readonly string[]) => {
    const end = ws.findIndex((w) => CLAUSE_WORDS.has(w.toLowerCase()) || isNumber(w));
    const whole = end < 0 ? ws : ws.slice(0, end);
    return whole.length >= MAX_WORDS && !stop.has(whole[MAX_WORDS - 1]?.toLowerCase() ?? '');
  };
  const kept = tooLong(rest) ? rest.filter((w) => !/^(?:a|an|the)$/i.test(w)) : rest;
  if (tooLong(kept)) return [];
  const phrase = [words[0]!];
  let atNumber = false;
  for (const w of kept) {
    atNumber = isNumber(w);
    if (phrase.length >= MAX_WORDS || CLAUSE_WORDS.has(w.toLowerCase()) || atNumber) break;
    phrase.push(w);
  }
  // `… in an attempt to`, `… in Denver so I`: a phrase ends on a word that means something; `… in jail for
  // breaching` ends on a verb cut from its object, and the phrase before it is whole; so is `in waters | hovering
  // around zero degrees`, cut by another number.
  const cutVerb = () =>
    phrase.length > 2 && /ing$/i.test(phrase.at(-1)!) && (atNumber || stop.has(phrase.at(-2)!.toLowerCase()));
  const cutPreposition = () => atNumber && PREPOSITIONS.has(phrase.at(-1)!.toLowerCase());
  while (phrase.length > 1 && (stop.has(phrase.at(-1)!.toLowerCase()) || cutPreposition() || cutVerb())) phrase.pop();
  return phrase;
}

/**
 * `$50 cheaper | than a regular Switch`: what the figure is measured against, to the clause's end; none if it points
 * elsewhere (`than it was`), holds another number or runs long.
 */
function comparedWith(text: string, end: number): string[] {
  const { after, words, closed } = clauseAfter(text, end);
  if (words[1]?.toLowerCase() !== 'than') return [];
  const phrase = words.slice(1);
  return (closed || end + after.length >= text.length) &&
    phrase.length >= 2 &&
    phrase.length <= MAX_WORDS + 1 &&
    !phrase.some((w) => POINTING_SUBJECTS.has(bare(w)) || isNumber(w))
    ? phrase
    : [];
}

/** The whole `of` phrase after a figure, to its clause's end, a number or its year (`of people infected`); none if longer. */
function ofWhole(text: string, end: number): string[] {
  const { after, words, closed } = clauseAfter(text, end);
  if (words[0]?.toLowerCase() !== 'of') return [];
  const stop = words.findIndex((w, i) => i > 0 && (CLAUSE_WORDS.has(w.toLowerCase()) || /^\p{N}/u.test(w)));
  const phrase = stop < 0 ? words : words.slice(0, stop);
  // `of New Zealand's energy in 2019`: a year after its preposition is when, and not part of the phrase.
  if (stop > 0 && PREPOSITIONS.has(phrase.at(-1)!.toLowerCase())) phrase.pop();
  if (!closed && stop < 0 && end + after.length < text.length) return [];
  return phrase.length <= MAX_OF_WORDS ? phrase : [];
}
/** Longest `of` phrase a share's card carries, with its `of`. */
const MAX_OF_WORDS = 6;

/**
 * A lead-in that only says where or from what a figure moved: `Amazon at just …`, `live at Amazon for …` (a
 * retailer's name), `down from …` (the level before, of something the lead-in doesn't name).
 */
function offersOnly(lead: readonly string[]): boolean {
  let end = lead.length;
  while (end > 0 && OFFER_TRAIL.has(lead[end - 1]!.toLowerCase())) end--;
  if (end === lead.length) return false;
  const rest = lead.slice(0, end);
  if (rest.every((w) => DIRECTIONS.has(w.toLowerCase()))) return true;
  // A name the lead-in opens with or that follows `at`/`on` is where it is sold; after a verb it is what was traded
  // (`purchased Big Machine for …`).
  let name = rest.length;
  while (name > 0 && /^\p{Lu}/u.test(rest[name - 1]!)) name--;
  return name < rest.length && (name === 0 || /^(?:at|on)$/i.test(rest[name - 1]!));
}

export function contextPhrase(
  text: string,
  start: number,
  end: number,
  spanOrMeasure: boolean,
  share = false,
): string | undefined {
  const lead = leadIn(text, start);
  // `rose 7/32 in price to yield 1.786%`: a bond's yield, which the verb names.
  if (/^yield(?:ing|ed)?$/i.test(lead.at(-1) ?? '')) return 'yield';
  // `within 24 hours of the onset`: the `of` says what the span counts from, not what it is.
  if (spanOrMeasure && !EN_SPAN_FROM.test(text.slice(Math.max(0, start - 20), start))) {
    const after = tiedAfter(text, end);
    if (saysSomething(after) && !namesOnly(after))
      return namedDoer(lead) || passiveLead(lead) ? `${lead.join(' ')} … ${after.join(' ')}` : `… ${after.join(' ')}`;
  }
  const last = lead.at(-1)?.toLowerCase() ?? '';
  // After `the`, `a`, `its` the figure opens a noun phrase (`during the 53-day festival`): its noun, not the lead-in, is the label.
  // A lead-in holding another number (`eighty spiders of …` two meters) is about that number.
  // A lead-in whose subject is a pronoun (`It's not cheap at …`, `you're saving …`) doesn't say whose figure it is.
  if (
    POINTING_SUBJECTS.has(bare(lead[0] ?? '')) ||
    lead.some((w) => PERSONAL_PRONOUNS.has(bare(w))) ||
    offersOnly(lead) ||
    !saysSomething(lead) ||
    !hasCommonWord(lead) ||
    FRAMES.has(last) ||
    // `in comparison to between …`: `between` opens the range, and a preposition before it leaves no phrase of its
    // own (`paid between …` is one).
    (last === 'between' && stopwordsFor('en').has(lead.at(-2)?.toLowerCase() ?? '')) ||
    DETERMINERS.has(last) ||
    lead.some((w, i) => isNumber(w) && !inName(lead, i))
  ) {
    return undefined;
  }
  const compared = COMPARATIVE.exec(text.slice(end, end + 12))?.[1];
  // `over the wire for $60 less`: what costs less is not in the lead-in, which only says where it is sold.
  if (compared && last === 'for') return undefined;
  // `compared with … last year`: the base of a comparison, whose subject the lead-in doesn't say.
  if (/^(?:compared|comparison|versus|vs)$/i.test(lead.at(-2) ?? lead.at(-1) ?? '') && lead.length <= 2)
    return undefined;
  // `to fall to 2.9% of GDP next year from …`: the level a change started from, whose subject is before the other
  // figure; the lead-in cut after it names something else.
  if (last === 'from' && /\b(?:to|by)\s+[^\s\d]{0,3}\d/.test(clauseBefore(text, start))) return undefined;
  // `to the tune of £17`, `over the course of 12 months`: idioms for "amounting to", "during", whose figure is of
  // what the clause said before them.
  if (EN_IDIOM_LEADS.test(lead.slice(-2).join(' '))) return undefined;
  if (compared) return [...lead, '…', compared, ...comparedWith(text, end)].join(' ');
  // `Plague can be fatal in … of people infected`: a share measured before its figure says of whom after its `of`.
  const of = share ? ofWhole(text, end) : [];
  if (hasCommonWord(of.slice(1))) return `${lead.join(' ')} … ${of.join(' ')}`;
  // `households take in … per year`: a rate right after the figure says what it is per.
  const rate = EN_RATE.exec(text.slice(end))?.[0].trim();
  return rate ? `${lead.join(' ')} … ${rate}` : `${lead.join(' ')} …`;
}
