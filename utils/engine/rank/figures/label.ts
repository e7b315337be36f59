/**
 * What a figure counts or measures. Chinese puts the counted noun right after the measure word (`152万家中小微企业`)
 * or names the subject before a verb (`业务满意度超95%`); English puts it after the number (`1,200 people`) or as the
 * subject of a verb of change (`Revenue rose 12%`); `label-en.ts` reads English with a light noun-phrase chunker, `label-zh.ts` Chinese on whole words.
 * Without a parser these are heuristics, so labels stay short and a doubtful label is left out.
 */

import type { FigureKind } from '../types';
import { enCounted, enLabel } from './label-en';
import { yearOfListed } from './label-when';
import { zhAfter, zhBefore, zhShareOfGroup, zhShareThen, zhWithRate } from './label-zh';
import { digitRuns } from './parse-numbers';
import { HAN, LETTER as LATIN } from './scan-numerals';
import {
  ZH_AGENT,
  ZH_CHANGE_AFTER_FIGURE,
  ZH_CHANGE_IN,
  ZH_DIMENSION_BEFORE,
  ZH_EVENT_VERBS,
  ZH_LIST_OPENER,
  ZH_NOT_HEADINGS,
  ZH_NOT_OWNERS,
  ZH_NOUN_SUFFIX,
  ZH_OWNED_QUANTITY,
  ZH_QUOTED_NOUN,
  ZH_QUOTED_OWNER,
  ZH_RECKONED_BY,
  ZH_RECKONING,
  ZH_REPORTED_BY,
  ZH_RESPECTIVELY,
  ZH_ROUNDUP_HEADING,
  ZH_SHARED_QUANTITY,
  ZH_STOP,
  ZH_TIME_FRAME,
  ZH_TRAILING_ADVERBS,
  ZH_UNIT_BASE,
  ZH_VERBAL_MEASURES,
  ZH_WHOLE_BEFORE_PART,
  ZH_WITHIN,
} from './zh/label';

/**
 * The label of the figure `text.slice(start, end)`. English needs the figure's kind; Chinese looks after the figure,
 * then before it.
 */
export function labelOf(text: string, start: number, end: number, kind?: FigureKind): string | undefined {
  if (isEnglishAt(text, start, end)) return enLabel(text, start, end, kind);
  const share =
    kind === 'percent' || kind === 'ratio'
      ? (zhShareOfGroup(text, start, end) ?? zhShareThen(text, start, end))
      : undefined;
  if (share !== undefined) return share || undefined;
  // A measure named before the number wins over the noun after it: in `晶体管数超过100亿的移动终端芯片` the 100亿 are
  // transistors, the chip is what has them.
  if (ZH_MEASURE_BEFORE.test(text.slice(Math.max(0, start - 8), start))) {
    const before = labelBefore(text, start, kind === 'percent');
    if (before) return withWhose(text, start, before);
  }
  const within = kind === 'duration' || kind === 'measure' ? ZH_WITHIN.exec(text.slice(end, end + 2)) : null;
  if (within) return withinLabel(text, start, end + within[0].length);
  const after = labelAfter(text, start, end);
  if (after && ZH_RECKONING.test(after) && ZH_RECKONED_BY.test(text.slice(0, start)))
    return withWhose(text, start, labelBefore(text, start)?.replace(/^(?:按照|按|以)/u, ''));
  if (!after)
    return withWhose(
      text,
      start,
      respectively(text, start) ??
        labelBefore(text, start, kind === 'percent') ??
        listedAfter(text, start) ??
        (kind === 'percent' ? changeOfPrevious(text, start) : undefined),
    );
  // `宽约2米左右的冰洞`, `落差100米高崖`: a dimension named before a measure is what it measures of the noun after it.
  const dimension =
    kind === 'measure' ? ZH_DIMENSION_BEFORE.exec(text.slice(Math.max(0, start - 4), start))?.[1] : undefined;
  if (dimension) return withWhose(text, start, `${after}${dimension}`);
  const whole = ZH_EVENT_VERBS.has(after.slice(0, 2))
    ? ZH_WHOLE_BEFORE_PART.exec(text.slice(Math.max(0, start - 16), start))
    : null;
  return withWhose(text, start, zhWithRate(text, start, whole ? `${whole[1]}${after}` : after));
}

/**
 * The subject a figure after 分别 (respectively) is of, by its place among the figures: in
 * `营业成本和营业支出增幅却分别高达100.5%和149%` 100.5% is `营业成本增幅` (the last subject's quantity noun is shared),
 * in `北京和上海的房价分别上涨了5%和3%` 5% is `北京的房价上涨`. Undefined where figures and subjects don't pair off.
 */
function respectively(text: string, start: number): string | undefined {
  const clauseStart = text.slice(0, start).search(/[^，。；：！？]*$/u);
  if (!text.slice(clauseStart, start).includes('分别')) return undefined;
  const m = ZH_RESPECTIVELY.exec(text.slice(clauseStart, start));
  if (!m) return undefined;
  const between = text.slice(clauseStart + m.index + m[0].length, start);
  const rest = text.slice(start);
  const place = digitRuns(between);
  const subjects = m[1]!.replace(ZH_TRAILING_ADVERBS, '').split(/[和与及、]/u);
  if (subjects.length !== place + digitRuns(rest.slice(0, rest.search(/[，。；：！？]|$/u)))) return undefined;
  // `在此三年间的营业成本`: the first subject starts after the clause's last 的; `上海的房价`: owners share the noun.
  subjects[0] = subjects[0]!.slice(subjects[0]!.lastIndexOf('的') + 1);
  const last = subjects.at(-1)!;
  const owned = last.lastIndexOf('的');
  const shared = owned > 0 ? last.slice(owned) : (ZH_SHARED_QUANTITY.exec(last)?.[0] ?? '');
  // `其上半年销售毛利率`: 其 (its) points back to an owner this label can't show.
  const subject = subjects[place]!.replace(/^其/u, '');
  // `…分别较去年同期下滑4.51个百分点`: a change is told with its verb, or it reads as the level.
  const change = ZH_CHANGE_IN.exec(between)?.[0] ?? '';
  return `${shared && !subject.endsWith(shared) ? `${subject}${shared}` : subject}${change}`;
}

/**
 * `2016年至2018年间，龙湖的营业支出分别为34.5亿元、50.9亿元和85.9亿元`: one subject before 分别 is what each figure of
 * its list is, the second and third as much as the first, where each is a year's (`label-when.ts` dates them). A
 * list without its years would show the same label on different values.
 */
function listedAfter(text: string, start: number): string | undefined {
  const at = text.lastIndexOf('分别', start);
  if (at < 0 || yearOfListed(text, start) === undefined) return undefined;
  const list = ZH_LIST_OPENER.exec(text.slice(at + 2, start));
  if (!list || /[，。；：！？,;:!?]/u.test(text.slice(at, start))) return undefined;
  return labelBefore(text, at + 2 + list[0].length);
}

/**
 * `龙湖实现合约销售金额1056.2亿元，同比增长8.8%`: a change told right after a figure is the change of what that figure
 * is (`合约销售金额同比增长`), the verb that reported it (`实现`) left out.
 */
function changeOfPrevious(text: string, start: number): string | undefined {
  const m = ZH_CHANGE_AFTER_FIGURE.exec(text.slice(Math.max(0, start - 40), start));
  if (!m) return undefined;
  const end = start - m[0].length + m[1]!.length;
  const previous = labelOf(text, end - m[1]!.length, end);
  if (!previous || previous.includes('…')) return undefined;
  // `奖学金获得者人数`: a reporting verb inside a word (`获得者`) is no verb.
  const reported = ZH_REPORTED_BY.exec(previous)?.[0] ?? '';
  const subject = previous.slice(reported.length);
  const whole = subject.length >= 2 && !ZH_NOUN_SUFFIX.has(subject[0] ?? '') ? subject : previous;
  return `${whole}${m[2]}`;
}

/**
 * A span closed by 内 (within): counted from the moment named before it (`开学报到前14天内`, `返校后72小时内`), or
 * bounding the noun after it (`48小时内核酸检测阴性证明`) when that noun ends its clause. The verb before it (`携带`,
 * `需持`) says nothing of it, and after it an agent (`7天内由各区…安排`) or a clause running on is no noun at all.
 */
function withinLabel(text: string, start: number, from: number): string | undefined {
  const before = labelBefore(text, start);
  if (before && ZH_TIME_FRAME.test(before)) return before;
  if (ZH_STOP.has(text[from] ?? '') || ZH_AGENT.test(text[from] ?? '')) return undefined;
  const after = zhAfter(text, from);
  return after && text.startsWith(after, from) && !HAN.test(text[from + after.length] ?? '') ? after : undefined;
}

/**
 * Whose a Chinese label is, where the sentence says it elsewhere than before a 的: the thing `其` (its) points back
 * to, when the sentence opens on it (`北斗星的转向特性…，其1670mm的车高` is 北斗星's height), and the company a
 * roundup item opens on (`天奇股份：确认中标…，中标额6962万元`), or the frame a sentence opens with (`在“第一城”的…方案中`):
 * `车高`, `中标额` alone would fit every car or item.
 */
function withWhose(text: string, start: number, label: string | undefined): string | undefined {
  if (!label || label.includes('的')) return label;
  const at = text.lastIndexOf(label, start);
  const base = at > 0 ? ZH_UNIT_BASE.exec(text.slice(Math.max(0, at - 8), at)) : null;
  if (base) return `每${base[1]}${label}`;
  // `“软体飞机”造价不到十万元`: a name in quotes right before the quantity is whose it is.
  const quoted = at > 0 ? ZH_QUOTED_OWNER.exec(text.slice(Math.max(0, at - 12), at))?.[1] : undefined;
  if (quoted && ZH_OWNED_QUANTITY.test(label) && !ZH_NOT_OWNERS.test(quoted)) return `${quoted}${label}`;
  if (text[start - 1] === '其' || (at > 0 && at < start && text[at - 1] === '其')) {
    const owner = ZH_OPENING_OWNER.exec(text)?.[1];
    return owner && !ZH_NOT_OWNERS.test(owner) ? `${owner}的${label}` : label;
  }
  if (!ZH_OWNED_QUANTITY.test(label)) return label;
  // `在“第一城”的产权投资方案中，…年回报收益率为8.3%`: the frame the sentence opens with is whose the quantity is;
  // `男生集中在165cm-174cm，平均身高164.8cm`: so is the topic it opens on, for a quantity in a later clause.
  const later = at > 0 && /[，,；;]/.test(text.slice(0, at));
  const scope = (ZH_SCOPE_FRAME.exec(text)?.[1] ?? (later ? ZH_OPENING_TOPIC.exec(text)?.[1] : undefined))?.replace(
    /[“”"「」]/g,
    '',
  );
  if (scope && scope.length >= 2 && scope.length <= 8 && !ZH_NOT_OWNERS.test(scope) && !label.startsWith(scope))
    return `${scope}${label}`;
  const heading = ZH_ROUNDUP_HEADING.exec(text)?.[1];
  return heading && !ZH_NOT_OWNERS.test(heading) && !ZH_NOT_HEADINGS.test(heading) && !label.startsWith(heading)
    ? `${heading}${label}`
    : label;
}

/** A sentence opening on a frame (`在“第一城”的产权投资方案中，`), with the owner before its 的. */
const ZH_SCOPE_FRAME = /^[\s\u3000]*在([^，。的]{2,10}?)(?:的[^，。]{1,8})?(?:中|之中|当中|里)[，,]/u;
/**
 * A sentence opening on its topic: a short noun before what is said of a group (`男生集中在…`, `女生身高集中在…`,
 * `城市学生普遍…`), which a quantity in a later clause is of.
 */
const ZH_OPENING_TOPIC =
  /^[\s\u3000]*([\u4e00-\u9fff]{2,4}?)(?:的)?(?:身高|体重|收入|成绩|年龄|人数)?(?:集中|主要|普遍|大多|大部分|平均|均|都)/u;
/** A sentence opening on an owner: `北斗星的转向特性…`. */
const ZH_OPENING_OWNER = /^[\s\u3000]*([\u4e00-\u9fff]{2,5})的/u;

/** A noun that names a quantity (`晶体管数`, `销售额`, `增长率`, `排量`), then the verb that gives it: `数超过`, `额达`. */
const ZH_MEASURE_BEFORE = /(?:数|量|额|率|值)(?:预计|已经|已|将)?(?:超过|达到|突破|约为|约|达|为|是|超|逾|近)?$/;

/** A figure in English text: no Han character near it (`节约50% IT成本` is Chinese with a Latin word in it). */
export function isEnglishAt(text: string, start: number, end: number): boolean {
  return !HAN.test(text.slice(Math.max(0, start - 6), start)) && !HAN.test(text.slice(end, end + 6));
}

/** What the figure `text.slice(start, end)` counts, right after it: the counted noun (`2,400 homes`, `152万家中小微企业`). */
export function labelAfter(text: string, start: number, end: number): string | undefined {
  let i = end;
  while (text[i] === ' ') i++;
  const c = text[i] ?? '';
  if (c === '的' || HAN.test(c)) return zhAfter(text, c === '的' ? i + 1 : i);
  // `3篇“重要讲话”`: a quoted name right after a measure word is what it counts; not after a measure of times
  // (`提到5次“改革”`), nor a quoted word that modifies a noun after it (`3项“最佳”提名`).
  const measure = text[end - 1] ?? '';
  const quoted =
    c === '“' && HAN.test(measure) && !ZH_VERBAL_MEASURES.has(measure) ? ZH_QUOTED_NOUN.exec(text.slice(i)) : null;
  if (quoted) return quoted[1];
  if (LATIN.test(c)) {
    // A Latin word in Chinese text (`50% IT成本投入`) is read the Chinese way.
    const word = /[A-Za-z][A-Za-z0-9-]*/y;
    word.lastIndex = i;
    const m = word.exec(text);
    if (m && HAN.test(text[i + m[0].length] ?? '')) return zhAfter(text, i);
    return enCounted(text, start, end);
  }
  return undefined;
}

/** The subject named before the figure (Chinese); for a share (`change`), with the verb of change that moved it. */
export function labelBefore(text: string, start: number, change = false): string | undefined {
  let i = start;
  while (i > 0 && text[i - 1] === ' ') i--;
  const c = text[i - 1] ?? '';
  return HAN.test(c) ? zhBefore(text, i, change) : undefined;
}
