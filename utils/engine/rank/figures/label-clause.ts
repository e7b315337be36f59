/**
 * A label of a few words (`fines`, `new cars`, `华商`, `有期徒刑`) says what is counted but not whose, where or which:
 * the card `20多万 · 华商` could be about any city. Where the figure's clause is short, the card shows that clause with
 * `…` where the figure stands (`圣保罗有…华商`, `全国铁路仅能保证…的运力`, `both teams received … fines`), as a context
 * phrase does (`WeWork to cut … jobs`), and a participle's phrase carries who did it (`Gunmen killing … people`). A
 * longer clause would not read at a glance, and one that would mislead (a pronoun, another number, a part of a whole)
 * leaves the label as it was. The words these rules read by are in the language packs (`en/label.ts`, `zh/label.ts`).
 */

import { segmenter } from '../../../core/segmenter';
import { stopwordsFor } from '../../../core/stopwords';
import type { Candidate } from './candidate';
import {
  CLAUSE_WORDS,
  DETERMINERS,
  EN_ADDITIVE,
  EN_ADJUNCTS,
  EN_AGE_ASIDE,
  EN_ASIDE_AFTER_NOUN,
  EN_AUXILIARIES,
  EN_CLAUSE_HEDGES,
  EN_DATELINE,
  EN_DEFINING,
  EN_DEMONSTRATIVES,
  EN_EXCLUDING,
  EN_EXISTENTIAL,
  EN_INTRO,
  EN_LIST_AFTER,
  EN_LIST_OF_FIGURES_AFTER,
  EN_LISTING,
  EN_OBJECT_PRONOUNS,
  EN_PART_OF,
  EN_PERIOD_AFTER,
  EN_PLACE_LISTED,
  EN_POSSESSIVES,
  EN_PREPOSITION_HEADS,
  EN_RATE_BEFORE,
  EN_RELATIVES,
  EN_SAYING,
  EN_SPEAKERS,
  EN_SUBORDINATORS,
  EN_YEAR_BEFORE,
  PERSONAL_PRONOUNS,
  PREPOSITIONS,
  TIME_NOUNS,
} from './en/label';
import { isEnglishAt } from './label';
import {
  bare,
  CLAUSE_PUNCTUATION,
  contextPhrase,
  hasCommonWord,
  isFiniteVerb,
  isNumber,
  listedNames,
  POINTING_SUBJECTS,
  wordsOf,
} from './label-context';
import { sharePredicate } from './label-share';
import { afterLastSplit } from './label-zh';
import { HAN } from './scan-numerals';
import {
  ZH_CHANGE_IN,
  ZH_CLAUSE_BREAK,
  ZH_CLAUSE_OPENERS,
  ZH_CONDITION_BEFORE,
  ZH_COPULA_CAUSE,
  ZH_DATE_IN_CLAUSE,
  ZH_DISCOURSE_PARTS,
  ZH_DONE_AFTER,
  ZH_EMPTY_CHARS,
  ZH_LEAD_IN_CLAUSE,
  ZH_MEMBERS_BEFORE,
  ZH_NOT_OWNERS,
  ZH_NOT_TOPICS,
  ZH_NOUN_CLAUSE,
  ZH_OWNER_TOPIC,
  ZH_POINTS_ELSEWHERE,
  ZH_PRONOUN,
  ZH_STOP_VERBS,
  ZH_SUBJECTLESS,
  ZH_TOPIC,
  ZH_TOPIC_BREAK,
} from './zh/label';

/**
 * A label this light may not say whose or which: a Han character weighs 1, so `运力` and `有期徒刑` are thin; a Latin
 * word in Chinese text names one thing (`SKU`, `GDP`, `IT成本`) and is never thin.
 */
const THIN = 4;
const LATIN_WORD = THIN + 1;
/** Most characters of a clause besides its figure: about what a card's line holds. */
const MAX_CLAUSE = 20;
/** Content characters a clause must add to the label (`在…高度上` adds only where the figure stands). */
const MIN_ADDED = 2;

/**
 * `shares are up about 40% year to date`, `have purchased 208,560 new vehicles this year`: a period closing the phrase
 * says over what time what the phrase tells was counted, and the card keeps it, after the figure or after the noun it
 * counts.
 */
function withPeriod(text: string, end: number, label: string | undefined): string | undefined {
  // A bare noun after the figure has no verb the period could date (`the 20 million residents of Delhi | this week`);
  // one before it is what the period dates (`sales growth of 8% | last year`).
  if (label === undefined || !isEnglishAt(text, end - 1, end)) return label;
  if (!label.includes('…')) {
    const period = EN_PERIOD_AFTER.exec(text.slice(end))?.[1];
    return period && new RegExp(`${escaped(label)}\\s+of\\s+\\S*$`).test(text.slice(0, end))
      ? `${label} ${period}`
      : label;
  }
  const counted = label.endsWith('…') ? '' : label.split('… ').at(-1)!;
  const rest = text.slice(end);
  const after = counted === '' ? rest : rest.startsWith(` ${counted}`) ? rest.slice(counted.length + 1) : undefined;
  const period = after === undefined ? undefined : EN_PERIOD_AFTER.exec(after)?.[1];
  return period ? `${label} ${period}` : label;
}

function escaped(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Kinds whose label may follow an `of`: `800 meters of rope`, `50% of newsrooms`, `$6m of debt`, `24 hours of battery life`. */
const TIED_OF = new Set<Candidate['kind']>(['measure', 'percent', 'money', 'duration']);
/** `people 60 years of age and older`: an age, whose `of` names no whole. */
const AGE_AFTER = /^\s+of\s+age\b/i;

/**
 * What the card of a figure it may show says instead of its thin label: its clause, with `…` for the figure; undefined
 * where the label is not thin, the clause is long or adds nothing. A date, an age or a result has its own label.
 * `text` is the sentence as scanned (half-width: `toHalfWidth`), which the figure's offsets are into.
 */
export function clauseLabel(text: string, figure: Candidate): string | undefined {
  if (figure.label === undefined || figure.role !== undefined || figure.kind === 'date') return undefined;
  if (!isEnglishAt(text, figure.start, figure.end)) {
    const clause =
      zhClauseLabel(text, figure.start, figure.end, figure.label) ?? zhDone(text, figure.end, figure.label);
    return (
      withTopic(text, figure.start, clause ?? figure.label) ??
      clause ??
      withListSubject(text, figure.start, figure.label) ??
      withExistentialTopic(text, figure.start, figure.label)
    );
  }
  return (
    sharePredicate(text, figure) ??
    enClauseLabel(
      text,
      figure.start,
      figure.end,
      figure.label,
      TIED_OF.has(figure.kind) && !AGE_AFTER.test(text.slice(figure.end)),
      figure.kind === 'money',
    ) ??
    withParticipleSubject(text, figure.start, figure.label) ??
    withVerbSubject(text, figure.start, figure.label) ??
    withPurposeVerb(text, figure)
  );
}

/**
 * `planned to charge WeWork almost $6 million to use his trademark`: what money is for (`to use his trademark`) says
 * little without the verb that moves it, which the lead-in gives (`planned to charge WeWork … to use his trademark`).
 */
function withPurposeVerb(text: string, figure: Candidate): string | undefined {
  const label = figure.label ?? '';
  if (figure.kind !== 'money' || !/^to \p{Ll}/u.test(label) || label.includes('…')) return undefined;
  const lead = contextPhrase(text, figure.start, figure.end, false);
  if (!lead?.endsWith(' …') || lead.split(' ').length + label.split(' ').length > MAX_WORDS + 2) return undefined;
  return `${lead} ${label}`;
}

/**
 * What the card of a figure it may show says: the label with its years or outlook (`solar by 2030`), or a thin one
 * widened to its clause; the clause, when it tells the same years (`Seoul plans to install … of solar by 2030`), says
 * whose as well. A forecast's mark stays: a clause may not say it.
 */
export function cardLabel(text: string, figure: Candidate): string | undefined {
  const { qualified } = figure;
  const clause = clauseLabel(text, figure);
  // `at an elevation of 2061m and 3454m respectively`: which is which, the card can't say.
  if (isEnglishAt(text, figure.start, figure.end) && /^[^,;]*?,?\s+respectively\b/i.test(text.slice(figure.end)))
    return undefined;
  if (qualified === undefined) {
    const label = withPlace(text, figure.end, notListed(text, figure.end, clause ?? figure.label));
    return withExclusion(text, figure.start, withPeriod(text, figure.end, label));
  }
  const years = qualified.match(/\d{4}/g) ?? [];
  const forecast = /\((?:forecast)\)$|（预计）$/u.test(qualified);
  return withExclusion(
    text,
    figure.start,
    clause !== undefined && !forecast && years.every((y) => clause.includes(y)) ? clause : qualified,
  );
}

/**
 * `the average house price was £192,713 in England; £139,544 in Wales`: figures listed place by place are each their
 * place's, and the card says which (`average house price in England`).
 */
function withPlace(text: string, end: number, label: string | undefined): string | undefined {
  const place = EN_PLACE_LISTED.exec(text.slice(end));
  if (label === undefined || !place || label.includes(place[1]!)) return label;
  return /\d[^;,]*\sin\s+\p{Lu}/u.test(text.slice(end + place[0].length)) ? `${label} in ${place[1]}` : label;
}

/**
 * `carrying more than 3 tons of food, fuel, oxygen and spare parts`, `about 100 Muslim, 100 Evangelical Christian and
 * 50 Jewish schools`: a noun after the figure that opens a list is one of what the figure counts, or a modifier of a
 * noun further on; the card keeps what leads to the figure (`the cargo ship is carrying …`), or no label.
 */
function notListed(text: string, end: number, label: string | undefined): string | undefined {
  if (label === undefined || !isEnglishAt(text, end - 1, end)) return label;
  const at = label.indexOf('… ');
  const [lead, counted] = at >= 0 ? [label.slice(0, at), label.slice(at + 2)] : ['', label];
  if (!counted || !text.startsWith(` ${counted}`, end)) return label;
  const rest = text.slice(end + counted.length + 1);
  const modifier = /^\p{Lu}/u.test(counted.split(' ').at(-1)!) && EN_LIST_OF_FIGURES_AFTER.test(rest);
  // A count's noun may be the first of separate items (`8 ripe pears, cinnamon, …`); what a measure is `of` is all.
  if (!(counted.startsWith('of ') && EN_LIST_AFTER.test(rest)) && !modifier) return label;
  // `included …`, `to deliver …`: a verb alone says nothing of what the figure is.
  return !modifier && lead.trim().split(' ').length >= MIN_LEAD ? `${lead}…` : undefined;
}
/** Fewest words a lead-in left alone on a card must have: a subject and its verb (`the cargo ship is carrying …`). */
const MIN_LEAD = 3;

/**
 * `Excluding the car sector, US retail sales were up 0.6%`: what a sentence opens by leaving out, the figure leaves
 * out too, and a card without it says something else (`retail sales were up … (excluding the car sector)`); one too
 * long to carry leaves no label.
 */
function withExclusion(text: string, start: number, label: string | undefined): string | undefined {
  const left = EN_EXCLUDING.exec(text);
  if (!left || label === undefined || left[0].length > start) return label;
  return left[2]!.split(' ').length <= MAX_EXCLUDED ? `${label} (${left[1]!.toLowerCase()} ${left[2]})` : undefined;
}
/** Longest phrase left out a card carries: `the car sector`. */
const MAX_EXCLUDED = 4;

/**
 * `西吉县像这样的…企业有3家，每年可生产原原种8000万粒`: a clause that opens without its subject (`每年可…`, `是…`, `也…`) goes
 * on about the topic the clause before opened on, and the card names it (`西吉县每年可生产原原种`). Only a topic the
 * sentence opens on (after its openers and who said it) is carried, and only a short name.
 */
function withTopic(text: string, start: number, label: string): string | undefined {
  const head = text.slice(Math.max(0, start - TOPIC_WINDOW), start);
  const clauses = head.slice(head.search(/[^。！？!?]*$/u)).split(ZH_TOPIC_BREAK);
  const unquoted = (c: string) => c.replace(/^[“「『\s]+/u, '');
  const own = unquoted(clauses.pop()!);
  // `是乘用车占60%，商用车占40%`: a clause that repeats the subjectless one before it, verb for verb, with a short bare
  // noun of its own, shares its topic.
  const subjectless = opensWithoutSubject(own);
  const before = unquoted(clauses.at(-1) ?? '');
  const verbAt = before.lastIndexOf(own.at(-1) ?? '');
  const parallel =
    !subjectless &&
    own.length <= MAX_PARALLEL_SUBJECT + 1 &&
    [...own].every((c) => HAN.test(c)) &&
    verbAt >= 0 &&
    /\d/.test(before[verbAt + 1] ?? '') &&
    opensWithoutSubject(before);
  if (parallel) clauses.pop();
  // `每天近20万篇博客日志…出炉`: a label after the figure is its own subject.
  if (clauses.length === 0 || !(parallel || subjectless) || !own.includes(label.slice(0, 2))) return undefined;
  const [previous = '', ...earlier] = clauses.reverse().map((c) => unquoted(c).replace(ZH_CLAUSE_OPENERS, ''));
  // `央行行长在会上表示，每年将…`: who said it is not what it is about.
  if (ZH_LEAD_IN_CLAUSE.test(previous)) return undefined;
  // `而200多人的动画设计队伍，也耗资200多万`: a clause that only names something is the topic of the next, wherever it
  // stands; not one with a verb in it (`美国的通胀持续上升`) or a word of the argument (`最重要的原因`).
  const named = ZH_NOUN_CLAUSE.exec(previous)?.[1];
  const noun =
    named && !hasVerb(previous) && !ZH_CHANGE_IN.test(previous) && !ZH_DISCOURSE_PARTS.test(named) ? named : undefined;
  if (!noun && earlier.some((c) => !ZH_LEAD_IN_CLAUSE.test(c))) return undefined;
  const topic = noun ?? ZH_TOPIC.exec(previous)?.[1] ?? ZH_OWNER_TOPIC.exec(previous)?.[1];
  if (!topic || ZH_NOT_OWNERS.test(topic) || ZH_NOT_TOPICS.test(topic) || label.includes(topic)) return undefined;
  return `${topic}${label}`;
}
/** How far back a topic is looked for: a sentence is at most 400 characters. */
const TOPIC_WINDOW = 400;
/** Longest bare noun a parallel clause may open on (`商用车占…`, not `竞争对手比亚迪占…`). */
const MAX_PARALLEL_SUBJECT = 4;

/**
 * `江门市公安局对…线索成功实施抓捕、抓获嫌疑人92名、捣毁窝点56个`: what a subject did, then results listed after it with 、,
 * each a noun and its count, are that subject's too (`江门市公安局抓获嫌疑人`), as a clause without a subject is the topic's.
 */
function withListSubject(text: string, start: number, label: string): string | undefined {
  const head = text.slice(Math.max(0, start - TOPIC_WINDOW), start);
  const items = head.slice(head.search(/[^。！？!?，,；;：:]*$/u)).split('、');
  const own = items.pop();
  const first = (items.shift() ?? '').replace(/^[“「『\s]+/u, '').replace(ZH_CLAUSE_OPENERS, '');
  const topic = ZH_TOPIC.exec(first)?.[1];
  if (
    own !== label ||
    weight(label) < MIN_LISTED ||
    !topic ||
    ZH_NOT_OWNERS.test(topic) ||
    ZH_NOT_TOPICS.test(topic) ||
    !hasVerb(first.slice(topic.length)) ||
    !items.every((item) => LISTED_RESULT.test(item))
  )
    return undefined;
  return `${topic}${label}`;
}
/**
 * `西吉县像这样的种薯脱毒育种企业有3家`: what the clause counts with 有 is of the place or body it opens on, with what
 * describes it between (`像这样的`) left out: `西吉县种薯脱毒育种企业`.
 */
function withExistentialTopic(text: string, start: number, label: string): string | undefined {
  const head = text.slice(Math.max(0, start - TOPIC_WINDOW), start);
  const clause = head.slice(head.search(/[^。！？!?，,；;：:]*$/u)).replace(ZH_CLAUSE_OPENERS, '');
  const there = ZH_COUNTED_THERE.exec(clause);
  if (!there || !clause.slice(0, there.index).endsWith(`的${label}`)) return undefined;
  const topic = ZH_TOPIC.exec(clause)?.[1];
  const between = clause.slice(topic?.length ?? 0, there.index - label.length - 1);
  if (!topic || ZH_NOT_OWNERS.test(topic) || ZH_NOT_TOPICS.test(topic) || between.length > MAX_MODIFIER)
    return undefined;
  return `${topic}${label}`;
}
/** `有`, `共有`, `约有` ending a clause before its figure. */
const ZH_COUNTED_THERE = /(?:共|约|还|已)?有$/u;

/** A verb and its noun: `捣毁窝点`. */
const MIN_LISTED = 3;
/** An item of a list of results: a noun and its count (`抓获嫌疑人92名`). */
const LISTED_RESULT = /^\p{Script=Han}{2,}\d[\d.,]*[万亿]?\p{Script=Han}$/u;

/** A clause whose first word (by the segmenter's dictionary, so not `共享`, `还款`) leaves its subject unsaid. */
function opensWithoutSubject(clause: string): boolean {
  const [first = '', second = ''] = [...segmenter('zh', 'word').segment(clause.slice(0, 8))].map((s) => s.segment);
  return ZH_SUBJECTLESS.has(first) && !(first === '是' && ZH_COPULA_CAUSE.has(second));
}

/** A verb of the label packs in the clause, or a copula, existential or locative (`是`, `有`, `在`). */
function hasVerb(clause: string): boolean {
  return /[是有在]/u.test(clause) || [...ZH_STOP_VERBS].some((v) => clause.includes(v));
}

/**
 * `Gunmen opened fire on visitors, killing at least 19 people`: a phrase opened by a participle after a comma is
 * done by the subject of the clause before it, and the card says who (`Gunmen killing … people`, `Hong Kong police
 * pinning … students`, `Wild goalie Alex Stalock stopping … shots`). A subject that is a pronoun, holds a number or
 * runs long stays off.
 */
function withParticipleSubject(text: string, start: number, label: string): string | undefined {
  const verb = /^([a-z]+ing)\s/.exec(label)?.[1];
  if (!verb) return undefined;
  const comma = text.lastIndexOf(`, ${verb} `, start);
  if (comma < 0 || text.slice(0, comma).includes(`, ${verb} `)) return undefined;
  const main = text.slice(0, comma).replace(EN_DATELINE, '');
  const parts = main.split(/,\s/);
  const first = EN_INTRO.test(main) ? 1 : 0;
  const words = wordsOf(parts[first] ?? '');
  const verbAt = words.findIndex((w, i) => i > 0 && isFiniteVerb(w));
  // `Wild goalie Alex Stalock, who subbed for …, looked strong`: a subject set off by a relative clause ends at it.
  const relative = /^(?:who|which)\s/.test(parts[first + 1] ?? '');
  const subject = verbAt >= 0 ? words.slice(0, verbAt) : relative ? words : [];
  if (
    subject.length === 0 ||
    subject.length > 5 ||
    subject.some(namesNoOne) ||
    subject.length + label.split(' ').length > MAX_WORDS + 1
  )
    return undefined;
  return `${subject.join(' ')} ${label}`;
}

/**
 * `Energy Control had received over 150 samples`: a label that opens on its verb (`received … samples`) says what was
 * done, and the subject right before the verb in its clause says by whom (`Energy Control had received … samples`).
 */
function withVerbSubject(text: string, start: number, label: string): string | undefined {
  const verb = /^([a-z]+) /.exec(label)?.[1];
  if (!verb || !label.includes('…') || !isFiniteVerb(verb)) return undefined;
  const found = text.lastIndexOf(`${verb} `, start);
  // `the steroids “had …`: the verb may open a quotation.
  const at = /[\s“"‘]/u.test(text[found - 1] ?? '') ? found - 1 : -1;
  if (at < 0 || CLAUSE_PUNCTUATION.test(text.slice(at + 1, start))) return undefined;
  // `Patrick Carlineo Jr., 55, could …`: an age set off after a name is an aside, and the name the subject.
  const head = text.slice(Math.max(0, at - 80), at).replace(EN_AGE_ASIDE, ' ');
  const relative = RELATIVE_AT_END.exec(head);
  const subject = relative ? antecedent(head.slice(0, relative.index)) : subjectOf(besideAppositive(head));
  // `Investors in Europe and Japan had bought`, `Firms that Google acquired had hired`, `The team led by Prof. Li`:
  // a conjunction, a relative or a verb inside leaves no one subject the card could name; nor does a phrase that
  // opens on a preposition (`In Paris the police`).
  const own = subject.slice(0, subject.findLastIndex((w) => !EN_AUXILIARIES.has(w.toLowerCase()) && w !== 'been') + 1);
  if (
    own.some((w) => CLAUSE_WORDS.has(w.toLowerCase()) || isFiniteVerb(w)) ||
    PREPOSITIONS.has(own[0]?.toLowerCase() ?? '')
  )
    return undefined;
  // `Energy Control had`, `the steroids`: a short phrase that names someone or something; not a pronoun, a number or
  // a speaker.
  const definite = /^the$/i.test(subject[0] ?? '') && /^\p{Ll}{3,}/u.test(subject[1] ?? '');
  if (
    subject.length === 0 ||
    subject.length > MAX_SUBJECT ||
    !(definite || subject.some((w, i) => (i > 0 || !EN_DETERMINER_OPENERS.test(w) ? /^\p{Lu}/u.test(w) : false))) ||
    subject.some(namesNoOne)
  )
    return undefined;
  const words = [...subject, ...label.split(' ')];
  return words.length <= MAX_WORDS + 2 ? words.join(' ') : undefined;
}
/**
 * The words of the last clause of `head`, or, where that clause is an appositive set off by commas (`Shares in Cairn
 * Energy, a UK oil firm, | have closed down …`), of the clause it renames.
 */
function besideAppositive(head: string): string[] {
  const trimmed = head.replace(/,\s*$/u, '');
  if (trimmed.length === head.length) return lastClause(head)[1];
  const [cut, appositive] = lastClause(trimmed);
  // An appositive is a short noun phrase: a clause with a verb or a number after the comma is one of its own.
  const renames =
    /^(?:a|an|the)$/.test(appositive[0] ?? '') &&
    appositive.length <= MAX_APPOSITIVE &&
    !appositive.some((w) => isFiniteVerb(w) || isNumber(w));
  if (cut === 0 || !renames) return [];
  return lastClause(trimmed.slice(0, cut).replace(/,\s*$/u, ''))[1];
}

/** Longest appositive: `the world's largest ski-maker`. */
const MAX_APPOSITIVE = 6;

/**
 * `Officials said (that) the virus could infect …`, `when Braun's Ithaca Holdings purchased …`: what was said, or a
 * clause a subordinator opens, has its own subject, which ends the clause's words.
 */
function subjectOf(clause: readonly string[]): string[] {
  const opened = clause.findLastIndex((w) => EN_SAYING.test(w) || EN_SUBORDINATORS.has(w.toLowerCase()));
  return clause.slice(opened + 1 + (/^that$/i.test(clause[opened + 1] ?? '') ? 1 : 0));
}

/**
 * `Uber, which has lost …`, `the Afghan war, a … conflict that has lasted …`: a relative clause's subject is the noun
 * before it, and an appositive's (`a costly conflict`) the noun it renames. `head` ends where the relative stood.
 */
function antecedent(head: string): string[] {
  const [cut, clause] = lastClause(head.replace(/,\s*$/u, ''));
  // `The biggest hitter is The Aviator, which …`: the noun phrase right before the relative, after any verb.
  const ends = (w: string) => opensClause(w) || isFiniteVerb(w) || PREPOSITIONS.has(w.toLowerCase());
  if (!/^an?$/i.test(clause[0] ?? '')) {
    const named = subjectOf(clause.slice(clause.findLastIndex(ends) + 1));
    // `to start the Dutchman, who …`: a verb left before the noun phrase is not part of it.
    const opens = named.findIndex((w) => DETERMINERS.has(w.toLowerCase()) || /^\p{Lu}/u.test(w));
    return opens < 0 ? named : named.slice(opens);
  }
  const before = head.slice(0, cut).replace(/,\s*$/u, '');
  if (before.length === head.slice(0, cut).length) return [];
  const [, renamed] = lastClause(before);
  return renamed.slice(renamed.findLastIndex(opensClause) + 1);
}
const opensClause = (word: string) => CLAUSE_WORDS.has(word.toLowerCase());
const RELATIVE_AT_END = /\s(?:that|which|who)\s*$/i;

/** Longest subject carried onto a card: `Marijuana for recreational use has been`. */
const MAX_SUBJECT = 6;
/** A capitalised article opens a sentence, and names no one. */
const EN_DETERMINER_OPENERS = /^(?:The|A|An|This|That|These|Those)$/;

/** A word that leaves a subject naming no one the card can show: a pronoun, the writer or reader, a number. */
function namesNoOne(word: string): boolean {
  return (
    POINTING_SUBJECTS.has(bare(word)) ||
    EN_SPEAKERS.has(bare(word)) ||
    EN_POSSESSIVES.has(word.toLowerCase()) ||
    isNumber(word)
  );
}

function zhClauseLabel(text: string, start: number, end: number, label: string): string | undefined {
  // `陆军士兵参加`: a label that ends on its verb says what was done, not by whom; the clause does.
  if (label.includes('…') || (weight(label) > THIN && !ZH_STOP_VERBS.has(label.slice(-2)))) return undefined;
  // A clause is read no further than a card could hold, with room for the marks trimmed at its ends.
  let from = start;
  while (from > 0 && start - from <= 2 * MAX_CLAUSE && !ZH_CLAUSE_BREAK.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && to - end <= 2 * MAX_CLAUSE && !ZH_CLAUSE_BREAK.test(text[to]!)) to++;
  if (start - from > 2 * MAX_CLAUSE || to - end > 2 * MAX_CLAUSE) return undefined;
  // `使用4周后，肌肤年轻12年`: a short clause of time just before says when the figure holds, and stays with it when
  // the card can hold both.
  const condition = ZH_CONDITION_BEFORE.exec(text.slice(Math.max(0, from - 12), from));
  const timed = condition ? zhClause(text, start, end, label, from - condition[0].length, to) : undefined;
  return timed ?? zhClause(text, start, end, label, from, to) ?? zhModified(text, start, end, label, from);
}

/**
 * `410万条联系人数据在暗网低价出售。`: where and how what is counted was dealt with, ending its clause, says what the
 * figure is news of (`联系人数据在暗网低价出售`).
 */
function zhDone(text: string, end: number, label: string): string | undefined {
  if (!text.startsWith(label, end)) return undefined;
  const done = ZH_DONE_AFTER.exec(text.slice(end + label.length));
  return done && label.length + done[1]!.length <= MAX_CLAUSE ? `${label}${done[1]}` : undefined;
}

/**
 * `将目前法国各行业的42种退休制度合并成…`: where the clause can't be the label (too long, or misleading), the modifier
 * the sentence gives the counted noun says which (`法国各行业的…退休制度`); it is read back from its 的 to where a subject
 * phrase would begin.
 */
function zhModified(text: string, start: number, end: number, label: string, from: number): string | undefined {
  if (text[start - 1] !== '的' || !text.startsWith(label, end)) return undefined;
  const before = text.slice(from, start - 1);
  const modifier = afterLastSplit(before);
  // `概念车、家用车…和越野车的10款车型`: the last of a list modifies no more than the others.
  if (
    before.includes('、') ||
    modifier.length < MIN_ADDED ||
    modifier.length > MAX_MODIFIER ||
    ![...modifier].every((c) => HAN.test(c)) ||
    ZH_NOT_OWNERS.test(modifier)
  )
    return undefined;
  return `${modifier}的…${label}`;
}
/** Longest modifier a card reads at a glance before its noun. */
const MAX_MODIFIER = 8;

/** The clause `text.slice(from, to)` around the figure as its label, or undefined where it would mislead or not fit. */
function zhClause(
  text: string,
  start: number,
  end: number,
  label: string,
  from: number,
  to: number,
): string | undefined {
  // `人们说……圣保罗有`: the text's own ellipsis would be taken for where the figure stands.
  if (text.slice(from, to).includes('…')) return undefined;
  // Quotes, marks and spaces at a clause's outer ends belong to the sentence around it (`“进入`, `★值得`).
  // `来自美、英、日、德、澳、加拿大、挪威、瑞典8个国家`: the members listed before a count are what it sums; the card keeps
  // the count and what it counts.
  const opened = text
    .slice(from, start)
    .replace(/^[^\p{L}\p{N}《]+/u, '')
    .replace(ZH_CLAUSE_OPENERS, '');
  const members = ZH_MEMBERS_BEFORE.exec(opened);
  // Only a list the clause opens with (its verb, `来自`, stays): one found mid-clause may be cut inside an item.
  const before = members && members.index <= 2 ? opened.slice(0, members.index) + (members[1] ?? '') : opened;
  // A 的 closing the clause modifies what the next clause names (`他已有20年经验的，`): not this card's.
  const after = text
    .slice(end, to)
    .replace(/[^\p{L}\p{N}》]+$/u, '')
    .replace(/的$/u, '');
  // `在苗族人口占比98%的“天下苗族第一县”`: with its noun before it, the figure and 的 modify the next noun, which the card
  // would read as what is 98%; the clause ends at the figure, and a 在 that framed it goes too.
  const modifies = after.startsWith('的') && before.includes(label);
  const lead = modifies ? before.replace(/^在/u, '') : before;
  // `订阅超过3000家媒体提供的免费播客内容`: what the counted noun provides describes the noun after it, which the card
  // would read as what is counted; the clause ends at the label.
  const rest = after.startsWith(label) ? after.slice(label.length) : '';
  const describes = ZH_STOP_VERBS.has(rest.slice(0, 2)) && rest[2] === '的';
  const tail = modifies ? '' : describes ? label : after;
  const clause = balanced(`${lead}…${tail}`);
  if (lead.length + tail.length > MAX_CLAUSE || !clause.replace('…', '').includes(label)) return undefined;
  // `其营收达到…`: whose it is, the sentence before says. `平均身高分别为…和160.3cm`: figures paired off with their
  // subjects are labelled one by one (`label-zh.ts`), and the clause would give each the other's.
  // `9月18至23日与相识…`: a date in the clause would be read with the figure.
  // `北京有100所学校、上海有…学校`: the label twice is two figures of one thing, and the card would read the other.
  if (
    ZH_POINTS_ELSEWHERE.test(lead) ||
    ZH_PRONOUN.test(lead) ||
    clause.includes('分别') ||
    ZH_DATE_IN_CLAUSE.test(clause) ||
    countsLabelAgain(clause, label)
  )
    return undefined;
  const added = [...(lead + tail).replace(label, '')].filter((c) => HAN.test(c) && !ZH_EMPTY_CHARS.has(c));
  return added.length >= MIN_ADDED ? clause : undefined;
}

/** Another figure in the clause counting the same noun (`100所学校`, not `2张混音专辑` for `专辑`). */
function countsLabelAgain(clause: string, label: string): boolean {
  for (let i = clause.indexOf(label); i >= 0; i = clause.indexOf(label, i + 1))
    if (COUNTED_BEFORE.test(clause.slice(Math.max(0, i - 12), i))) return true;
  return false;
}
const COUNTED_BEFORE = /\d[\d.,]*[万亿]?\p{Script=Han}?$/u;

/** A quote mark whose pair is outside the clause (`最终“成功禁食…`) is left out. */
function balanced(clause: string): string {
  let out = clause;
  for (const [open, close] of ['“”', '「」', '‘’']) {
    const opens = out.split(open!).length - 1;
    const closes = out.split(close!).length - 1;
    if (opens !== closes) out = out.replaceAll(open!, '').replaceAll(close!, '');
  }
  return out;
}

function weight(label: string): number {
  return [...label].filter((c) => HAN.test(c)).length + LATIN_WORD * (label.match(/[A-Za-z]+/g)?.length ?? 0);
}

/** An English label of this many words may not say whose or which (`fines`, `new cars`, `homes without power`). */
const THIN_WORDS = 3;
/** Most words of an English clause besides its figure. */
const MAX_WORDS = 8;
const CLAUSE_BREAKS = new RegExp(CLAUSE_PUNCTUATION.source, 'g');

/** Where the last clause of `head` starts, and its words. */
function lastClause(head: string): [number, string[]] {
  let cut = 0;
  for (const m of head.matchAll(CLAUSE_BREAKS)) cut = m.index + m[0].length;
  return [cut, wordsOf(head.slice(cut))];
}

/**
 * The English clause around `text.slice(start, end)` with `…` for the figure, for a label of up to three words. A
 * measure's, a share's or an amount's label may follow its `of` (`800 meters of rope`, `almost 50% of student
 * newsrooms`), and money's its `for` or `on` (`pay … for fresh air`).
 */
function enClauseLabel(
  text: string,
  start: number,
  end: number,
  label: string,
  tiedOf: boolean,
  money = false,
): string | undefined {
  let named = label.split(' ');
  if (label.includes('…') || named.length > THIN_WORDS) return undefined;
  const head = text.slice(Math.max(0, start - 120), start);
  const [cut, lead] = lastClause(head);
  // A window that starts or ends inside a word (`hich ends my …`) drops what it cut.
  if (cut === 0 && start > head.length) lead.shift();
  const opener = lead.findLastIndex((w) => CLAUSE_WORDS.has(w.toLowerCase()));
  // `there have been … changesets committed`: an existential opener says only that they exist; `In addition to its
  // order of …`: an additive frame says only that there is more.
  // `Authorities said 28 people were quarantined`: who said it is not what the figure is; `reported a … rise`, `added
  // a … headphone jack` report no clause, and their verb stays.
  const saying = lead.findLastIndex(
    (w, i) => i > opener && EN_SAYING.test(w) && !DETERMINERS.has(lead[i + 1]?.toLowerCase() ?? ''),
  );
  const opened = lead.slice(Math.max(opener, saying) + 1);
  // `another 30 people had been injured`: `another` says only that there are more; `because of | 105,000 jobs lost`:
  // a lone preposition left of its phrase says nothing.
  if (/^(?:another|further)$/i.test(opened[0] ?? '')) opened.shift();
  if (opened.length === 1 && PREPOSITIONS.has(opened[0]!.toLowerCase())) opened.shift();
  const before = (/^(?:and|or)$/i.test(lead[opener] ?? '') ? opened.slice(listedNames(opened)) : opened)
    .join(' ')
    .replace(EN_EXISTENTIAL, '')
    .replace(EN_ADDITIVE, '')
    .split(' ')
    .filter(Boolean);
  // `poverty levels, …, economic mobility and unemployment levels among … countries`, `a 12MP camera, and 10-hour
  // battery life are also in tow`: the last item of a list, which the card would read as the whole.
  const listed = head.slice(0, cut).trimEnd().endsWith(',') && opener >= 0 && opener <= 3;
  const verbal = (w: string) => isFiniteVerb(w) || /\p{Ll}ing$/u.test(w);
  // After `, and` only an article and a modifier may stand before the figure of a list's last item.
  if (
    listed &&
    /^(?:and|or)$/i.test(lead[opener]!) &&
    !lead.slice(0, opener).some(verbal) &&
    (opener > 0 || before.length === 0 || (before.length <= 2 && DETERMINERS.has(before[0]!.toLowerCase())))
  )
    return undefined;
  // `which is responsible for … employees`: the relative clause's subject is the noun before `which`, not on the card;
  // `anyone who is ready to pay … for fresh air`: a verb after `to` says what is done without it.
  // `rap star Kanye West, who is in contention for … awards`: a name the relative follows is its subject, and the card
  // names it (`Kanye West is in contention for … awards`).
  if (EN_RELATIVES.has(lead[opener]?.toLowerCase() ?? '') && EN_AUXILIARIES.has(before[0]?.toLowerCase() ?? '')) {
    const to = before.indexOf('to');
    const name = opener === 0 && cut > 0 ? antecedent(head.slice(0, cut)) : [];
    if (name.length > 0 && name.length <= MAX_NAME && name.every((w) => /^\p{Lu}/u.test(w) && !namesNoOne(w)))
      before.unshift(...name);
    else if (to < 1 || to > MAX_FRAME || to === before.length - 1) return undefined;
    else before.splice(0, to + 1);
  }
  // `300 Indians, including one woman, were deported`: an aside between the counted noun and its verb is left out.
  const window = text.slice(end, end + 160);
  const spliced = window.replace(EN_ASIDE_AFTER_NOUN, '$1 ');
  const tail = spliced.slice(0, 120);
  const close = CLAUSE_PUNCTUATION.exec(tail);
  const trail = wordsOf(close ? tail.slice(0, close.index) : tail);
  // Cut short by the window, not by the sentence's end: its last word may be half a word.
  if (!close && (spliced.length > tail.length || end + window.length < text.length)) trail.pop();
  // `pay … for fresh air`, `spent … on ads`: what money is paid for or spent on is its label, after its preposition.
  const tie = money ? /^(?:of|for|on)$/ : /^of$/;
  const of = tiedOf && tie.test(trail[0]?.toLowerCase() ?? '') ? 1 : 0;
  // `people hooked up` of `people are hooked up to the net`: a noun and its participle, which the clause says in full.
  if (named.length >= 2 && trail[of] === named[0] && trail.indexOf(named[1]!, of + 2) > 0) named = [named[0]!];
  // `the 400 city laborers who work on water mains`: a relative clause right after the counted noun says which.
  const relativeAt = of + named.length;
  // `people were also killed`: after an auxiliary, `also` is the verb's adverb, not a list.
  const clauseEnd = (skip: number) =>
    trail.findIndex(
      (w, i) =>
        (CLAUSE_WORDS.has(w.toLowerCase()) && i !== skip && !joinsParticiples(trail, i)) ||
        (EN_LISTING.has(w.toLowerCase()) && !EN_AUXILIARIES.has(trail[i - 1]?.toLowerCase() ?? '')),
    );
  const defines = named.every((w, i) => trail[of + i] === w) && EN_DEFINING.has(trail[relativeAt]?.toLowerCase() ?? '');
  // A defining clause is read whole or not at all: cut, it says something else (`laborers who work | on water mains`).
  const whole = defines ? clauseEnd(relativeAt) : -1;
  const fits = defines && before.length + (whole < 0 ? trail.length : whole) <= MAX_WORDS;
  // `more than 200 items | he has collected`: a clause its subject opens right after the counted noun says which,
  // through a pronoun the card can't show.
  const contact = PERSONAL_PRONOUNS.has(trail[relativeAt]?.toLowerCase() ?? '') ? relativeAt : -1;
  const ends = [fits ? whole : clauseEnd(-1), contact].filter((i) => i >= 0);
  const stop = ends.length > 0 ? Math.min(...ends) : -1;
  const after = stop < 0 ? trail : trail.slice(0, stop);
  // `residents identified ethnically | as European`: `as` is as often the verb's complement as a new clause.
  if (trail[stop]?.toLowerCase() === 'as' && after.length > of + named.length) return undefined;
  // `The event at the Kodak Theatre will be attended by … people`: in a long clause, a phrase of place or time inside
  // the subject goes first.
  if (before.length + after.length > MAX_WORDS && DETERMINERS.has(before[0]?.toLowerCase() ?? '')) {
    const verb = before.findIndex((w, i) => i >= 2 && isFiniteVerb(w));
    const inner = before.findIndex((w, i) => i >= 2 && i < verb && PLACE_IN_SUBJECT.has(w.toLowerCase()));
    if (verb > 0 && inner > 0 && !before.slice(1, inner).some(isFiniteVerb)) before.splice(inner, verb - inner);
  }
  // `Chinese online game operator Shanda Interactive Entertainment has bought …`: in a long clause, who the subject is
  // (`online game operator`) goes before its name.
  if (before.length + after.length > MAX_WORDS) before.splice(0, describedName(before));
  // A long clause ends before a phrase that only adds how, why or where (`were deported by Mexican immigration
  // authorities | for illegally entering …`), so long as the noun's verb stays.
  if (before.length + after.length > MAX_WORDS) {
    // `Chelsea have … paid the … fee | to the Spanish league`: with its verb before the figure (a clause of two words
    // or more has one), the counted noun may end the clause; otherwise the verb after the noun stays (`… Indians were
    // deported | for …`).
    const verbBefore = (before.some(isFiniteVerb) || before.length >= 2) && named.every((w, i) => after[of + i] === w);
    const least = of + named.length + (verbBefore ? 0 : 2);
    const at = after.findLastIndex(
      (w, i) =>
        i >= least &&
        before.length + i <= MAX_WORDS &&
        (EN_ADJUNCTS.has(w.toLowerCase()) || (verbBefore && w.toLowerCase() === 'to')),
    );
    if (at > 0) after.length = at;
    // `had created roles specifically | for the web`, `savings compared | to …`: an adverb or participle left before
    // the cut modified what was cut.
    // A participle after `been`, `were` is the verb itself (`have already been raised | in the Court`).
    while (
      at > 0 &&
      after.length > of + named.length &&
      (/^\p{Ll}{3,}(?:ly|ed|ing)$/u.test(after.at(-1)!) || EN_PREPOSITION_HEADS.has(after.at(-1)!)) &&
      !PASSIVE_BEFORE.has(after.at(-2)?.toLowerCase() ?? '')
    )
      after.pop();
  }
  // `… goes on sale for | as low as $29`: a phrase cut on a function word leaves out what it was saying.
  if (after.length > of + named.length && stopwordsFor('en').has(after.at(-1)!.toLowerCase())) return undefined;
  // The label right after the figure is what it counts (`$250,000 fines`); one after `of` is its whole or its unit. A
  // label the clause names before the figure is its subject (`A quarter cup is …`, calories).
  const labelAfter = named.every((w, i) => after[of + i] === w);
  const labelAt = labelAfter ? -1 : runAt(before, named);
  if ((!labelAfter && labelAt < 0) || before.length + after.length > MAX_WORDS) return undefined;
  // A pronoun says whose only with the sentence before (`I lost … followers`); another number would be read as this one.
  const pointing = (w: string) =>
    POINTING_SUBJECTS.has(bare(w)) || EN_OBJECT_PRONOUNS.has(w.toLowerCase()) || EN_POSSESSIVES.has(w.toLowerCase());
  // After the noun, `they` is the noun itself (`4 in 10 adults said they …`); the writer or the reader (`… rate you'll
  // find`) is no one the card can name.
  const speaker = (w: string) => EN_SPEAKERS.has(bare(w));
  // `this morning`, `that week`: a demonstrative of time says when, and points nowhere.
  const pointsAt = (w: string, i: number, words: readonly string[]) =>
    pointing(w) && !(EN_DEMONSTRATIVES.has(w.toLowerCase()) && TIME_NOUNS.has(words[i + 1]?.toLowerCase() ?? ''));
  // Another number would be read as this one; not the label's own, a year it holds by (`solar by 2030`) or a rate's
  // span (`for fresh air for 15 minutes`).
  const clause = [...before, '…', ...after];
  // `3G`, `4K`: a digit and capitals name a standard, not another number.
  const another = (w: string, i: number) =>
    isNumber(w) &&
    !/^\d+\p{Lu}+$/u.test(w) &&
    !named.includes(w) &&
    !(EN_RATE_BEFORE.has(clause[i - 1]?.toLowerCase() ?? '') && TIME_NOUNS.has(clause[i + 1]?.toLowerCase() ?? '')) &&
    !(EN_YEAR_BEFORE.has(clause[i - 1]?.toLowerCase() ?? '') && /^(?:19|20)\d\d$/.test(w));
  if (before.some(pointsAt) || after.some(speaker) || clause.some(another)) return undefined;
  // `the first stop of … cities`, `one of … teams`: a part of the figure's whole, which the card would read as the whole.
  if (EN_PART_OF.test(before.join(' '))) return undefined;
  const said = [
    ...before.filter(
      (w, i) =>
        !EN_LISTING.has(w.toLowerCase()) &&
        !EN_CLAUSE_HEDGES.has(w.toLowerCase()) &&
        (labelAt < 0 || i < labelAt || i >= labelAt + named.length),
    ),
    ...after.slice(labelAfter ? of + named.length : 0),
  ];
  if (!hasCommonWord(said) && !namedSubject(before)) return undefined;
  return [...before, '…', ...after].join(' ');
}

/**
 * `LG Card has … customers`, `Colombia has a population of …`: a name and its verb say whose the figure is, though
 * every other word is a function word.
 */
function namedSubject(before: readonly string[]): boolean {
  const verb = before.findIndex(isFiniteVerb);
  const name = before.slice(/^The$/.test(before[0] ?? '') ? 1 : 0, verb);
  // `Turnout was …`: a copula alone adds nothing to the subject, which the label already is.
  return (
    verb >= 1 &&
    !(COPULAS.has(before[verb]!.toLowerCase()) && verb === before.length - 1) &&
    name.length > 0 &&
    name.length <= MAX_NAME &&
    name.every((w) => /^\p{Lu}/u.test(w) && !namesNoOne(w) && !EN_DETERMINER_OPENERS.test(w))
  );
}
/**
 * How many words open `words` to say who a name is (`Multimillionaire Tory donor | Peter Hall has given`): a run that
 * holds a lower-case noun, before a name of capitalised words and its verb; 0 where there is none.
 */
function describedName(words: readonly string[]): number {
  const verb = words.findIndex(isFiniteVerb);
  if (verb < 2) return 0;
  let name = verb;
  while (name > 0 && /^\p{Lu}\p{Ll}/u.test(words[name - 1]!) && !namesNoOne(words[name - 1]!)) name--;
  const described = words.slice(0, name);
  return name < verb &&
    verb - name <= MAX_NAME &&
    described.some((w) => /^\p{Ll}{3,}$/u.test(w)) &&
    described.every(
      (w) => /^[\p{L}-]+$/u.test(w) && !DETERMINERS.has(w.toLowerCase()) && !PREPOSITIONS.has(w.toLowerCase()),
    )
    ? name
    : 0;
}
const COPULAS = new Set(['is', 'are', 'was', 'were']);
/** Longest name a subject may be: `Shanda Interactive Entertainment`. */
const MAX_NAME = 4;

/** Prepositions of place a subject may carry (`The event at the Kodak Theatre`). */
const PLACE_IN_SUBJECT = new Set(['at', 'in', 'on', 'near']);

/** `will be axed or changed`: `and`, `or` between two participles join one verb, and end no clause. */
function joinsParticiples(words: readonly string[], i: number): boolean {
  const participle = (w = '') => /^\p{Ll}{2,}ed$/u.test(w);
  return /^(?:and|or)$/i.test(words[i]!) && participle(words[i - 1]) && participle(words[i + 1]);
}

/** Forms of `be` and `have` a participle completes: `been raised`, `were killed`, `has grown`. */
const PASSIVE_BEFORE = new Set(['be', 'been', 'being', 'is', 'are', 'was', 'were', 'has', 'have', 'had']);

/** Longest frame before an infinitive: `is ready to`, `are expected to`. */
const MAX_FRAME = 3;

/** Where `run` stands in `words`, word for word; -1 if it doesn't. */
function runAt(words: readonly string[], run: readonly string[]): number {
  for (let i = 0; i + run.length <= words.length; i++) if (run.every((w, j) => words[i + j] === w)) return i;
  return -1;
}
