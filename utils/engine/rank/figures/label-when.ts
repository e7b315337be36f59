/**
 * When a figure is true, where its own clause says so: `26 cases … between 2009 and 2018` → `cases in 2009–2018`,
 * `30.8 GW of solar by 2030` → `solar by 2030`, `1996年…用户数一度超1000万人` → `1996年用户数`. Without it a card reads as
 * the present: a peak of 1996 passes for today's users, a target for 2030 for what is built. Only a year is taken
 * (a day says when it was reported, not what period the number covers), and only a time phrase that dates the
 * figure's clause — not one inside a phrase of its own (`founded in 1998`, `born in 1990`). A figure its clause
 * forecasts rather than reports (`is expected to reach`, `predicts`, `预测`, `预计到2010年…将`) says so too:
 * `中国经济增速（预计）`.
 */

import { EN_OUTLOOK, EN_OUTLOOK_AFTER, EN_OUTLOOK_BEFORE, EN_WHEN_BLOCKERS } from './en/label';
import { EN_MONTHS } from './en/lexicon';
import { digitRuns } from './parse-numbers';
import { ZH_DATED_QUANTITY, ZH_OUTLOOK, ZH_WHEN_BREAKS } from './zh/label';

/**
 * The label a card shows for the figure `text.slice(start, end)` labelled `label`: with the years its clause is
 * about and whether it is a forecast, if the clause says; undefined where it says neither.
 */
export function qualifiedLabel(
  text: string,
  start: number,
  end: number,
  label: string,
  english: boolean,
): string | undefined {
  const dated = english ? enWhen(text, start, end, label) : zhWhen(text, start, label);
  if (label.includes('…')) return dated;
  const before = text.slice(0, start);
  const forecast = english
    ? EN_OUTLOOK.test(before.slice(lastMatchEnd(before, EN_CLAUSE_END))) ||
      EN_OUTLOOK_BEFORE.test(before) ||
      EN_OUTLOOK_AFTER.test(text.slice(end, end + 60))
    : ZH_OUTLOOK.test(before.slice(lastMatchEnd(before, ZH_SENTENCE_END)));
  if (!forecast) return dated;
  return english ? `${dated ?? label} (forecast)` : `${dated ?? label}（预计）`;
}

const YEAR = '(?:1[89]|20)\\d\\d';
/** A month names the period a monthly figure covers (`sold 30,154 new cars in October`); capitalised, so `in may` is no month. */
const MONTH = `(?:${EN_MONTHS})`;
const ZH_SENTENCE_END = /[。；;！？!?]/g;
/**
 * A part of a year after a year (`2019年上半年`, `2019年末`). A period without a year (`上半年，`, `今年，`, `年底，`) dates
 * the clauses after it too, where a comma sets it apart: a report's own period (`上半年，龙湖实现合约销售金额…`) is as
 * much the figure's as a year, and unset it could be the start of a word (`今年中国…`).
 */
const ZH_PART_OF_YEAR =
  '[上下]半年|前三季度|第[一二三四1-4]季度|前[一二三四五六七八九十\\d]+个?月|[一二三四五六七八九十\\d]{1,2}月份?|年?[末底初中]';

/** `between 2009 and 2018`, `from 2010 to 2015`, `in 2019`, `by 2030`, `since 2001`, `in fiscal 2019`. */
const EN_WHEN = new RegExp(
  `\\b(?:(?:between|from)\\s+(${YEAR})\\s+(?:and|to|-|–)\\s+(${YEAR})|(in|by|since|until|through|during)\\s+(?:fiscal\\s+|the\\s+year\\s+)?(${YEAR}|${MONTH}(?:\\s+${YEAR})?))\\b(?![-–/]|\\s*(?:[-–,]|to|and)\\s*\\d)`,
  'gi',
);
/**
 * A clause ends at these; a comma or `and` too, unless a number follows (`26 cases and 11 deaths between …`, `in 2010,
 * 2011 and 2012`).
 */
const EN_CLAUSE_END =
  /[;:()[\]"“”—!?]|,\s(?!\d)|\s-\s|\s(?:but|while|when|whereas|although|which|who|after|before)\s|\sand\s(?!\S*\d)/gi;

/** The English figure `text.slice(start, end)` labelled `label`, with the years its clause is about, if it says. */
function enWhen(text: string, start: number, end: number, label: string): string | undefined {
  if (/\d/.test(label) || label.includes('…')) return undefined;
  const before = text.slice(Math.max(0, start - 120), start);
  const cut = lastMatchEnd(before, EN_CLAUSE_END);
  // A phrase opening the sentence (`In 2019, you can contribute …`) dates all of it, up to another year.
  const opening = /^\s*(in|by|since|during|through)\s+(?:fiscal\s+)?((?:1[89]|20)\d\d),/i.exec(text);
  const later = opening && /\b(?:1[89]|20)\d\d\b/.test(text.slice(opening[0].length, start));
  const after = text.slice(end, end + 120);
  const clauseEnd = after.search(EN_CLAUSE_END);
  // `fell to 94.2 in early February from 95.5 in January`: a time after `from` and another figure is that figure's.
  const other = after.search(/\s(?:from|compared|against|versus)\s/);
  const ends = [clauseEnd, other].filter((i) => i >= 0);
  const right = ends.length > 0 ? after.slice(0, Math.min(...ends)) : after;
  const found = whenIn(right) ?? whenIn(before.slice(cut));
  if (found) return `${label} ${found}`;
  return opening && !later && start > opening[0].length
    ? `${label} ${opening[1]!.toLowerCase()} ${opening[2]}`
    : undefined;
}

function whenIn(clause: string): string | undefined {
  for (const m of clause.matchAll(EN_WHEN)) {
    const previous = /(\S+)\s+$/.exec(clause.slice(0, m.index))?.[1]?.toLowerCase() ?? '';
    // `founded in 1998`, `born in 1990`, `the report published in 2019`: the year dates that word, not the figure.
    if (/[a-z]ed$/.test(previous) || EN_WHEN_BLOCKERS.has(previous)) continue;
    // `1080 pixels by 1920 pixels`: a dimension's second side, not a year.
    if (previous && /^\s+(\S+)/.exec(clause.slice(m.index + m[0].length))?.[1]?.toLowerCase() === previous) continue;
    if (m[4] && /^\p{Ll}/u.test(m[4])) continue;
    if (m[1] && m[2]) return `in ${m[1]}–${m[2]}`;
    return `${m[3]!.toLowerCase()} ${m[4]}`;
  }
  return undefined;
}

/**
 * A Chinese time phrase opening a clause of the figure's sentence: `1996年`, `2019年上半年`, `到1958年末`,
 * `2009年至2018年间`. Chinese puts it first, as the topic of what follows, often across commas.
 */
const ZH_WHEN = new RegExp(
  `(?:^|[，,：:])\\s*(?:在|到|于|截至|截止到?|至)?((${YEAR})年(?:至(${YEAR})年)?(?:${ZH_PART_OF_YEAR})?(?![\\d一二三四五六七八九十]+[月日号])|(?:(?:今年|去年|全年)(?:${ZH_PART_OF_YEAR})?|[上下]半年|前三季度|第[一二三四1-4]季度|年[末底初])(?=[，,]))(?:间|期间|内)?[，,]?`,
  'g',
);

/** The Chinese figure at `start` labelled `label`, with the time phrase its clause opens with (`1996年用户数`), if any. */
function zhWhen(text: string, start: number, label: string): string | undefined {
  if (/\d/.test(label) || !ZH_DATED_QUANTITY.test(label)) return undefined;
  const before = text.slice(0, start);
  let found: RegExpExecArray | undefined;
  for (const m of before.matchAll(ZH_WHEN)) found = m;
  if (!found) return undefined;
  const between = before.slice(found.index + found[0].length);
  // A later time (`如今`, `目前`) or another sentence's end breaks it.
  if (ZH_WHEN_BREAKS.test(between)) return undefined;
  if (found[3] && between.includes('分别')) {
    const year = yearOfListed(text, start);
    return year === undefined ? undefined : `${year}年${label}`;
  }
  return `${found[1]}${label}`;
}

/**
 * `2016年至2018年间，龙湖的营业支出分别为34.5亿元、50.9亿元和85.9亿元`: values listed after 分别 for a span of years,
 * one a year, are each the year's in order (50.9亿元 is 2017's). A list of another length pairs with something else.
 */
export function yearOfListed(text: string, start: number): number | undefined {
  const listStart = text.lastIndexOf('分别', start);
  if (listStart < 0) return undefined;
  let span: RegExpExecArray | undefined;
  for (const m of text.slice(0, listStart).matchAll(ZH_WHEN)) span = m;
  if (!span?.[3] || ZH_WHEN_BREAKS.test(text.slice(span.index + span[0].length, listStart))) return undefined;
  const clauseEnd = text.slice(start).search(/[，,。；;！？!?]|$/u);
  const place = digitRuns(text.slice(listStart, start));
  const count = digitRuns(text.slice(listStart, start + clauseEnd));
  const from = Number(span[2]);
  return count === Number(span[3]) - from + 1 ? from + place : undefined;
}

/** Where the last match of the global `re` in `s` ends (0 if none). */
function lastMatchEnd(s: string, re: RegExp): number {
  let end = 0;
  for (const m of s.matchAll(re)) end = m.index + m[0].length;
  return end;
}
