/**
 * What may be shown as a key figure. A card is read at a glance, without its sentence: it must say what it counts,
 * and be a fact of the story rather than the time, a person's age or an identifier. Each rule is a row with the
 * reason it exists; a figure any rule refuses is not shown, and an article whose figures are all refused shows none.
 */

import { stopwordsFor } from '../../../core/stopwords';
import type { Candidate } from './candidate';
import {
  CHANGE_VERBS,
  EN_ADVERB_LABEL,
  EN_AND_A_HALF,
  EN_COUNT_BEFORE,
  EN_DISCOURSE_PARTS,
  EN_EVENT_AFTER_DISTANCE,
  EN_FIRST_TIME_IN,
  EN_FROM_BEFORE,
  EN_INSTRUMENT_TERM,
  EN_INSTRUMENTS,
  EN_MEASURE_HEADS,
  EN_PERSON_HEAD,
  EN_RANKED_AFTER,
  EN_RANKED_BEFORE,
  EN_RANKED_WRITTEN,
  EN_RUN_BEFORE,
  EN_RUN_LABEL,
  EN_TO_AFTER,
  EN_WHOLE_OF_PART,
  IRREGULAR_PLURALS,
  LISTICLE_LABEL,
  TIME_ONLY_LABEL,
} from './en/label';
import { followsName } from './exclude-spans';
import {
  ZH_CHANGE_FRAME,
  ZH_CHANGE_VERB,
  ZH_CLAUSE_LABEL,
  ZH_CURRENCY_LABEL,
  ZH_DISCOURSE_PARTS,
  ZH_EVENT_AFTER_YEAR,
  ZH_FROM_BEFORE,
  ZH_LOCATIVE_LABEL,
  ZH_MANNER_LABEL,
  ZH_PREPOSITION_LABEL,
  ZH_PRISON_TERM,
  ZH_RANKED_BEFORE,
  ZH_RANKED_WRITTEN,
  ZH_RATE_AFTER_BASE,
  ZH_STOP_VERBS,
  ZH_TIME_FRAME_BEFORE,
  ZH_TIME_ONLY_LABEL,
  ZH_TO_AFTER,
  ZH_UNIT_BASE,
  ZH_WHOLE_OF_PART,
} from './zh/label';

export interface ShownContext {
  /** Base language of the article (`en`, `zh`). */
  lang: string;
  /** The article's title: a size written before a name there names the product (`16-inch MacBook Pro review`). */
  title: string;
}

interface ShowRule {
  name: string;
  why: string;
  /** `written` is the figure as the article wrote it (`777x`, `超152万家`), in `sentence`. */
  refuses: (figure: Candidate, context: ShownContext, written: string, sentence: string) => boolean;
}

/** Kinds a Chinese writer spells out when incidental: a count (`两个方面`) or a span of a life (`十八年来`, `四十多年的人生`). */
const SPELLED_INCIDENTAL = new Set(['count', 'duration']);

/** Languages whose labels the labeller can read; elsewhere its labels would be grammatical debris (`86 [et]`). */
const LABELLED_LANGUAGES = new Set(['en', 'zh']);

/** The label without the model numbers of the names in it (`iPhone 11 sells for …` → `iPhone  sells for …`). */
function withoutModelNumbers(label: string): string {
  return label.replace(/\b\d{1,3}\b(?![\d,.%])/g, (digits, at: number) => (followsName(label, at) ? '' : digits));
}

const RULES: readonly ShowRule[] = [
  {
    name: 'unread-language',
    why: 'the labeller reads English and Chinese only; a French or Japanese label would be a word cut at random',
    refuses: (_, { lang }) => !LABELLED_LANGUAGES.has(lang),
  },
  {
    name: 'date',
    why: 'a year or a day on its own is when, not what: the time of the story belongs to its sentences',
    refuses: (figure) => figure.kind === 'date',
  },
  {
    name: 'age',
    why: "a person's age (`Robert Hardy, 89`, `the 23-year-old`) says who someone is, not what the story reports",
    refuses: (figure) => figure.role === 'age',
  },
  {
    name: 'unlabelled',
    why: "a number whose meaning can't be given is not a key figure: `1,200` or `$50` alone tells a reader nothing",
    refuses: (figure) => figure.label === undefined,
  },
  {
    name: 'empty-label',
    why: 'a label of function words only (`the`, `of which`, `其中`), or one Latin letter (`x` in `$12K x 52 weeks`), names nothing',
    refuses: (figure, { lang }) =>
      figure.label !== undefined && (onlyFunctionWords(figure.label, lang) || /^[A-Za-z]$/.test(figure.label)),
  },
  {
    name: 'label-holds-number',
    why: 'a label with a number in it (`共11章` for 56条, `历经3年准备` for 2年) describes that other number, or is debris; a model number is part of a name (`iPhone 11 sells for …`)',
    refuses: (figure) =>
      /[0-9０-９]|[一二两三四五六七八九十百千]+[万亿]*[个名家人次条件]/.test(withoutModelNumbers(figure.label ?? '')),
  },
  {
    name: 'dangling-label',
    why: 'a Chinese label ending on a negation, an aspect particle or a verb of change, or a bare verb, was cut mid-clause: `身高不` turns 不超过1.5米 into its opposite, `降至` and `上升` say nothing of what fell or rose',
    refuses: (figure, { lang }) =>
      lang === 'zh' &&
      (/(?:[不没未着了过至到可相为]|方可)$/.test(figure.label ?? '') ||
        ZH_STOP_VERBS.has(figure.label ?? '') ||
        ZH_CHANGE_VERB.test((figure.label ?? '').replace(ZH_CHANGE_FRAME, ''))),
  },
  {
    name: 'preposition-label',
    why: 'a Chinese label opening on a preposition or a copula (`5万元 [为级数递增]`, `[被…]`) is the clause around the number, not what it counts',
    refuses: (figure, { lang }) => lang === 'zh' && ZH_PREPOSITION_LABEL.test(figure.label ?? ''),
  },
  {
    name: 'clause-label',
    why: 'a Chinese label opening on a modal, a conjunction or an adverb of scope (`3000元 [要养活]`, `[而且]`, `[分别收取]`) is the clause after the number, not what it counts',
    refuses: (figure, { lang }) => lang === 'zh' && ZH_CLAUSE_LABEL.test(figure.label ?? ''),
  },
  {
    name: 'manner-label',
    why: 'a label that says how much, how alike or where (`同样` for 2335mm, `分别`, `worldwide`, `apiece`) names nothing counted',
    refuses: (figure, { lang }) =>
      lang === 'zh' ? ZH_MANNER_LABEL.test(figure.label ?? '') : EN_ADVERB_LABEL.test(figure.label ?? ''),
  },
  {
    name: 'locative-label',
    why: 'a Chinese label that is a place relative to something (`200米左右 [下方]`, `附近`) says where, not what is measured',
    refuses: (figure, { lang }) => lang === 'zh' && ZH_LOCATIVE_LABEL.test(figure.label ?? ''),
  },
  {
    name: 'number-in-name',
    why: 'a number word capitalised inside a sentence, with a capitalised word in it or after it, is part of a name (`Ninety Mile beach`, `Three Gorges Dam`)',
    refuses: (figure, { lang }, written, sentence) => {
      const before = sentence.slice(0, figure.start).trimEnd();
      return (
        lang === 'en' &&
        /^\p{Lu}\p{Ll}/u.test(written) &&
        before !== '' &&
        !/[.!?:;"“”‘’([—–-]$/u.test(before) &&
        (/[\s-]\p{Lu}/u.test(written) || /^\s+\p{Lu}/u.test(sentence.slice(figure.end)))
      );
    },
  },
  {
    name: 'listicle',
    why: 'a count before a superlative (`the 10 best deals`, `25 worst inductees`) numbers a list, not a fact',
    refuses: (figure, { lang }) => lang === 'en' && LISTICLE_LABEL.test(figure.label ?? ''),
  },
  {
    name: 'model-number',
    why: 'a multiplier of a hundred or more (`777x jets`) is a model name, not a ratio',
    refuses: (figure, _, written) => (figure.kind === 'ratio' || figure.kind === 'count') && /^\d{3,}x$/i.test(written),
  },
  {
    name: 'name-label',
    why: 'a label of capitalised words only (`Release Clause`, `Intel Core`, `GMT`; in a Chinese page a word such as `101 Entertainment`, not an acronym such as `SKU`) is a name or a headline cut, not what is counted; a plural (`Indians`) still counts',
    refuses: (figure, { lang }, _, sentence) =>
      (lang === 'en' || /^[A-Z][a-z]/.test(figure.label ?? '')) && namesOnly(figure.label ?? '', sentence),
  },
  {
    name: 'instrument-term',
    why: 'the term of a market instrument (`10-year notes`, `Three-month aluminum`) is part of its name; it measures nothing',
    refuses: (figure, { lang }, written) =>
      lang === 'en' && EN_INSTRUMENT_TERM.test(written) && EN_INSTRUMENTS.test(figure.label ?? ''),
  },
  {
    name: 'half-of-a-quantity',
    why: '`a cup and a half of honey`: the half belongs to the quantity before it, and alone it says half of what it is not',
    refuses: (figure, { lang }, written, sentence) =>
      lang === 'en' &&
      /^(?:a |one )?half$/i.test(written) &&
      EN_AND_A_HALF.test(sentence.slice(Math.max(0, figure.start - 30), figure.start)),
  },
  {
    name: 'score-in-play',
    why: 'a score after `at` (`capitalized on their chance at 6-5`) is a moment of the match, not its result',
    refuses: (figure, { lang }, _, sentence) =>
      lang === 'en' && figure.role === 'score' && /\bat\s+$/i.test(sentence.slice(0, figure.start)),
  },
  {
    name: 'time-reference',
    why: 'a span followed by `ago`, `later`, `前` or `来` (`five years ago`, `10多年前`, `成立70年来`), or by `后` with nothing before it to measure (`4个小时后孩子出生`), dates something, it does not measure it',
    refuses: (figure, _, __, sentence) =>
      figure.kind === 'duration' &&
      (/^\s*(?:ago\b|later\b|前(?![期夕景线沿往进行提台列])|以前|之前|来(?![自源看说讲]))/.test(
        sentence.slice(figure.end),
      ) ||
        // `4个小时后孩子出生` dates the birth; `任教30年后` still measures the teaching named before it.
        (/^(?:后(?![期续方面台端勤者])|以后|之后)/.test(sentence.slice(figure.end)) &&
          sentence.slice(figure.end).includes(figure.label ?? '\0'))),
  },
  {
    name: 'time-frame',
    why: 'a span after `头`, `过去`, `未来` (`头两天`, `过去三年`) frames when something was counted, as `over the next three days` does; `for the first time in 25 years` says how rare an event is, not what the span measures',
    refuses: (figure, { lang }, _, sentence) =>
      figure.kind === 'duration' &&
      (lang === 'zh'
        ? ZH_TIME_FRAME_BEFORE.test(sentence.slice(0, figure.start))
        : EN_FIRST_TIME_IN.test(sentence.slice(0, figure.start))),
  },
  {
    name: 'whole-of-part',
    why: 'in `11 of the 12 cities` or `18名值班人员中有10人` the whole is what the part is out of: its card would read as the news',
    refuses: (figure, { lang }, _, sentence) =>
      figure.kind === 'count' &&
      (lang === 'zh'
        ? ZH_WHOLE_OF_PART.test(sentence.slice(figure.end, figure.end + 16))
        : EN_WHOLE_OF_PART.test(sentence.slice(Math.max(0, figure.start - 40), figure.start))),
  },
  {
    name: 'run-of-events',
    why: '`in his first 18 games`, `over the past 10 seasons` frame when a tally was made, as a span of time does',
    refuses: (figure, { lang }, _, sentence) =>
      lang === 'en' &&
      figure.kind === 'count' &&
      EN_RUN_BEFORE.test(sentence.slice(Math.max(0, figure.start - 12), figure.start)) &&
      EN_RUN_LABEL.test(figure.label ?? ''),
  },
  {
    name: 'count-of-one',
    why: 'one of something (`1 assist`, `1个园区`) is `a`, not a statistic',
    refuses: (figure, _, written) =>
      figure.kind === 'count' && figure.value === 1 && !figure.scaled && /^\D*1\D*$/.test(written),
  },
  {
    name: 'whole-share',
    why: '100% is a manner of speaking (`suits you 100%`, `100% battery`, `100%舒适`) unless something changed by it (`rose 100%`)',
    refuses: (figure, { lang }, _, sentence) =>
      figure.kind === 'percent' &&
      figure.value === 100 &&
      !figure.approx &&
      !changedBy(sentence.slice(Math.max(0, figure.start - 24), figure.start), lang),
  },
  {
    name: 'discourse-parts',
    why: "a count of the text's own parts (`2个方面`, `3件事`, `three reasons`, `7 key questions`) numbers the argument, not the world",
    refuses: (figure, { lang }, _, sentence) =>
      figure.kind === 'count' &&
      (lang === 'zh'
        ? ZH_DISCOURSE_PARTS.test(sentence.slice(figure.end)) || ZH_DISCOURSE_PARTS.test(figure.label ?? '')
        : EN_DISCOURSE_PARTS.test(figure.label ?? '')),
  },
  {
    name: 'unit-base',
    why: 'one unit before 的 and the noun of another number (`1平方米的产值480元`) is the base of a rate, not a figure of its own',
    refuses: (figure, { lang }, _, sentence) =>
      lang === 'zh' &&
      ZH_UNIT_BASE.test(sentence.slice(0, figure.end + 1)) &&
      ZH_RATE_AFTER_BASE.test(sentence.slice(figure.end + 1)),
  },
  {
    name: 'earlier-value',
    why: 'in `from 1,061 to 1,128` or `从10万人增至20万人` the first number is what was, the second the news: a card of the first reads as the opposite',
    refuses: (figure, { lang }, _, sentence) => {
      const [before, after] = [
        sentence.slice(Math.max(0, figure.start - 16), figure.start),
        sentence.slice(figure.end, figure.end + 30),
      ];
      return lang === 'zh'
        ? ZH_FROM_BEFORE.test(before) && ZH_TO_AFTER.test(after)
        : EN_FROM_BEFORE.test(before) && EN_TO_AFTER.test(after);
    },
  },
  {
    name: 'sequence-ordinal',
    why: 'an ordinal places an item in a sequence (`her second album`, `第二张专辑`, `first place in the 100 yard freestyle`) unless a superlative or a ranking makes it a standing (`third-largest economy`, `世界第二大`, `排名第一`)',
    refuses: (figure, { lang }, written, sentence) => {
      if (figure.kind !== 'rank') return false;
      const [before, after] = [
        sentence.slice(Math.max(0, figure.start - 12), figure.start),
        sentence.slice(figure.end, figure.end + 16),
      ];
      if (lang === 'zh') return !ZH_RANKED_WRITTEN.test(written) && !ZH_RANKED_BEFORE.test(before);
      return !EN_RANKED_WRITTEN.test(written) && !EN_RANKED_AFTER.test(after) && !EN_RANKED_BEFORE.test(before);
    },
  },
  {
    name: 'year-before-event',
    why: 'a two-digit year before an event (`57年的整风运动`) is 1957, the time of the event, not a span of 57 years',
    refuses: (figure, { lang }, written, sentence) =>
      lang === 'zh' && /^\d{2}年$/.test(written) && ZH_EVENT_AFTER_YEAR.test(sentence.slice(figure.end)),
  },
  {
    name: 'incidental-number',
    why: 'Chinese writes a statistic in digits (GB/T 15835) and an incidental or figurative count or span in characters, scaled or not (`两个方面`, `三种状态`, `十八年来的共同生活`, though a court’s sentence is a span the story reports (`有期徒刑三年`), `一句顶一万句`, `八十万大军`, `三十万个犯人` in a hypothetical) — but an estimate is written so too (`几十万家商家`, `数百人`); `三大`, `十大` name a group. English spells small numbers whatever their weight (`five years in prison`), so it keeps them',
    refuses: (figure, { lang }, written) =>
      lang === 'zh' &&
      ((SPELLED_INCIDENTAL.has(figure.kind) &&
        !/[0-9０-９]/.test(written) &&
        !/^(?:[几数上]|好几)/.test(written) &&
        !ZH_PRISON_TERM.test(figure.label ?? '')) ||
        /^[一二三四五六七八九十两]+大$/.test(written)),
  },
  {
    name: 'inside-name',
    why: 'a number before a capitalised word, after another one or after a count (`Boeing 787 Dreamliner`, `five 787 Dreamliner sales`), is part of a name, a model or an edition',
    refuses: (figure, { lang }, _, sentence) =>
      lang === 'en' &&
      figure.kind === 'count' &&
      /^\s+\p{Lu}/u.test(sentence.slice(figure.end)) &&
      (/\b\p{Lu}[\p{L}&.-]*\s+$/u.test(sentence.slice(0, figure.start)) ||
        EN_COUNT_BEFORE.test(sentence.slice(0, figure.start))),
  },
  {
    name: 'singular-count',
    why: 'a count of something singular (`777 program`, `737 Max jet`, `50 yard freestyle`) names a model, an event or a place in a list; a tally or a reading named before it, or a noun it is `of`, is what it measures (`The death toll climbed to 52`, `the air quality index was 218`, `a population of 12,000`)',
    refuses: (figure, { lang }, _, sentence) =>
      lang === 'en' &&
      figure.kind === 'count' &&
      figure.unit === undefined &&
      figure.value > 1 &&
      isSingularNoun(figure.label) &&
      !measureNamedBefore(figure, figure.label!, sentence),
  },
  {
    name: 'year-of-a-name',
    why: 'a year before a name or one thing (`the 2019 American Music Awards`, `the 2013 census`) says which edition, it counts nothing; a year before a plural may count (`2000 students`)',
    refuses: (figure, { lang }, written) =>
      lang === 'en' &&
      /^(?:19|20)\d\d$/.test(written) &&
      (/^\p{Lu}/u.test(figure.label ?? '') || isSingularNoun(figure.label)),
  },
  {
    name: 'product-size',
    why: 'a size before a product name (`16-inch MacBook Pro`, `11-inch iPad`: a capital in its first word) names the model, it measures nothing in the story; so does the size the headline names a product by (`16-inch MacBook Pro review`: `the 16-inch base`)',
    refuses: (figure, { lang, title }, written) =>
      lang === 'en' &&
      figure.kind === 'measure' &&
      /-[a-z]+$/i.test(written) &&
      (/^\p{Ll}*\p{Lu}/u.test(figure.label ?? '') || namesProduct(written, title)),
  },
  {
    name: 'product-capacity',
    why: 'a storage size right after a product name (`MacBook 256GB`, `iPhone 11 Pro 64GB`) says which model, it measures nothing in the story',
    refuses: (_, { lang }, written, sentence) =>
      lang === 'en' &&
      /^\d+\s?(?:GB|TB|MB)$/i.test(written) &&
      /\p{Lu}[\p{L}\d]*\s+$/u.test(
        sentence.slice(Math.max(0, sentence.indexOf(written) - 30), sentence.indexOf(written)),
      ),
  },
  {
    name: 'event-distance',
    why: 'a distance before a race, a title or a medal (`200m champion`, `100m silver medallist`, `400m runners`) names the event, it measures nothing in the story',
    refuses: (figure, { lang }, written) =>
      lang === 'en' &&
      /^(?:over\s+)?\d[\d,.]*\s?(?:m|km|k|metres?|meters?|yards?|miles?)$/i.test(written) &&
      EN_EVENT_AFTER_DISTANCE.test(figure.label ?? ''),
  },
  {
    name: 'part-of-a-time',
    why: 'minutes before seconds (`14 minutes 32.93 seconds`) are part of one time, a race’s or a record’s, which the card would cut',
    refuses: (figure, { lang }, _, sentence) =>
      lang === 'en' &&
      figure.kind === 'duration' &&
      /^\s+\d[\d.]*\s*(?:seconds|secs?|minutes|mins?)\b/i.test(sentence.slice(figure.end)),
  },
  {
    name: 'fee-of-a-person',
    why: 'money before a player or a hire (`the £6million former Ajax skipper`) is what they cost, and a card labelled with the person says the person is the amount',
    refuses: (figure, { lang }) => lang === 'en' && figure.kind === 'money' && EN_PERSON_HEAD.test(figure.label ?? ''),
  },
  {
    name: 'denomination',
    why: 'money before a note or a coin (`£20 notes`) is its face value, a name of the note, not an amount the story reports',
    refuses: (figure, { lang }) =>
      lang === 'en' && figure.kind === 'money' && /^(?:notes?|bills?|coins?)$/i.test(figure.label ?? ''),
  },
  {
    name: 'anniversary',
    why: 'an anniversary or an edition (`50th anniversary tour`) says which one, like an age, not what happened',
    refuses: (figure, _, written) =>
      /\b(?:anniversary|birthday|edition|jubilee)\b|周年|届/i.test(`${written} ${figure.label ?? ''}`),
  },
  {
    name: 'currency-label',
    why: 'a currency or its coin as the label (`4.5亿元 [人民币]`, `40 euro [cents]`) says what unit the figure is in, not what it is',
    refuses: (figure, { lang }) =>
      lang === 'zh' ? ZH_CURRENCY_LABEL.test(figure.label ?? '') : /^(?:cents?|pence)$/i.test(figure.label ?? ''),
  },
  {
    name: 'time-label',
    why: 'a unit of time as the label (`23 percent [month]`) says when the share was measured, not of what; time as the label of a span (`2年 [时间]`) repeats it',
    refuses: (figure, { lang }) => (lang === 'en' ? TIME_ONLY_LABEL : ZH_TIME_ONLY_LABEL).test(figure.label ?? ''),
  },
];

/** The title writes `size` (in any case) before a capitalised word: `13-Inch MacBook Pro With Scissor Keyboard`. */
function namesProduct(size: string, title: string): boolean {
  const at = title.toLowerCase().indexOf(size.toLowerCase());
  return at >= 0 && /^\s+\p{Ll}*\p{Lu}/u.test(title.slice(at + size.length));
}

/** A verb of change right before a share (`rose by 100%`, `增长了100%`): the share is how much it changed. */
function changedBy(before: string, lang: string): boolean {
  if (lang === 'zh') return /(?:增长|增加|上升|上涨|提高|提升|下降|减少|降低|下跌)了?$/.test(before);
  const words = before.toLowerCase().match(/[a-z]+/g) ?? [];
  return words.slice(-3).some((w) => CHANGE_VERBS.has(w));
}

const NAME_ONLY = /^\p{Lu}[\p{Script=Latin}'’.-]*(?:\s+\p{Lu}[\p{Script=Latin}'’.-]*)*$/u;

/** Capitalised words only, not a plural, and not capitalised merely by opening the sentence (`Revenue rose 12%`). */
function namesOnly(label: string, sentence: string): boolean {
  if (!NAME_ONLY.test(label) || /s$/.test(label)) return false;
  const opens = sentence
    .trimStart()
    .replace(/^[\p{P}\s]+/u, '')
    .startsWith(label);
  return !opens || /\s/.test(label);
}

/**
 * A label read before the figure that is what it measures: a tally or a reading (`The death toll climbed to 52`) or the
 * noun it is `of` (`a population of 12,000`).
 */
function measureNamedBefore(figure: Candidate, label: string, sentence: string): boolean {
  const words = label.split(' ');
  if (sentence.slice(figure.end, figure.end + 40).includes(words[0]!)) return false;
  return (
    EN_MEASURE_HEADS.has(words.at(-1)!.toLowerCase()) ||
    /\bof\s+$/.test(sentence.slice(Math.max(0, figure.start - 8), figure.start))
  );
}

/**
 * A noun label with no plural in it; a context phrase (`have to pay …`) or a label with a plural noun is not
 * (`school districts closed`: what happened may follow the noun).
 */
function isSingularNoun(label: string | undefined): boolean {
  if (!label || label.includes('…')) return false;
  return !label
    .toLowerCase()
    .split(/\s+/)
    // `census`, `bonus`, `crisis`, `class` end in s and are one thing.
    .some((word) => /[^siu]s$/.test(word) || IRREGULAR_PLURALS.has(word));
}

/** Spaced words all on the language's stop list; a Chinese label is one unit (`其中`). No segmenter per figure. */
function onlyFunctionWords(label: string, lang: string): boolean {
  const stop = stopwordsFor(lang);
  return label
    .toLowerCase()
    .split(/[\s-]+/)
    .filter(Boolean)
    .every((word) => stop.has(word));
}

/** The first rule that refuses `figure`, or undefined when it may be shown. */
export function refusal(
  figure: Candidate,
  context: ShownContext,
  written: string,
  sentence: string,
): string | undefined {
  return RULES.find((rule) => rule.refuses(figure, context, written, sentence))?.name;
}
