import { dateWords } from './calendar';

/**
 * A line that only dates the page — `Updated Nov. 19, 2019 8:21 am ET / Original Nov. 19, 2019 8:02 am ET`, `Monday,
 * November 18, 2019, 04:05 pm PT`, `发表于 2004年12月27日 12:40 - (阅读:3727;评论:63)` — is the page's stamp, not a
 * sentence of the story: besides its date it holds only stamp words, calendar words (by Intl) and counters.
 */

/** A clock time (not a lap time, `1:37.143`), a numeric date, or a year. */
const HAS_DATE = /\d{1,2}:\d{2}(?![.:]?\d)|\d{4}\s*[-/.年]\s*\d{1,2}|\d{1,2}\s*月\s*\d{1,2}|\b(?:19|20)\d{2}\b/;
/** What a stamp says besides the date: what happened to the page, the clock's half and zone, ordinal endings. */
const STAMP_WORDS = new Set([
  'updated',
  'update',
  'published',
  'posted',
  'original',
  'originally',
  'modified',
  'last',
  'created',
  'on',
  'at',
  'am',
  'pm',
  'a',
  'm',
  'p',
  'et',
  'pt',
  'ct',
  'mt',
  'est',
  'edt',
  'pst',
  'pdt',
  'cst',
  'cdt',
  'gmt',
  'utc',
  'bst',
  'cet',
  'cest',
  'ist',
  'jst',
  'hkt',
  'sgt',
  'aest',
  'st',
  'nd',
  'rd',
  'th',
]);
/** The same in Chinese, where words aren't spaced: posted, updated, time, date, and the page's counters. */
const CJK_STAMP_WORDS = /发表于|发布于|发表|发布|更新|时间|日期|阅读|浏览|评论|点击|[年月日时分秒号]/g;
const MAX_STAMP_CHARS = 160;
/** Letters a stamp may hold beyond those words: a stray initial or two. */
const MAX_OTHER_LETTERS = 3;

export function isTimestamp(text: string, lang: string): boolean {
  if (text.length > MAX_STAMP_CHARS || !HAS_DATE.test(text)) return false;
  const calendar = dateWords(lang);
  let other = 0;
  for (const word of text.replace(CJK_STAMP_WORDS, ' ').match(/\p{L}+/gu) ?? []) {
    const lower = word.toLowerCase();
    if (!calendar.has(lower) && !STAMP_WORDS.has(lower)) other += [...word].length;
  }
  return other <= MAX_OTHER_LETTERS;
}
