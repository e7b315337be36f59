/**
 * Chinese labels: the counted noun right after a measure word (`152万家中小微企业`), else the subject named before
 * the number and its verb (`业务满意度超95%`), cut on whole words.
 */

import { segmenter } from '../../../core/segmenter';
import { HAN, LETTER as LATIN } from './scan-numerals';
import {
  ZH_CHANGE_TRAIL,
  ZH_DEMONSTRATIVE,
  ZH_EVENT_VERBS,
  ZH_GROUP_BEFORE,
  ZH_HEDGE_AFTER,
  ZH_LEFT_SPLIT_CHARS,
  ZH_LEFT_SPLIT_WORDS,
  ZH_LEFT_TRAIL,
  ZH_LOCATIVE_MODIFIERS,
  ZH_NOT_OWNERS,
  ZH_NOUN_ENDINGS,
  ZH_NOUN_OPENINGS,
  ZH_NOUN_SUFFIX,
  ZH_OPEN_ENDINGS,
  ZH_PLACE,
  ZH_POINTS_ELSEWHERE,
  ZH_RATE,
  ZH_SAYING,
  ZH_SCOPE_ADVERB,
  ZH_STOP,
  ZH_STOP_AFTER_FIRST,
  ZH_STOP_VERBS,
  ZH_THERE_ARE,
  ZH_THERE_ARE_HEDGE,
  ZH_TRAILING_ADVERBS,
} from './zh/label';

/** Longest label in Han characters: longer ones are clauses, not names of what is counted. */
const MAX_HAN = 12;
/** A counted noun with what happened to it may run longer: `产品入选国家级绿色设计产品` is one fact. */
const MAX_EVENT = 15;
/** A subject read leftwards never crosses punctuation or a space. */
const CLAUSE_BREAK = /[，。、；：！？,;:!?（）()“”"《》「」『』【】[\]\s…—]/;

/** The noun counted after a measure word: up to the first particle, locative or verb. */
export function zhAfter(text: string, from: number): string | undefined {
  let j = from;
  while (j < text.length && j - from < MAX_HAN + 8) {
    const c = text[j] ?? '';
    const first = j === from;
    if (
      !(HAN.test(c) || LATIN.test(c) || (c === ' ' && LATIN.test(text[j - 1] ?? '') && LATIN.test(text[j + 1] ?? '')))
    )
      break;
    const inNoun = ZH_NOUN_ENDINGS.has(text.slice(j - 1, j + 1)) || ZH_NOUN_OPENINGS.has(text.slice(j, j + 2));
    if (ZH_STOP.has(c) && !inNoun) break;
    if (!first && ZH_SCOPE_ADVERB.test(text.slice(j, j + 2))) break;
    if (!first && ZH_STOP_AFTER_FIRST.has(c) && !inNoun && !ZH_LOCATIVE_MODIFIERS.has(text.slice(j - 1, j + 1))) break;
    if (ZH_STOP_VERBS.has(text.slice(j, j + 2))) {
      // `签约金`, `销售额`: the verb is the start of a noun, and read as a whole.
      if (ZH_NOUN_SUFFIX.has(text[j + 2] ?? '')) {
        j += 2;
        continue;
      }
      // What happened to what is counted belongs with it: `15家企业入选国家级绿色工厂`, `3人确诊`.
      if (j > from && ZH_EVENT_VERBS.has(text.slice(j, j + 2))) return withEvent(text, from, j);
      break;
    }
    j++;
  }
  // `15个人左右的项目组`: the hedge after the noun belongs to the number, and the noun it hedges is further on.
  const hedge = text.slice(from, j).search(ZH_HEDGE_AFTER);
  if (hedge >= 0) j = from + hedge;
  // `12个联邦、州和地方政府的委员会`: the first of a list of modifiers, not what is counted (`4个税种、5项政策` lists figures).
  if (text[j] === '、' && !/[\d一二两三四五六七八九十]/.test(text.slice(j + 1, j + 5))) return undefined;
  // `以7亿韩元签定了三张唱片合约`: one word with an aspect particle after it is a verb, not what is counted.
  if (j - from <= 2 && /[了着过]/u.test(text[j] ?? '')) return undefined;
  // `收购控股子公司日本伊戈尔|少数股权`: a phrase too long for a card, cut, names something else.
  if (j - from > MAX_HAN) return undefined;
  return wholeWords(text, from, j, false);
}

/** The counted noun `text.slice(from, verb)`, its verb and what follows it to the clause's end, if a label holds it. */
function withEvent(text: string, from: number, verb: number): string | undefined {
  let j = verb + 2;
  while (j < text.length && j - from < MAX_EVENT && HAN.test(text[j] ?? '') && text[j] !== '的') j++;
  // A clause too long for a label is cut nowhere, and one stopped at 的 is cut from the noun its end modifies
  // (`获得了大会颁发的诺贝尔贡献奖`): the noun alone says what is counted.
  const whole = text[j] !== '的' && (j - from < MAX_EVENT || !HAN.test(text[j] ?? ''));
  return wholeWords(text, from, whole ? j : verb, false, MAX_EVENT);
}

/**
 * What a count of people did, where no label is read before it: `有561人考取了本科`, `共有300人参加`, `约有1.5亿人使用移动支付`.
 */
export function zhPeopleDid(text: string, start: number, end: number): string | undefined {
  const verb = text.slice(end, end + 2);
  const acts = ZH_EVENT_VERBS.has(verb) || ZH_STOP_VERBS.has(verb) || ZH_ASPECT.test(text.slice(end, end + 3));
  if (!acts) return undefined;
  // Only where the clause says they are (`有561人`, `共有300人`), or says nothing before them: after any other verb
  // or preposition they are its object (`为…1500人提供服务`, `雇用了500人生产口罩`: they are served, or made to work).
  const head = text.slice(Math.max(0, start - 16), start);
  const before = head.slice(lastIndexOf(head, CLAUSE_BREAK) + 1);
  if (!(before === '' || ZH_THERE_ARE.test(before) || ZH_THERE_ARE_HEDGE.test(text.slice(start, end))))
    return undefined;
  return withEvent(text, end, end);
}
/** A verb of one or two characters with its aspect particle: `考取了`, `去过`. */
const ZH_ASPECT = /^\p{Script=Han}{1,2}[了过]/u;

/**
 * The subject named before the number, once the verbs and hedges between them are peeled off. For a share
 * (`change`), a verb of change peeled off stays with the subject: `细纹减少` 47%, `营收同比增长` 12% — the share is how
 * much it changed, not how big it is (as `Revenue rose …` in English).
 */
export function zhBefore(text: string, to: number, change = false): string | undefined {
  const from = Math.max(0, to - 32);
  let clause = text.slice(from, to);
  const breakAt = lastIndexOf(clause, CLAUSE_BREAK);
  if (breakAt >= 0) clause = clause.slice(breakAt + 1);
  let changedBy = '';
  for (let changed = true; changed && clause; ) {
    changed = false;
    for (const word of ZH_LEFT_TRAIL) {
      if (clause.endsWith(word)) {
        clause = clause.slice(0, -word.length);
        // `乘用车占60%`: the share is the subject's part of a whole, `乘用车占比`.
        if (!changedBy) changedBy = ZH_CHANGE_TRAIL.exec(word)?.[1] ?? (/^占了?$/.test(word) ? '占比' : '');
        changed = true;
        break;
      }
    }
  }
  // `在5G相关芯片研发的累计投入上已超过`: 在…上 frames the subject, and its locative is no part of it.
  if (ZH_FRAMED.test(clause)) clause = clause.slice(0, -1);
  const end = from + breakAt + 1 + clause.length;
  // `城、郊学生的平均体重`: an owner cut from a list is only part of it.
  const listed = breakAt >= 0 && text[from + breakAt] === '、';
  const split = afterLastSplit(clause);
  const label = (listed ? split : withOwner(clause, split)).slice(-MAX_HAN);
  const whole = wholeWords(text, end - label.length, end, true);
  // A place before the number says where it was counted, not what: `美国已有84万人使用播客`, `普洱市各有2家`; a word
  // that points elsewhere (`这里聚集了超过90%`) names nothing a card can show.
  if (!whole || ZH_PLACE.test(whole) || ZH_POINTS_ELSEWHERE.test(whole)) return undefined;
  // `比上年增加了72万人`: what it is compared with names no quantity; with its verb of change it says what the
  // number is (`比上年增加`), without one it is no label.
  if (whole.startsWith('比')) return changedBy ? `${whole}${changedBy}` : undefined;
  // `民生救援队和山地救援队共9人`: the count is of both, and the second alone would be wrong.
  const both = ZH_COORDINATED.test(clause) && clause.endsWith(whole) && clause.length <= MAX_HAN ? clause : whole;
  return change ? `${both}${changedBy}` : both;
}

const ZH_FRAMED = /在[^在]{2,}[上中里]$/u;

/** Two nouns joined by a conjunction, the whole clause before a number: `民生救援队和山地救援队`. */
const ZH_COORDINATED = /^[\u4e00-\u9fff]{2,}[和与及][\u4e00-\u9fff]{2,}$/u;

/**
 * Where words begin in `text.slice(from, to)` (and where it ends), by Intl.Segmenter's dictionary. Only a few
 * characters around a label are segmented: a segmenter call costs by its length, and a sentence may run to 400.
 */
function wordBounds(text: string, from: number, to: number): Set<number> {
  const bounds = new Set<number>([to]);
  for (const s of segmenter('zh', 'word').segment(text.slice(from, to))) bounds.add(from + s.index);
  return bounds;
}

/**
 * The label `text.slice(start, end)` on word boundaries: a word cut at its start is taken whole (`期徒刑` →
 * `有期徒刑`) where the label was read leftwards (`widen`; after a figure its start is the figure's end, and the
 * segmenter may glue a measure word to the noun: `家中资企业`), and a word cut at its end is left out (`学生只` of
 * `学生只有` → `学生`).
 */
function wholeWords(text: string, start: number, end: number, widen: boolean, max = MAX_HAN): string | undefined {
  if (end <= start) return undefined;
  const from = Math.max(0, start - 4);
  // Only a cut between two Han characters can split a word.
  const clear = (at: number) => !HAN.test(text[at] ?? '') || !HAN.test(text[at - 1] ?? '');
  if (clear(end) && (!widen || clear(start)))
    return acceptZh(text.slice(start, end).replace(ZH_TRAILING_ADVERBS, '').slice(0, max));
  const bounds = wordBounds(text, widen ? from : start, Math.min(text.length, end + 4));
  let a = start;
  while (widen && !bounds.has(a) && a > from && HAN.test(text[a - 1] ?? '')) a--;
  if (!bounds.has(a)) a = start;
  let b = end;
  while (b > a && !bounds.has(b)) b--;
  return acceptZh(text.slice(a, b).replace(ZH_TRAILING_ADVERBS, '').slice(0, max));
}

/**
 * Whose it is, where the clause names it before a 的: `爱迪尔的轴距仅为2335mm` is 爱迪尔's wheelbase, and `轴距` alone
 * would fit every car of the review. Only a short noun-like owner is kept (`ZH_NOT_OWNERS`), and only whole.
 */
function withOwner(clause: string, label: string): string {
  const at = clause.length - label.length - 1;
  if (clause[at] !== '的' || !label) return label;
  // `这些投资的价值`: a demonstrative points back, and the noun it points with still says whose (`投资的价值`).
  const owner = afterLastSplit(clause.slice(0, at)).replace(ZH_DEMONSTRATIVE, '');
  const han = owner.length >= 2 && owner.length <= MAX_OWNER && [...owner].every((c) => HAN.test(c));
  // After an adverb of time a verb comes, not an owner: `目前建设的一期工程`.
  const afterAdverb = ZH_LEFT_SPLIT_WORDS.has(clause.slice(at - owner.length - 2, at - owner.length));
  return han && !afterAdverb && !ZH_NOT_OWNERS.test(owner) && owner.length + 1 + label.length <= MAX_HAN
    ? `${owner}的${label}`
    : label;
}

/** Longest owner kept before a label's 的: longer ones are clauses (`投资者认购的…`). */
const MAX_OWNER = 5;

export function afterLastSplit(clause: string): string {
  for (let i = clause.length - 1; i >= 0; i--) {
    if (ZH_LEFT_SPLIT_WORDS.has(clause.slice(i, i + 2))) return clause.slice(i + 2);
    if (ZH_LEFT_SPLIT_CHARS.has(clause[i] ?? '')) return clause.slice(i + 1);
  }
  return clause;
}

function acceptZh(label: string): string | undefined {
  const trimmed = label.trim();
  const han = [...trimmed].filter((c) => HAN.test(c)).length;
  if (han >= 2 || (han === 0 && /^[A-Za-z][A-Za-z0-9 -]+$/.test(trimmed)) || (han === 1 && LATIN.test(trimmed)))
    return trimmed;
  return undefined;
}

/**
 * A share of a group named before it says what is true of that share after it: `受访儿童中有7.8%对父母不满意` is
 * 7.8% `对父母不满意`, not 7.8% `受访儿童` (the group is the whole the share is of).
 */
export function zhShareOfGroup(text: string, start: number, end: number): string | undefined {
  if (!ZH_GROUP_BEFORE.test(text.slice(Math.max(0, start - 8), start))) return undefined;
  const rest = text.slice(end, end + 40);
  const at = rest.search(CLAUSE_BREAK);
  const clause = (at < 0 ? rest : rest.slice(0, at)).replace(ZH_SAYING, '');
  // `百分之三十的企业…`: the share modifies the noun after it, which the counted-noun reading takes.
  if (!HAN.test(clause[0] ?? '') || clause[0] === '的' || clause.length > MAX_HAN) return undefined;
  return acceptZh(clause);
}

/** Longest label of a share with what is true of it: the group and its clause (`受访儿童对自己父母表示不满`). */
const MAX_SHARE_CLAUSE = 16;
/** A clause may run longer where a quotation holds its object: `学生认为应该捐钱给“贫困地区的失学儿童”`. */
const MAX_SHARE_QUOTED = 22;

/**
 * A share of the group after it says what is true of that share where the clause goes on: `7.8%的受访儿童对自己父母
 * 表示不满` is 7.8% of the children surveyed `对自己父母表示不满` — `受访儿童` alone would name the whole, not the share.
 * Where the clause runs too long for a card, the share has no label (`''`): the group alone would be wrong.
 */
export function zhShareThen(text: string, start: number, end: number): string | undefined {
  if (text[end] !== '的') return undefined;
  const group = zhAfter(text, end + 1);
  if (!group || !text.startsWith(group, end + 1)) return undefined;
  let at = end + 1 + group.length;
  // `受访儿童（13—15岁）`: an aside on the group.
  const aside = /^[(（][^()（）]{0,16}[)）]/.exec(text.slice(at));
  if (aside) at += aside[0].length;
  const clause = clauseFrom(text.slice(at, at + 40));
  // `将取消四分之一的国内航班。`: the group ends the clause, and the verb before the share says what happened to it.
  if (clause === '' && aside === null) {
    const verb = zhBefore(text, start);
    return verb && verb.length <= 3 && !ZH_OPEN_ENDINGS.test(verb) ? `${verb}的${group}` : group;
  }
  const quoted = [...clause].some((c) => Object.hasOwn(QUOTES, c));
  if (!HAN.test(clause[Object.hasOwn(QUOTES, clause[0] ?? '') ? 1 : 0] ?? '')) return undefined;
  const max = quoted ? MAX_SHARE_QUOTED : MAX_SHARE_CLAUSE;
  if (group.length + clause.length > max || ZH_OPEN_ENDINGS.test(clause)) return '';
  return acceptZh(group + clause) ?? '';
}

/**
 * The clause `rest` opens, to its first break; a quotation in it is its object and read whole, with what follows it
 * (`处于“说不清楚”阶段`, `会考虑“先存起来，等需要的时候再用”`). An unclosed quotation ends nothing: the clause stops before it.
 */
function clauseFrom(rest: string): string {
  let clause = '';
  for (let from = 0; ; ) {
    const cut = rest.slice(from).search(CLAUSE_BREAK);
    if (cut < 0) return clause + rest.slice(from);
    clause += rest.slice(from, from + cut);
    const close = QUOTES[rest[from + cut] ?? ''];
    const closing = close ? rest.indexOf(close, from + cut + 1) : -1;
    if (closing < 0) return clause;
    clause += rest.slice(from + cut, closing + 1);
    from = closing + 1;
  }
}

const QUOTES: Record<string, string> = { '“': '”', '「': '」', '『': '』' };

/** The counted noun with how often it is counted, when its clause says so before the number: `钢材（每年）`. */
export function zhWithRate(text: string, start: number, label: string): string {
  const before = text.slice(Math.max(0, start - 16), start);
  const rate = ZH_RATE.exec(before.slice(lastIndexOf(before, CLAUSE_BREAK) + 1))?.[0];
  return rate && !label.includes(rate) ? `${label}（${rate}）` : label;
}

function lastIndexOf(s: string, re: RegExp): number {
  for (let i = s.length - 1; i >= 0; i--) if (re.test(s[i] ?? '')) return i;
  return -1;
}
