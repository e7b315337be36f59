/**
 * English labels: what a figure counts or measures, read with a light noun-phrase chunker. Words are told apart by
 * closed classes (determiners, prepositions, pronouns, auxiliaries, conjunctions, adverbs) and by their endings
 * (`-ly` adverbs, `-ed`/`-ing` verb forms, plurals); every other word may belong to a noun phrase. A figure takes,
 * in order:
 *
 * 1. the noun phrase right after it, when the number counts or modifies it: `2,400 homes`, `a $40bn taxi service`,
 *    `a 27-point lead`, `a three-year contract` — units written in the plural (`20 years`, `45 feet`) end there;
 * 2. `of (the) NP`: `70% of the district's energy needs`, `300 tonnes of wheat`, `20 years of hostile relations`;
 * 3. for money, what it is spent on or raised for: `$3.2bn in revenue`, `$90m on new buses`, `$3m for flood
 *    victims`, `$2.4bn building a new factory`, `£200m to rebuild the schools`;
 * 4. the noun phrase it is `of` or `worth`: `a contingency fund of $25m`, `a deal worth £50m`; what was bought or
 *    sold for it: `bought the grocer for $13.7bn`;
 * 5. the subject of a verb of change or measure: `Revenue rose 12%`, `Construction costs in the region had risen
 *    22%`, `The bridge, which cost $80m`.
 *
 * A phrase that does not end in something noun-like, or runs past four words, is no label: a missing label is
 * better than a misleading one.
 */

import { type TokenKind, tokenize as textTokens } from '../../../core/tokens';
import type { FigureKind } from '../types';
import {
  ADVERBS,
  ARTICLES,
  AUXILIARIES,
  CHANGE_VERBS,
  COMPLEMENTS,
  CONJUNCTIONS,
  CONTRACTION,
  COPULAS,
  DETERMINERS,
  DIRECTIONS,
  EMPTY_HEADS,
  EN_CLAUSE_CONJUNCTIONS,
  EN_EXPECTERS_AFTER,
  EN_INTENDED,
  EN_MEASURE_OF,
  EN_MODALS,
  EN_OBJECT_VERBS,
  EN_PLANNED_TO,
  EN_PREVENTING,
  EN_RECKONED_ON,
  EN_SALE_PRICE_AFTER,
  EN_SENTENCE_ADVERBS,
  EN_SPAN_FROM,
  EN_STAT_LINE,
  EN_TALLY_TO,
  EN_TALLYING,
  EN_WHEN_BLOCKERS,
  HEDGES,
  IRREGULAR_PARTICIPLES,
  IRREGULAR_PAST,
  LEFT_SKIP,
  LINK_VERBS_IRREGULAR,
  LINK_VERBS_OTHER,
  LINK_VERBS_REGULAR,
  NOT_DOING,
  NOT_HEADS,
  NOT_PREDICATES,
  NOUN_EXCEPTIONS,
  NOUN_LIKE_BASES,
  OBJECT_OPENERS,
  OBJECTS,
  PARTICLES,
  PASSIVE_AUXILIARIES,
  PERSONAL_PRONOUNS,
  PLACE_PREPOSITIONS,
  PLURALS,
  PREDICATE_ADVERBS,
  PREDICATE_PARTICLES,
  PREDICATE_PREPOSITIONS,
  PREPOSITIONS,
  PRONOUNS,
  REPORTING,
  SCALES,
  SHARE_MEASURED_BEFORE,
  SPAN_HEADS,
  STATIVE_PARTICIPLES,
  TIME_NOUNS,
  TO_OPENERS,
  TRADE_VERBS_IRREGULAR,
  TRADE_VERBS_REGULAR,
  TRANSACTION_VERBS,
  VERB_SKIP_WORDS,
} from './en/label';
import { EN_SCALE_WORDS, EN_SMALL_NUMBERS } from './en/lexicon';

const MAX_WORDS = 4;
/** A verb phrase (`to rebuild the flooded schools`) may take one more word than a noun phrase. */
const MAX_VERB_PHRASE_WORDS = 5;
const LEFT_WINDOW = 120;
const RIGHT_WINDOW = 100;
/** Tokens read after a figure: enough for a preposition, a verb and a long noun phrase with its `of`. */
const RIGHT_TOKENS = 14;

/** Every form of the linking and trading verbs, built from the pack's bases. */
const LINK_VERBS = new Set([...forms(...LINK_VERBS_IRREGULAR), ...regular(LINK_VERBS_REGULAR), ...LINK_VERBS_OTHER]);
const TRADE_VERBS = new Set([...forms(...TRADE_VERBS_IRREGULAR), ...regular(TRADE_VERBS_REGULAR)]);
const VERB_SKIP = new Set([...AUXILIARIES, ...VERB_SKIP_WORDS]);

function forms(...triples: string[]): string[] {
  return triples.flatMap((t) => {
    const [base = '', past = '', participle = ''] = t.split(' ');
    return [base, past, participle, thirdPerson(base), ing(base)];
  });
}

function regular(words: string): string[] {
  return words.split(/\s+/).flatMap((base) => {
    const stem = base.endsWith('e') ? base.slice(0, -1) : base;
    const doubled = /^(?:drop|slip|top|dip)$/.test(base) ? base + base.at(-1) : stem;
    // British spelling doubles a final `l`: `totalled`, `levelling`.
    const british = /[aeiou]l$/.test(base) ? [`${base}led`, `${base}ling`] : [];
    return [base, thirdPerson(base), `${doubled}ed`, `${doubled}ing`, ...british];
  });
}

function thirdPerson(base: string): string {
  return /(?:s|sh|ch|x|z)$/.test(base) ? `${base}es` : /[^aeiou]y$/.test(base) ? `${base.slice(0, -1)}ies` : `${base}s`;
}

function ing(base: string): string {
  if (base.endsWith('e') && !base.endsWith('ee')) return `${base.slice(0, -1)}ing`;
  if (/^(?:hit|win|sit|run|cut|put|set|shop)$/.test(base)) return `${base}${base.at(-1)}ing`;
  return `${base}ing`;
}

interface Token {
  /** The word as written. */
  w: string;
  /** Lowercased, curly apostrophes straightened. */
  lw: string;
  kind: 'word' | 'num' | 'punct';
}

const KIND: Record<TokenKind, Token['kind']> = { word: 'word', han: 'word', number: 'num', punct: 'punct' };

/** The first `max` tokens of `s`, from the one tokenizer (utils/core/tokens.ts), lower-cased for the word lists. */
function tokenize(s: string, max = Infinity): Token[] {
  return textTokens(s, { max }).map(({ kind, text }) => {
    const lower = text.toLowerCase();
    return { w: text, lw: lower.includes('’') ? lower.replace(/’/g, "'") : lower, kind: KIND[kind] };
  });
}

const isPossessive = (t: Token) => /'s$|s'$/.test(t.lw);
const isCapitalised = (t: Token) => /^\p{Lu}/u.test(t.w);
const isLy = (lw: string) => lw.length > 3 && lw.endsWith('ly') && !NOUN_EXCEPTIONS.has(lw);
const isEd = (lw: string) => lw.length > 3 && lw.endsWith('ed') && !NOUN_EXCEPTIONS.has(lw);
const isIng = (lw: string) => lw.length > 4 && lw.endsWith('ing') && !NOUN_EXCEPTIONS.has(lw);

function isPlural(lw: string): boolean {
  const w = lw.replace(/'$/, '');
  return PLURALS.has(w) || (w.length > 3 && w.endsWith('s') && !/(?:ss|us|is|'s)$/.test(w));
}
const NUMBER_WORDS = new Set([
  ...Object.keys(EN_SMALL_NUMBERS),
  ...Object.keys(EN_SCALE_WORDS),
  'dozen',
  'dozens',
  'half',
]);

/** A word that cannot be part of a noun phrase. */
function isClosed(lw: string): boolean {
  return (
    DETERMINERS.has(lw) ||
    PREPOSITIONS.has(lw) ||
    // `you'd`, `they're`: a pronoun with its verb glued on is still a pronoun.
    PRONOUNS.has(lw.replace(CONTRACTION, '')) ||
    AUXILIARIES.has(lw) ||
    CONJUNCTIONS.has(lw) ||
    ADVERBS.has(lw) ||
    REPORTING.has(lw) ||
    IRREGULAR_PAST.has(lw) ||
    COMPLEMENTS.has(lw) ||
    NUMBER_WORDS.has(lw) ||
    isLy(lw)
  );
}

/** A word that may stand in a noun phrase here, before `next`. */
function isNominal(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && !isClosed(t.lw);
}

/** After `men and women`, a relative, a verb or the clause's end: the second noun ends the phrase (`… and closes on`
 * is a verb). */
const CLAUSE_GOES_ON = /^(?:who|that|which|were|are|was|is|have|had|has|will|would|could|can|may|[.,;:!?)])$/;

/** A word that may end a noun phrase. */
function canBeHead(t: Token): boolean {
  return !isEd(t.lw) && !isPossessive(t) && !NOT_HEADS.has(t.lw);
}

interface Phrase {
  words: Token[];
  /** The determiner opening it, if any. */
  det?: Token;
  /** Index of the first token after it. */
  next: number;
}

/**
 * The noun phrase starting at `i`: modifiers, possessives (`the district's`) and a head, ending at a plural, a
 * closed-class word, a verb form or punctuation. `det` allows an opening determiner; `skipCounts` steps over
 * `last 14` in `of its last 14 matches`; `noun` says the context wants a noun (after a preposition or an article),
 * so a lone word is not taken for a verb.
 */
function readPhrase(toks: Token[], i: number, det: boolean, skipCounts = false, noun = false): Phrase | null {
  let j = i;
  let opener: Token | undefined;
  if (det && ARTICLES.has(toks[j]?.lw ?? '')) opener = toks[j++];
  if (skipCounts) {
    if (/^(?:last|first|next|past|top|final|other)$/.test(toks[j]?.lw ?? '') && toks[j + 1]?.kind === 'num') j++;
    if (toks[j]?.kind === 'num') j++;
    if (toks[j - 1]?.kind === 'num' && SCALES.has(toks[j]?.lw ?? '')) j++;
  }
  const words: Token[] = [];
  while (j < toks.length && words.length <= MAX_WORDS) {
    const t = toks[j]!;
    if (!isNominal(t)) break;
    const next = toks[j + 1];
    if (isEd(t.lw)) {
      // `damaged homes`, `automated stores`: a participle opening a noun phrase is a modifier; otherwise a verb.
      if (words.length > 0 || !(isNominal(next) && !isEd(next!.lw))) break;
    }
    // `-ing` opens a phrase (`housing project`) or modifies a noun inside one (`painting prize`) unless it takes an
    // object (`building a factory`) or follows a plural (`whales beaching`). Ending a phrase it is a head
    // (`electronic trading`) or a verb (`a man living near`): no telling, so no label.
    const afterPlural = words.length > 0 && isPlural(words.at(-1)!.lw);
    if (
      isIng(t.lw) &&
      (OBJECTS.has(next?.lw ?? '') || PARTICLES.has(next?.lw ?? '') || next?.lw === 'to' || afterPlural)
    )
      break;
    if (isIng(t.lw) && words.length > 0 && !isNominal(next)) return null;
    if (isCapitalised(t) && words.length > 0 && !isCapitalised(words.at(-1)!)) {
      // A name inside a noun phrase (`former Ajax skipper`) only when a common noun follows it; else it starts a
      // new phrase (`5000m champion Eliud Kipchoge`, `Over the past 12 months Smith has`).
      let k = j;
      while (toks[k] && toks[k]!.kind === 'word' && isCapitalised(toks[k]!) && !isClosed(toks[k]!.lw)) k++;
      const after = toks[k];
      const object = toks[k + 1]?.lw ?? '';
      // `16 other Lib Dem MPs`, `2,000 new CSOs`: a name run ending in a plural acronym is the head.
      if (k > j && /^\p{Lu}{2,}s$/u.test(toks[k - 1]!.w)) {
        words.push(...toks.slice(j, k));
        j = k;
        break;
      }
      if (!(isNominal(after) && !isCapitalised(after!) && !isEd(after!.lw) && !isIng(after!.lw))) break;
      // `film Promise takes her followers`: a word taking an object is a verb, and the name its subject.
      if (OBJECTS.has(object)) break;
    }
    words.push(t);
    j++;
    if (isPossessive(t)) continue;
    // `staff vacancies`, `police officers`: a plural without an `s` may modify a plural noun after it.
    const modifier =
      PLURALS.has(t.lw) && next?.kind === 'word' && /[^s]s$/.test(next.lw) && isNominal(next) && !isCapitalised(next);
    // `Beats headphones`, `Yankees fans`: a name that looks plural modifies a plural noun after it.
    const brand =
      isCapitalised(t) && next?.kind === 'word' && !isCapitalised(next) && isNominal(next) && isPlural(next.lw);
    // `Israelis`, `Iraqis`: a name ending in `-is` is a people, not `analysis`.
    if ((isPlural(t.lw) || (isCapitalised(t) && /[^aeiou]is$/.test(t.lw))) && !modifier && !brand) {
      // `young men and women`, `homes and businesses`: a plural coordinated with another is counted with it.
      const other = toks[j + 1];
      if (
        (toks[j]?.lw === 'and' || toks[j]?.lw === 'or') &&
        isNominal(other) &&
        !isCapitalised(other!) &&
        isPlural(other!.lw) &&
        !isEd(other!.lw) &&
        CLAUSE_GOES_ON.test(toks[j + 2]?.lw ?? '.') &&
        words.length + 2 <= MAX_WORDS
      ) {
        words.push(toks[j]!, other!);
        j += 2;
      }
      break;
    }
    // `current and former employees`, `shipping and media-subscription program`: one word coordinated with a
    // phrase of modifier and noun (a lone word after `and` is more likely a verb: `a 5.5% increase and sits`).
    if ((toks[j]?.lw === 'and' || toks[j]?.lw === 'or') && words.length === 1) {
      const rest = readPhrase(toks, j + 1, false);
      const last = rest?.words.at(-1);
      if (rest && last && rest.words.length >= 2 && words.length + 1 + rest.words.length <= MAX_WORDS) {
        words.push(toks[j]!, ...rest.words);
        j = rest.next;
        break;
      }
    }
  }
  while (words.length > 0 && !canBeHead(words.at(-1)!)) {
    words.pop();
    j--;
  }
  if (words.length === 0 || words.length > MAX_WORDS) return null;
  // A lone verb form before its object is no noun phrase: `60% support the plan`, `$2m for failing to report`.
  const after = toks[j];
  const beforeObject = OBJECTS.has(after?.lw ?? '') || after?.lw === 'to';
  if (!opener && !noun && words.length === 1 && !isPlural(words[0]!.lw) && beforeObject) return null;
  if (!opener && words.length === 1 && isIng(words[0]!.lw) && after?.kind === 'word' && !isClosed(after.lw))
    return null;
  return { words, det: opener, next: j };
}

/** The noun phrase ending at `i`, read leftwards; its determiner (if any) is taken too. */
function readPhraseBack(toks: Token[], i: number): (Phrase & { first: number }) | null {
  let j = i;
  const words: Token[] = [];
  while (j >= 0 && words.length < MAX_WORDS + 3) {
    const t = toks[j]!;
    // `STOXX 600 index`, `S&P 500`: a number after a capitalised acronym is part of an index's or a model's name.
    const named = t.kind === 'num' && words.length > 0 && /^[A-Z&]{2,}$/.test(toks[j - 1]?.w ?? '');
    if (!isNominal(t) && !named) break;
    // `the 27-year-old winger`: the word after a number and its hyphen belongs to the number.
    if (toks[j - 1]?.w === '-' && toks[j - 2]?.kind === 'num') break;
    // A head is no past form; a modifier may be a participle (`the damaged homes`) unless it is a known verb.
    if (isEd(t.lw) && (words.length === 0 || LINK_VERBS.has(t.lw) || TRADE_VERBS.has(t.lw))) break;
    const verb = LINK_VERBS.has(t.lw) || TRADE_VERBS.has(t.lw);
    if (isIng(t.lw) && words.length > 0 && (verb || isPlural(toks[j - 1]?.lw ?? ''))) break;
    words.unshift(t);
    j--;
  }
  if (words.length === 0 || !canBeHead(words.at(-1)!)) return null;
  let det: Token | undefined;
  if (j >= 0 && DETERMINERS.has(toks[j]!.lw)) det = toks[j--];
  // A long run is a noun phrase only where a determiner bounds it (`the long-awaited handheld game console`); its
  // head and nearest modifiers are kept. An `-ing` head is a noun after a determiner or a modifier (`the average
  // saving`, `gross mortgage lending`), not alone (`agreed to pay`, `Jaynes amassed`).
  if (words.length > MAX_WORDS && !det) return null;
  if (isIng(words.at(-1)!.lw) && !det && words.length === 1) return null;
  return { words: words.slice(-MAX_WORDS), det, next: i + 1, first: j + 1 };
}

/** The phrase as a label; a leading possessive of time (`last season's`, `this year's`) says when, not what. */
function join(words: readonly Token[]): string {
  const first = words[0];
  const dated = first && words.length > 1 && isPossessive(first) && TIME_NOUNS.has(first.lw.replace(/'s?$/, ''));
  return (dated ? words.slice(1) : words).map((t) => t.w).join(' ');
}

/** The label of the English figure `text.slice(start, end)` of kind `kind`, if a short phrase says what it is. */
export function enLabel(text: string, start: number, end: number, kind: FigureKind | undefined): string | undefined {
  // A figure running on into a word (`24-drinking`, `$16-something`) is part of a compound this reader cannot parse.
  if (/^[\p{L}\d-]/u.test(rightOf(text, end))) return undefined;
  const right = enRight(text, start, end, kind);
  return right ? withOwner(text, start, right) : enLeft(text, start, kind);
}

/**
 * Whose the noun after a figure is, where a possessive stands right before the figure: `the state's $2 billion in
 * cash reserves` → `state's cash reserves`, `Apple's 4,000 engineers`. A possessive of time (`last year's`) says when.
 */
function withOwner(text: string, start: number, label: string): string {
  // A rank's possessive is its scope, which the rank already reads with (`the world's third-largest economy`).
  if (label.includes('…') || ORDINAL_AT.test(text.slice(start, start + 16))) return label;
  const owner = POSSESSIVE_BEFORE.exec(text.slice(Math.max(0, start - 60), start))?.[1]?.replace(
    /^(?:The|A|An)\s+/,
    '',
  );
  if (!owner) return label;
  const words = tokenize(owner);
  const head = words.at(-1)!.lw.replace(/['’]s?$/, '');
  if (TIME_NOUNS.has(head) || PRONOUNS.has(head) || words.some((t) => t.kind === 'num')) return label;
  return `${owner.replace(/’/g, "'")} ${label}`;
}

const ORDINAL_AT = /^(?:\d+(?:st|nd|rd|th)|first|second|third|[a-z]+th)\b/i;
/** A possessive right before a figure, with its name or modifiers (`the state's`, `Home Depot's`, `the company's`). */
const POSSESSIVE_BEFORE =
  /(?:^|[\s,;(])((?:[A-Z][\w&.-]*\s+){0,2}[\p{L}][\w&.-]*['’]s?)\s+(?:(?:about|around|nearly|almost|some|roughly|over|more than|less than|up to)\s+)?$/u;

/**
 * A tally a figure brings something to: `raising the death toll to 28 people`, `extended their unbeaten streak to 15
 * games`, `pushed the total to 300` — the figure is the toll, the streak, the total, and the noun after it only its
 * unit.
 */
function tallyBefore(text: string, start: number, unit?: string): string | undefined {
  const m = EN_TALLY_TO.exec(text.slice(Math.max(0, start - 60), start));
  if (!m) return undefined;
  // `the total number of hopefuls to 14 firms`: the number names what it counts, and the unit after says it again.
  if (/\bnumber of\b/.test(m[1]!)) return m[1];
  return unit ? `${m[1]} to … ${unit}` : `${m[1]} to …`;
}

/** Only the phrase the number counts or modifies, right after it (`2,400 homes`): what a bare number attaches to. */
export function enCounted(text: string, start: number, end: number): string | undefined {
  const raw = rightOf(text, end);
  if (/^[\p{L}\d-]/u.test(raw)) return undefined;
  const toks = tokenize(raw, RIGHT_TOKENS);
  const phrase = readPhrase(toks, 0, false);
  return phrase ? withOwner(text, start, whatIsSaid(text, start, toks, phrase)) : undefined;
}

/**
 * A counted noun with what the sentence says of it: what happened to it (`people quarantined`), what was done to it
 * (`cut … jobs`), or else what it did or where it is (`Israelis live in settlements`, `people at the rally`).
 */
function whatIsSaid(text: string, start: number, toks: Token[], phrase: Phrase): string {
  // A tally reads with a short unit (`death toll to … people`); `total number of …` is whole without one.
  const tally = tallyBefore(text, start, join(phrase.words));
  if (tally && (phrase.words.length <= 2 || !tally.includes('…'))) return tally;
  return orPredicate(toks, phrase, withDoing(text, start, withWhatHappened(toks, withPlace(toks, phrase)), phrase));
}

/**
 * A noun that is only a measure of something with what it is of: `a 30-60 per cent chance of dying`, `a 5% rise in
 * sales`; `chance` or `rise` alone says nothing of what.
 */
function withOfWhat(toks: Token[], phrase: Phrase): string {
  const label = join(phrase.words);
  const preposition = EN_MEASURE_OF.get(phrase.words.at(-1)!.lw);
  if (!preposition || toks[phrase.next]?.lw !== preposition) return label;
  const what = readPhrase(toks, phrase.next + 1, true, false, true);
  return what && phrase.words.length + 1 + what.words.length <= MAX_WORDS
    ? `${label} ${preposition} ${join(what.words)}`
    : label;
}

/** `label` where it says more than the noun `phrase`; else the noun with what its clause says of it (`predicate`). */
function orPredicate(toks: Token[], phrase: Phrase, label: string): string {
  if (label !== join(phrase.words)) return label;
  const more = predicate(toks, phrase.next, phrase.words.length);
  return more ? `${label} ${more}` : label;
}

/**
 * A count with what happened to what it counts: `28 people quarantined`, `300 school districts were closed` → `school
 * districts closed`, `people without power`. The number alone (`28 people`) leaves out the fact the sentence reports.
 */
function withWhatHappened(toks: Token[], phrase: Phrase, beforePreposition = true): string {
  const label = join(phrase.words);
  let k = phrase.next;
  // `375,000 people without power`: what they are without is what the count is of.
  const lacking = toks[k]?.lw === 'without' ? readPhrase(toks, k + 1, false) : null;
  if (lacking && phrase.words.length + lacking.words.length < MAX_WORDS) {
    return `${label} without ${join(lacking.words)}`;
  }
  // `were closed`, `have been taken`; `has faced` is the perfect, not a passive.
  const be = PASSIVE_AUXILIARIES.has(toks[k]?.lw ?? '')
    ? 1
    : /^ha(?:ve|s|d)$/.test(toks[k]?.lw ?? '') && toks[k + 1]?.lw === 'been'
      ? 2
      : 0;
  const passive = be > 0;
  k += be;
  if (toks[k]?.lw === 'being') k++;
  const verb = toks[k];
  const past =
    verb?.kind === 'word' &&
    (/[a-z]ed$/.test(verb.lw) || IRREGULAR_PARTICIPLES.has(verb.lw)) &&
    !STATIVE_PARTICIPLES.has(verb.lw);
  // Active, the verb alone is what happened only with no object after it: `people fled.`, `people voted`,
  // `districts closed because…`; with its object or place it is read below (`Israelis live in settlements`).
  const after = toks[k + 1];
  // After `of` (`46 of their close contacts being placed under …`) the verb's complement says what happened: a verb
  // cut from it says nothing, so it is taken only where the clause ends with it (`a third of voters agreed.`).
  const ends = !after || after.kind === 'punct' || CONJUNCTIONS.has(after.lw);
  const whole = beforePreposition ? passive || ends || PREPOSITIONS.has(after.lw) : ends;
  // `people turned out`, `people hooked up`: a particle is part of the verb.
  // Not a preposition with its object: `scheduled | over the weekend`.
  const particle =
    after?.kind === 'word' && PARTICLES.has(after.lw) && !OBJECT_OPENERS.has(toks[k + 2]?.lw ?? '')
      ? ` ${after.w}`
      : '';
  if (past && whole && phrase.words.length < MAX_WORDS) return `${label} ${verb.w}${particle}`;
  return label;
}

/** Most words of a count's noun with what the sentence says of it: `Israelis live in settlements`. */
const MAX_PREDICATE_LABEL = 6;

/**
 * What the clause says of the counted noun ending before `k`, where a short phrase says it: a verb with its place,
 * object or particle (`Indians returned home`, `Israelis live in settlements`, `firefighters tackled the blaze`) or
 * a copula with its adjective (`companies are now eligible to bid` → `eligible to bid`). `people` alone could be
 * anyone; a label that runs long or into a name, a number or a date is left out.
 */
function predicate(toks: Token[], k: number, have: number): string | undefined {
  // `people in close contact with the hunter`: where the counted noun is, or what it is in.
  if (PLACE_PREPOSITIONS.has(toks[k]?.lw ?? '')) return complement(toks, k, [], have);
  let j = skipAdverbs(toks, k);
  let verb = toks[j];
  if (verb?.kind !== 'word' || isCapitalised(verb)) return undefined;
  if (PASSIVE_AUXILIARIES.has(verb.lw)) {
    j = skipAdverbs(toks, j + 1);
    verb = toks[j];
    if (verb?.kind !== 'word') return undefined;
    // `were evacuated from their homes`: the participle with its place, as an active verb below.
    if (!(isEd(verb.lw) || IRREGULAR_PARTICIPLES.has(verb.lw))) {
      if (!isAdjective(verb)) return undefined;
      const next = toks[j + 1];
      if (next?.lw === 'to' && isBareVerb(toks[j + 2])) return fits(have, [verb, next, toks[j + 2]!]);
      return next && next.kind === 'word' && !CONJUNCTIONS.has(next.lw) ? undefined : fits(have, [verb]);
    }
  }
  const finite =
    isEd(verb.lw) || IRREGULAR_PAST.has(verb.lw) || IRREGULAR_PARTICIPLES.has(verb.lw) || !/s$/.test(verb.lw);
  if (!finite || isIng(verb.lw) || NOT_PREDICATES.has(verb.lw) || LINK_VERBS.has(verb.lw)) return undefined;
  if (isClosed(verb.lw) && !IRREGULAR_PAST.has(verb.lw)) return undefined;
  const first = toks[j + 1];
  if (first?.kind !== 'word') return undefined;
  if (PREDICATE_PARTICLES.has(first.lw)) return fits(have, [verb, first]);
  if (PREDICATE_PREPOSITIONS.has(first.lw)) return complement(toks, j + 1, [verb], have);
  return OBJECT_OPENERS.has(first.lw) ? complement(toks, j + 1, [verb], have) : undefined;
}

/**
 * `lead` with the phrase at `k` (`in settlements`, `the blaze`): whole, ending where the clause does or a new one
 * begins, not inside a longer phrase, before a number or on a time (`on Tuesday` says when, not what).
 */
function complement(toks: Token[], k: number, lead: readonly Token[], have: number): string | undefined {
  const preposition = PREDICATE_PREPOSITIONS.has(toks[k]?.lw ?? '') ? [toks[k]!] : [];
  const object = readPhrase(toks, k + preposition.length, true, false, true);
  // `in the 1300s`, `on Tuesday`: a time says when, not what.
  if (!object || TIME_NOUNS.has(object.words.at(-1)!.lw) || object.words.some((t) => /^\d/.test(t.w))) return undefined;
  const rest = toks[object.next];
  if (rest && (rest.kind === 'num' || (rest.kind === 'word' && isNominal(rest)))) return undefined;
  // `students at a cost | of £50m`, `copies worldwide in little | over two years`: a phrase whose noun runs on into
  // an `of` or a number is cut, and says something else.
  const then = toks[object.next + 1];
  // `in England and Wales`: two names joined are one place.
  if ((rest?.lw === 'and' || rest?.lw === 'or') && toks[object.next + 1] && isCapitalised(toks[object.next + 1]!)) {
    const joined = readPhrase(toks, object.next + 1, false, false, true);
    if (!joined || joined.words.some((t) => !isCapitalised(t))) return undefined;
    return fits(have, [...lead, ...preposition, ...object.words, rest, ...joined.words]);
  }
  const counted = (t: Token | undefined) =>
    (t?.kind === 'num' && !/^(?:19|20)\d\d$/.test(t.w)) || NUMBER_WORDS.has(t?.lw ?? '');
  if (rest?.lw === 'of' || (rest && PREPOSITIONS.has(rest.lw) && counted(then))) return undefined;
  const det = object.det ? [object.det] : [];
  return (
    fits(have, [...lead, ...preposition, ...det, ...object.words]) ??
    fits(have, [...lead, ...preposition, ...object.words])
  );
}

function fits(have: number, words: readonly Token[]): string | undefined {
  return have + words.length <= MAX_PREDICATE_LABEL ? words.map((t) => t.w).join(' ') : undefined;
}

function skipAdverbs(toks: Token[], k: number): number {
  let j = k;
  while (toks[j] && (PREDICATE_ADVERBS.has(toks[j]!.lw) || (isLy(toks[j]!.lw) && toks[j]!.kind === 'word'))) j++;
  return j;
}

/** A word after a copula that describes: not a function word, a verb form, a plural or a name. */
function isAdjective(t: Token): boolean {
  return !isClosed(t.lw) && !isIng(t.lw) && !isEd(t.lw) && !isPlural(t.lw) && !isCapitalised(t) && t.lw.length > 3;
}

function isBareVerb(t: Token | undefined): boolean {
  return t?.kind === 'word' && !isClosed(t.lw) && !isCapitalised(t) && !isIng(t.lw) && !isEd(t.lw);
}

/**
 * A counted noun with the name that says whose or where (`20 million residents of Delhi`, `3,000 members of
 * Congress`): `residents` alone could be anyone's. Only a short name, one to three capitalised words.
 */
function withPlace(toks: Token[], phrase: Phrase): Phrase {
  if (toks[phrase.next]?.lw !== 'of' || phrase.words.length > 2) return phrase;
  let k = phrase.next + 1;
  while (
    k < toks.length &&
    k - phrase.next <= 3 &&
    toks[k]!.kind === 'word' &&
    isCapitalised(toks[k]!) &&
    !isClosed(toks[k]!.lw)
  )
    k++;
  const names = toks.slice(phrase.next + 1, k);
  // `residents of Delhi schools`: the name modifies a noun after it, and the phrase goes on past what a label holds.
  const after = toks[k];
  if (
    names.length === 0 ||
    (after?.kind === 'word' && isNominal(after) && !isClosed(after.lw) && !isEd(after.lw) && !isIng(after.lw))
  )
    return phrase;
  return { ...phrase, words: [...phrase.words, toks[phrase.next]!, ...names], next: k };
}

/**
 * A count with the verb it is the object of: `cut … jobs`, `arresting … people`, `won … senior trophies`. The noun
 * alone (`4,000 jobs`) leaves out what the sentence says of them; the ellipsis stands for the figure, as in context
 * phrases. Only an inflected verb (`-ed`, `-ing`, an irregular past) or a few common bare ones (`EN_OBJECT_VERBS`)
 * are read as verbs: `an estimated 300 people`, `including 5 children` are not what happened.
 */
function withDoing(text: string, start: number, label: string, phrase: Phrase): string {
  if (label !== join(phrase.words) || phrase.words.length >= MAX_WORDS) return label;
  // `Tuukka Rask made 25 saves`, `James finished with 25 points, 11 rebounds and 10 assists`: a player's line.
  const line = EN_STAT_LINE.exec(text.slice(Math.max(0, start - 100), start));
  const player = line?.[1] ?? '';
  // `Its 300 workers`, `In 10 years`: a capitalised function word opening the sentence names no player.
  if (line && phrase.words.length === 1 && !tokenize(player).some((t) => isClosed(t.lw)))
    return line[2] ? `${player} ${line[2]} … ${label}` : `${player} … ${label}`;
  // `shutting off power Wednesday to some 375,000 people`: what reached them is the count's fact.
  const given = GIVEN_TO.exec(text.slice(Math.max(0, start - 50), start));
  if (given && !isClosed(given[3]!) && !NOT_DOING.has(given[1]!) && phrase.words.length <= 2)
    return `${given[1]} ${given[2] ?? ''}${given[3]} to … ${label}`;
  // `legalized in 11 states`: where what happened happened.
  const placed = PLACED_IN.exec(text.slice(Math.max(0, start - 30), start));
  if (
    placed &&
    !NOT_DOING.has(placed[1]!) &&
    !EN_WHEN_BLOCKERS.has(placed[1]!) &&
    !LINK_VERBS.has(placed[1]!) &&
    !/^result/.test(placed[1]!) &&
    phrase.words.length <= 2
  )
    return `${placed[1]} ${placed[2]} … ${label}`;
  const intended = intendedDoing(text, start, label);
  if (intended) return withFrom(text, start, intended);
  const before = /(?:^|\s)(\S+)\s+(\p{Ll}+)\s+$/u.exec(text.slice(Math.max(0, start - 40), start));
  if (!before) return label;
  const previous = before[1]!;
  const verb = before[2]!;
  if (
    ARTICLES.has(previous.toLowerCase()) ||
    NOT_DOING.has(verb) ||
    REPORTING.has(verb) ||
    COPULAS.has(verb) ||
    (LINK_VERBS.has(verb) && !EN_TALLYING.test(verb))
  )
    return label;
  const doing = isEd(verb) || isIng(verb) || IRREGULAR_PAST.has(verb) || EN_OBJECT_VERBS.has(verb);
  if (!doing) return label;
  const who = doer(
    text.slice(Math.max(0, start - 80), start - before[0].length + before[0].indexOf(previous)),
    previous,
  );
  return withFrom(
    text,
    start,
    who && who.split(' ').length + 2 + phrase.words.length <= MAX_PREDICATE_LABEL
      ? `${who} ${verb} … ${label}`
      : `${verb} … ${label}`,
  );
}

/** `would prevent over 400,000 home-buyers from paying the tax`: without its `from` the card says the opposite. */
function withFrom(text: string, start: number, label: string): string {
  if (!EN_PREVENTING.test(/(\S+) … /.exec(label)?.[1] ?? '')) return label;
  const counted = label.split('… ').at(-1)!;
  const at = text.indexOf(` ${counted} `, start);
  const from = at >= 0 ? FROM_AFTER.exec(text.slice(at + counted.length + 2)) : null;
  return from ? `${label} ${from[0]}` : label;
}
const FROM_AFTER = /^from(?:\s+[\p{Ll}'’-]+){1,3}/u;

/**
 * What a named doer means to do to a count: `WeWork is preparing to cut 4,000 jobs` → `WeWork to cut … jobs`, `Apple
 * could hire … workers`. After a plan's `to` or a modal any bare word is the verb, so it needs no list; a plan is
 * said the way a headline says it, an agreement, a threat or a modal as written, since they are not the same fact.
 */
function intendedDoing(text: string, start: number, label: string): string | undefined {
  const window = text.slice(Math.max(0, start - 100), start);
  const m = EN_INTENDED.exec(window);
  const verb = m?.[3] ?? '';
  if (!m || isClosed(verb) || isLy(verb) || NOT_DOING.has(verb) || (LINK_VERBS.has(verb) && !EN_TALLYING.test(verb)))
    return undefined;
  const who = doer(window.slice(0, m.index), m[1]!);
  const chain = m[2]!.toLowerCase().replace(/\s+/g, ' ');
  const said = [who, EN_PLANNED_TO.test(chain) ? 'to' : chain, verb].filter(Boolean).join(' ');
  return `${said} ${label}`.split(' ').length <= MAX_PREDICATE_LABEL ? `${said} … ${label}` : undefined;
}

/** A past participle and the preposition of where right before a count: `legalized in …`, `invested in …`. */
const PLACED_IN = /\b(\p{Ll}{3,}ed)\s+(in|across)\s+$/u;

/** A verb with its object, and a day between, before `to` + a count: `shutting off power (Wednesday) to …`. */
const GIVEN_TO =
  /\b(\p{Ll}{3,}(?:ing|ed))\s+((?:off|out|up|down|back)\s+)?(\p{Ll}{3,})\s+(?:(?:on\s+)?\p{Lu}\p{Ll}+\s+)?to\s+$/u;

/** Where a clause opens: the sentence's start (after an adverb: `Now Assange faces`), a comma with the conjunction
 * after it (`, and Semyon Varlamov stopped`), or a conjunction; then up to two words before the doer's last. */
const CLAUSE_OPENING = new RegExp(
  `(?:^(?:${EN_SENTENCE_ADVERBS.source},?\\s+)?|[,;:(—]\\s*(?:${EN_CLAUSE_CONJUNCTIONS.source}\\s+)?|\\b${EN_CLAUSE_CONJUNCTIONS.source}\\s+)((?:[\\p{L}\\p{N}'’.&-]+\\s+){0,2})$`,
  'u',
);

/**
 * Who did what a count is the object of, where the clause opens with it right before the verb: `Semyon Varlamov
 * stopped … shots`, `Health officials quarantined … people` — `stopped … shots` alone could be either goalie's.
 * Only a short noun phrase that starts its clause; not a pronoun, which names no one a card can show.
 */
function doer(before: string, last: string): string | undefined {
  const opened = CLAUSE_OPENING.exec(before);
  if (!opened) return undefined;
  const toks = tokenize(`${opened[1]}${last}`);
  const words = toks[0]?.lw === 'the' ? toks.slice(1) : toks;
  if (words.length === 0 || words.some((t) => t.kind !== 'word' || isClosed(t.lw) || isLy(t.lw))) return undefined;
  if (words.some((t) => PRONOUNS.has(t.lw) || PERSONAL_PRONOUNS.has(t.lw.replace(CONTRACTION, '')))) return undefined;
  const head = words.at(-1)!;
  if (!canBeHead(head) || isEd(head.lw) || isIng(head.lw)) return undefined;
  // `The five-year study`: a subject with a number in it is about that number; `the firm` alone says no more than
  // the story does.
  if (words.some((t) => /\d/.test(t.w) || t.lw.split('-').some((w) => NUMBER_WORDS.has(w)))) return undefined;
  if (words.length === 1 && !isCapitalised(head)) return undefined;
  return words.map((t) => t.w).join(' ');
}

/** The text after the figure, without a rate glued to it (`$119-a-year`, `$360-per-month`). */
function rightOf(text: string, end: number): string {
  const rest = text.slice(end, end + RIGHT_WINDOW);
  const rate = /^-(?:a|an|per)-[A-Za-z]+/.exec(rest);
  return rate ? rest.slice(rate[0].length) : rest;
}

function enRight(text: string, start: number, end: number, kind: FigureKind | undefined): string | undefined {
  const raw = rightOf(text, end);
  // The figure must end its word: `$16-something` is read no further.
  if (/^[A-Za-z0-9-]/.test(raw)) return undefined;
  const toks = tokenize(raw, RIGHT_TOKENS);
  const first = toks[0];
  if (!first) return undefined;
  const written = text.slice(start, end);

  // 1. The noun phrase the number counts or modifies.
  if (modifies(written, kind) && first.kind === 'word') {
    if (kind === 'money' && takesObject(toks, 0)) return verbPhrase(toks, 0);
    // After `a`, `the`, `its`… the figure modifies a noun: `a 25% stake to an investor`.
    const inPhrase = /\b(?:a|an|the|its|their|his|her|our|my|your)\s+$/i.test(
      text.slice(Math.max(0, start - 8), start),
    );
    const phrase = readPhrase(toks, 0, false, false, inPhrase);
    // `the $4.8 billion analysts had expected`: the noun is who expected the amount, not what it is of.
    if (phrase && kind !== 'count' && EN_EXPECTERS_AFTER.test(rightOf(text, end).slice(0, 60))) return undefined;
    if (phrase && kind === 'money' && EN_SALE_PRICE_AFTER.test(rightOf(text, end).slice(0, 80))) return undefined;
    if (phrase)
      return kind === 'count' || kind === undefined ? whatIsSaid(text, start, toks, phrase) : withOfWhat(toks, phrase);
  }
  // 2. `of (the) NP`, with what happened to it: `90 per cent of people infected`.
  if (first.lw === 'of') {
    // `within 24 hours of the onset`: what the span is counted from, not what it is of.
    if (kind === 'duration' && EN_SPAN_FROM.test(text.slice(Math.max(0, start - 20), start))) return undefined;
    if (
      (kind === 'percent' || kind === 'ratio') &&
      SHARE_MEASURED_BEFORE.test(text.slice(Math.max(0, start - LEFT_WINDOW), start))
    )
      return undefined;
    // After `of` a lone word is a noun, not a verb before its object: `100 metric tons of cargo to the moon`.
    const phrase = readPhrase(toks, 1, true, true, true);
    if (!phrase) return undefined;
    // `2 percent of corporate profits go toward charity`: what the share does is what it measures.
    return orPredicate(toks, phrase, withWhatHappened(toks, phrase, false));
  }
  if (kind !== 'money') return undefined;
  // `$500 on average`: an idiom saying how the amount was reckoned, not what it is of.
  if (first.lw === 'on' && EN_RECKONED_ON.has(toks[1]?.lw ?? '')) return undefined;
  // 3. What money is earned in, spent on or raised for.
  if (first.lw === 'in' || first.lw === 'on' || first.lw === 'for') {
    if (first.lw !== 'in' && takesObject(toks, 1)) return verbPhrase(toks, 1);
    const opened = first.lw !== 'in' && ARTICLES.has(toks[1]?.lw ?? '');
    const phrase = readPhrase(toks, 1, first.lw !== 'in', false, true);
    if (!phrase || TIME_NOUNS.has(phrase.words.at(-1)!.lw)) return undefined;
    // `$3m in Britain`, `$19.1m on Christmas Day`: a name after `in`, or a name alone after `on`, says where or when.
    if (first.lw === 'in' ? isCapitalised(phrase.words[0]!) : first.lw === 'on' && phrase.words.every(isCapitalised))
      return undefined;
    if (opened && phrase.det && /^(?:this|that|these|those|each|every)$/.test(phrase.det.lw)) return undefined;
    // `on the head of Adriano`: the phrase is only whole with its `of`.
    if (toks[phrase.next]?.lw === 'of') {
      const of = readPhrase(toks, phrase.next + 1, true, false, true);
      const words = of ? [...phrase.words, toks[phrase.next]!, ...of.words] : [];
      return of && words.length <= MAX_WORDS ? join(words) : undefined;
    }
    // `$6.5 billion in debt and equity`: the amount is of both. (After `the` the word after `and` may be a verb:
    // `save $100 on the retail systems and select between …`.)
    if (!phrase.det && toks[phrase.next]?.lw === 'and') {
      const more = readPhrase(toks, phrase.next + 1, false, false, true);
      if (more && phrase.words.length + 1 + more.words.length <= MAX_WORDS)
        return `${join(phrase.words)} and ${join(more.words)}`;
    }
    return join(phrase.words);
  }
  if (first.lw === 'to') return verbPhrase(toks, 1, true);
  return undefined;
}

/** Whether the figure as written reads as a modifier or a count of the noun after it. */
function modifies(written: string, kind: FigureKind | undefined): boolean {
  if (kind !== 'measure' && kind !== 'duration') return true;
  // `27-point`, `10-year`, `5km`, `28,251ft`, `four minute`: a unit in the singular or glued; `20 years` is not.
  if (/-[A-Za-z]+$/.test(written) || /\d[A-Za-z²°]+$/.test(written)) return true;
  const unit = /([A-Za-z]+)$/.exec(written)?.[1]?.toLowerCase() ?? '';
  return unit !== '' && !isPlural(unit) && unit.length > 2;
}

/** An `-ing` verb at `i` taking an object or a particle: `building a factory`, `buying out shareholders`. */
function takesObject(toks: Token[], i: number): boolean {
  const verb = toks[i];
  const next = toks[i + 1]?.lw ?? '';
  return (
    verb !== undefined && verb.kind === 'word' && isIng(verb.lw) && (OBJECT_OPENERS.has(next) || PARTICLES.has(next))
  );
}

/**
 * A verb and its object: `$2.4bn building a new factory`, `£200m to rebuild the flooded schools`, `578m euros on
 * buying out minority shareholders`. Without a particle, the object must open with a determiner or possessive, or
 * the verb could be a noun (`$2m housing project`). Too long, it loses the determiner, then the outer modifiers.
 */
function verbPhrase(toks: Token[], i: number, infinitive = false): string | undefined {
  const verb = toks[i];
  if (verb?.kind !== 'word' || isClosed(verb.lw) || isCapitalised(verb) || COPULAS.has(verb.lw)) return undefined;
  let k = i + 1;
  const particle = PARTICLES.has(toks[k]?.lw ?? '') && !infinitive ? toks[k++] : undefined;
  if (!particle && !OBJECT_OPENERS.has(toks[k]?.lw ?? '')) return undefined;
  const object = readPhrase(toks, k, true);
  if (!object) return undefined;
  const head = [...(infinitive ? ['to'] : []), verb.w, ...(particle ? [particle.w] : [])];
  const det = object.det ? [object.det.w] : [];
  let rest = object.words.map((t) => t.w);
  if (head.length + det.length + rest.length > MAX_VERB_PHRASE_WORDS) det.length = 0;
  while (head.length + rest.length > MAX_VERB_PHRASE_WORDS && rest.length > 1) rest = rest.slice(1);
  return [...head, ...det, ...rest].join(' ');
}

function enLeft(text: string, start: number, kind: FigureKind | undefined): string | undefined {
  const toks = tokenize(text.slice(Math.max(0, start - LEFT_WINDOW), start));
  let i = toks.length - 1;
  while (i > 0 && HEDGES.has(toks[i]!.lw)) i--;
  const last = toks[i];
  if (!last) return undefined;

  // 4. `a contingency fund of $25m`, `a deal worth £50m`: a noun phrase with its determiner.
  if ((last.lw === 'of' || last.lw === 'worth') && kind !== 'rank') {
    const phrase = readPhraseBack(toks, i - 1);
    // `in the region of £40m`, `in excess of`: an approximation, not a label. A span is the length of something
    // (`a maximum sentence of 175 years`, `a contract of five years`), but `at the age of 66` is an age.
    const head = phrase?.words.at(-1)?.lw ?? '';
    const spanOf = kind === 'duration' && SPAN_HEADS.has(head);
    // Without an article only a plain noun phrase counts (`on revenue of $27.5bn`, `profits of £2bn`).
    // `eighty spiders of two meters each` is the size of each, not what is measured.
    const bare =
      phrase &&
      !phrase.det &&
      phrase.words.every((t) => !isCapitalised(t)) &&
      !(toks[phrase.first - 1]?.kind === 'num' || NUMBER_WORDS.has(toks[phrase.first - 1]?.lw ?? '')) &&
      // `per capita of`, `by factors of`: a rate or a multiplier, not a noun the money is.
      !/^(?:per|by)$/.test(toks[phrase.first - 1]?.lw ?? '');
    if (
      phrase &&
      (bare || (phrase.det && ARTICLES.has(phrase.det.lw))) &&
      !EMPTY_HEADS.has(head) &&
      !TIME_NOUNS.has(head) &&
      (kind !== 'duration' || spanOf)
    ) {
      return withHead(toks, phrase, HEADED_BY_BEFORE_OF);
    }
  }
  // `pushed the total to 300`: the figure is the tally.
  if (last.lw === 'to') {
    const tally = tallyBefore(text, start);
    if (tally) return tally;
  }
  // `bought the grocer for $13.7bn`: what was traded.
  if (last.lw === 'for' && kind === 'money') {
    const phrase = readPhraseBack(toks, i - 1);
    const verb = phrase ? toks[phrase.first - 1] : undefined;
    if (phrase && verb && TRADE_VERBS.has(verb.lw)) return join(phrase.words);
    return undefined;
  }

  // 5. The subject of a verb of change or measure.
  const skippable = (t: Token) => LEFT_SKIP.has(t.lw) || t.kind === 'num' || /^[$£€¥%~]$/.test(t.w);
  const figureAt = i;
  while (i >= 0 && !LINK_VERBS.has(toks[i]!.lw) && skippable(toks[i]!)) i--;
  if (i < 0 || !LINK_VERBS.has(toks[i]!.lw)) return undefined;
  const verb = toks[i]!;
  const verbAt = i;
  // `have risen`, `will rise`, `has been fined`: the tense, the voice and the hedge belong to what the card says.
  const isAux = (t: Token | undefined) => /^(?:has|have|had|will|would|could|may|might|can|should)$/.test(t?.lw ?? '');
  const passiveAux = /^(?:was|were|is|are|been)$/.test(toks[i - 1]?.lw ?? '');
  const auxiliary = isAux(toks[i - 1])
    ? `${toks[i - 1]!.w} `
    : passiveAux
      ? `${isAux(toks[i - 2]) ? `${toks[i - 2]!.w} ` : ''}${toks[i - 1]!.w} `
      : '';
  // `his record`, `the sale price`: after a determiner or possessive the word is a noun, not the verb.
  const beforeVerb = toks[i - 1];
  if (beforeVerb && (DETERMINERS.has(beforeVerb.lw) || isPossessive(beforeVerb))) return undefined;
  // A base form follows a plural subject or an auxiliary (`Prices rise`, `will cost`); after a singular noun, one
  // that is as often a noun is one (`his Republic record to 24`).
  if (NOUN_LIKE_BASES.has(toks[i]!.lw) && beforeVerb && isNominal(beforeVerb) && !isPlural(beforeVerb.lw))
    return undefined;
  // A verb of being needs a figure right after it or after `worth`/`at`: `Turnout was 67%`, not `was jailed for 8 years`.
  i--;
  // `is to rise`, `are expected to reach` — but not `outplays Roddick to reach`.
  while (i >= 0 && VERB_SKIP.has(toks[i]!.lw) && (toks[i]!.lw !== 'to' || TO_OPENERS.has(toks[i - 1]?.lw ?? ''))) i--;
  let phrase = readPhraseBack(toks, i);
  if (!phrase) {
    // `The bridge, which cost $80m`: the relative pronoun stands for the noun phrase before the comma.
    if (/^(?:which|that|who)$/.test(toks[i]?.lw ?? '') && toks[i - 1]?.w === ',') phrase = readPhraseBack(toks, i - 2);
    // `Boogeyman, which cost just $7m`: the film is not what cost that much; its costing is.
    return phrase ? `${join(phrase.words)} ${auxiliary}${verb.w} …` : undefined;
  }
  // `used cannabis in the past month rose by …`: a time phrase ends an adjunct, not the subject, which is further back.
  if (TIME_NOUNS.has(phrase.words.at(-1)!.lw) && !PREPOSITIONS.has(toks[phrase.first - 1]?.lw ?? '')) return undefined;
  const subject = withHead(toks, phrase);
  // Money earned, paid or raised is the subject's doing, not the subject: `retailer earned … $2.8bn`, not `retailer`.
  // A share after a verb of change is the change, not the level: `cannabis use rose … 37 percent`, not `cannabis use`.
  // `the stock was down 5%`: a copula and a direction say the same of a share (`stock was down …`).
  const direction =
    kind === 'percent' ? toks.slice(verbAt + 1, figureAt + 1).find((t) => DIRECTIONS.has(t.lw)) : undefined;
  // A span is of what its subject did (`winger spent …`), never the subject itself (`winger`).
  const doing =
    (kind === 'money' && TRANSACTION_VERBS.has(verb.lw)) ||
    (kind === 'percent' && CHANGE_VERBS.has(verb.lw)) ||
    (kind === 'duration' && !COPULAS.has(verb.lw) && !/^(?:is|are|was|were|be|been|am)$/.test(verb.lw));
  // `aluminum lost 0.06% to $1,737.00`: the verb's object is the number before; this one is the level reached.
  if (toks.slice(verbAt + 1, figureAt + 1).some((t) => t.kind === 'num')) return subject;
  if (subject && direction) return `${subject} ${auxiliary}${verb.w} ${direction.w} …`;
  return subject && doing ? `${subject} ${auxiliary}${verb.w} …` : subject;
}

/** Longest head with a named phrase inside it. */
const MAX_NAMED_HEAD = 6;
/** Words a phrase read back may end on that are no noun: `in Delhi right (now)`. */
const ADVERB_ENDS = /^(?:right|now|today|alone|then|here|there|so|too)$/;

/** Any preposition may put a phrase inside another; before `of` + figure only these do (`growth in the eurozone of
 * 1.9%`, not `at the age of 66`). */
const HEADED_BY = /./;
const HEADED_BY_BEFORE_OF = /^(?:in|of)$/;

/**
 * A noun phrase read leftwards may be the object of a preposition (any, by default): then the phrase before it is the
 * head (`Construction costs in the region`, `Sales of electric cars`, `economic growth in the eurozone of 1.9%`),
 * kept whole when short.
 */
function withHead(toks: Token[], phrase: Phrase & { first: number }, preps = HEADED_BY): string | undefined {
  const prep = toks[phrase.first - 1];
  if (!prep || !PREPOSITIONS.has(prep.lw)) return join(phrase.words);
  if (!preps.test(prep.lw)) return join(phrase.words);
  const head = readPhraseBack(toks, phrase.first - 2);
  if (!head) return undefined;
  // `could result in a prison term of five years`: after a modal or `to` the word is a verb, and the phrase is the noun.
  const before = toks[head.first - 1]?.lw ?? '';
  if (before === 'to' || EN_MODALS.has(before)) return join(phrase.words);
  // `debt over the coming years totalling £170bn`: a phrase of time only dates its head.
  if (TIME_NOUNS.has(phrase.words.at(-1)!.lw)) return join(head.words);
  const whole = [...head.words, prep, ...(phrase.det ? [phrase.det] : []), ...phrase.words];
  // `The average price of a home in the city`: the place is the home's, and the measure is the head before `of`.
  const outer = toks[head.first - 1]?.lw === 'of' ? readPhraseBack(toks, head.first - 2) : undefined;
  if (outer && !EMPTY_HEADS.has(outer.words.at(-1)!.lw)) {
    const of = [...outer.words, toks[head.first - 1]!, ...(head.det ? [head.det] : []), ...head.words];
    return of.length - (head.det ? 1 : 0) <= MAX_WORDS ? join(of) : join(outer.words);
  }
  // `Earnings at Barclays Capital investment bank`: a name in the phrase says whose, and is worth a longer label.
  const named =
    isCapitalised(phrase.words[0]!) && !ADVERB_ENDS.test(phrase.words.at(-1)!.lw) ? MAX_NAMED_HEAD : MAX_WORDS;
  return whole.length <= named ? join(whole) : join(head.words);
}
