/**
 * Digits that count nothing: phone numbers, clock times, codes, references, names. Each rule marks a span of the
 * sentence; the scanner never reads a number that touches a marked span.
 */

interface MaskRule {
  re: RegExp;
  /** Fires on Chinese numerals too; other rules need an ASCII digit. */
  han?: true;
  /** Further check on a match; a rule without one always masks. */
  keep?: (match: string) => boolean;
}

const HAN_NUM = '零〇一二两三四五六七八九十';

const RULES: readonly MaskRule[] = [
  // Web and mail addresses.
  { re: /(?:https?:\/\/|www\.)[^\s\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]+/gi },
  { re: /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g },
  { re: /\b[\w-]+(?:\.[\w-]+)*\.(?:com|cn|org|net|gov|edu|io|co|uk|hk|tw|jp|info|biz)\b(?:\/[^\s\u4e00-\u9fff]*)?/gi },
  // A labelled phone or fax number, whatever its grouping.
  {
    re: /(?:联系电话|客服电话|咨询电话|电话|传真|手机|热线|tel|phone|fax|mobile|hotline|call)\.?\s*[:：]?\s*[+(（]?\d[\d\s\-+()（）]{4,}/gi,
  },
  // Grouped digits with seven or more digits are dialled, not counted: `0086-10-82081166`, `(555) 123-4567`.
  {
    re: /(?:\+\d{1,3}[\s-]?)?(?:\(\d{1,5}\)\s?)?\d{2,5}(?:[\s-]\d{2,8}){1,5}/g,
    keep: (m) => (m.match(/\d/g)?.length ?? 0) >= 7 && !/^\d{4}\s?[-–]\s?\d{2,4}$/.test(m) && !looksLikeDate(m),
  },
  // Single digits chained by dashes name a formation or a code: `4-2-3-1`, `4-4-2`.
  { re: /(?<![\d.-])\d(?:-\d){2,}(?![\d-])/g },
  // Emergency numbers are dialled: `called 911`, `a 999 call`.
  { re: /(?:\b(?:call(?:ed|ing|s)?|dial(?:l?ed|l?ing|s)?|rang|ring(?:ing|s)?|phoned)\s+|\b)(?:911|999|112)\b(?=\s+(?:call|calls|phone|operator|operators|dispatcher|dispatchers|emergency|line|number|service|recording|tape)\b)|\b(?:call(?:ed|ing|s)?|dial(?:l?ed|l?ing|s)?|rang|ring(?:ing|s)?|phoned)\s+(?:911|999|112)\b/gi },
  // Clock times.
  { re: /\b\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?/gi },
  { re: /\b\d{1,2}(?:[.:]\d{2})?\s*(?:a\.m\.?|p\.m\.?|am\b|pm\b|o'clock)/gi },
  // A time of day by its zone: `0100 GMT`, `1800 CET`, `0930 local time`.
  { re: /\b\d{3,4}\s*(?:GMT|UTC|BST|CET|CEST|EST|EDT|CST|CDT|PST|PDT|IST|JST|local time|hours?\s+(?:local|GMT|UTC))\b/g },
  { han: true, re: new RegExp(`(?:上午|下午|晚上|凌晨|中午|早上|傍晚|夜里|清晨)\\s*[\\d${HAN_NUM}]{1,3}\\s*[点时](?:[\\d${HAN_NUM}]{1,3}分|半|整)?`, 'g') },
  { han: true, re: new RegExp(`[\\d${HAN_NUM}]{1,3}[点时](?![零〇一二三四五六七八九])(?:\\d{1,2}分|半|整)?`, 'g') },
  { re: /\d{1,2}时\d{1,2}分/g },
  // Weekdays and named days.
  { han: true, re: new RegExp(`(?:星期|礼拜|周)[一二三四五六日天]`, 'g') },
  { han: true, re: new RegExp(`双[\\d${HAN_NUM}]+`, 'g') },
  // Plan names: `十四五`, `“十三五”`.
  { han: true, re: /[“"「『](?:十[一二三四五六七八九]|[一二三四五六七八九])五[”"」』]/g },
  { han: true, re: /(?:十[一二三四五六七八九]|[一二三四五六七八九])五(?=规划|时期|期间|计划|末|初|开局)/g },
  // Section, clause and page references.
  {
    re: /(?:\b(?:sections?|sec\.|articles?|art\.|chapters?|ch\.|clauses?|paragraphs?|para\.|pages?|pp?\.|appendix|annex|schedule|volume|vol\.|exhibit|amendment)|§)\s*\d+(?:\.\d+)*[a-z]?/gi,
  },
  { re: /\b(?:Figure|Fig\.|Table|Part|Title|Item|Step|Line|Rule|Chart)\s+\d+(?:\.\d+)*[a-z]?/g },
  { han: true, re: new RegExp(`第[\\d${HAN_NUM}百千]+(?:条款|部分|季度|阶段|条|章|节|款|项|页|卷|篇|编|回|集|号|版|期|届|次|轮|批|任|代|步|天|年|个|场|课|段|行|列|季|月|日|周)`, 'g') },
  // List markers at the start of a sentence: `1.`, `2、`, `(3)`, `（一）`.
  { han: true, re: new RegExp(`^\\s*(?:\\d{1,2}|[${HAN_NUM}]{1,3})\\s*[.、)）](?!\\d)`, 'g') },
  { han: true, re: new RegExp(`^\\s*[(（](?:\\d{1,2}|[${HAN_NUM}]{1,3})[)）]`, 'g') },
  // Footnote markers.
  { re: /\[\s*\d+(?:\s*[,，–-]\s*\d+)*\s*\]|【\s*\d+\s*】|［\s*\d+\s*］|\^\d+/g },
  // Versions and dotted identifiers (`v2.0`, `1.2.3`, IP addresses).
  { re: /\b(?:version|ver\.)\s*\d+(?:\.\d+)*/gi },
  { re: /版本\s*[:：]?\s*[vV]?\d+(?:\.\d+)*/g },
  { re: /\d+(?:\.\d+){2,}/g, keep: (m) => !looksLikeDate(m) },
  // Digits joined by slashes: `24/7`; a whole date (`3/8/2022`) is left to the date reader.
  { re: /\d+(?:\/\d+)+/g, keep: (m) => !looksLikeDate(m) },
  // Stock codes.
  { re: /\d{4,6}\.(?:HK|SH|SZ|SS|TW|KS|T|L)\b/g },
  { re: /[(（]\s*\d{5,6}\s*[)）]/g },
  { re: /\b(?:NASDAQ|Nasdaq|NYSE|HKEX|SEHK|SSE|SZSE|LSE|TSX|ASX|AMEX)\s*[:：]\s*[A-Z0-9.]+/g },
  { re: /(?:股票代码|证券代码|股份代号|代码|stock code|ticker(?: symbol)?)\s*[:：]?\s*[A-Z]*\d{4,6}/gi },
  // Book numbers, DOIs, postal codes.
  { re: /\b(?:ISBN|ISSN)(?:-1[03])?\s*[:：]?\s*[\dXx][\dXx\s-]{7,16}/g },
  { re: /\bdoi\s*[:：]?\s*\S+|\b10\.\d{4,9}\/\S+/gi },
  { re: /(?:邮编|邮政编码|zip(?:\s*code)?|post\s?code|postal code|P\.?O\.? Box)\s*[:：]?\s*[A-Z\d][\dA-Z -]{3,9}/gi },
  { re: /\b[A-Z]{2}\s\d{5}(?:-\d{4})?\b/g },
];

function looksLikeDate(m: string): boolean {
  return /^(?:1\d{3}|20\d{2})([-./])(?:0?[1-9]|1[0-2])\1(?:0?[1-9]|[12]\d|3[01])$|^\d{1,2}\/\d{1,2}\/(?:\d{2}|\d{4})$/.test(m);
}

/** A byte per UTF-16 unit of `text`: 1 where a digit there is part of something that is not a figure. */
export function nonFigureMask(text: string): Uint8Array {
  const mask = new Uint8Array(text.length);
  const digits = /\d/.test(text);
  for (const { re, keep, han } of RULES) {
    if (!digits && !han) continue;
    // exec with lastIndex, not matchAll: matchAll clones the expression on every call.
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0] === '') re.lastIndex++;
      else if (!keep || keep(m[0])) mask.fill(1, m.index, m.index + m[0].length);
    }
  }
  return mask;
}

/** True when any unit of [start, end) is marked. */
export function touches(mask: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (mask[i]) return true;
  return false;
}

/** Words that may stand capitalised before a number without naming it (`In 2023`, `About 40`, `Some 300`). */
const FUNCTION_WORDS = new Set(
  ('a an the in on at by of to for from with since until till after before during between among and but or nor so ' +
    'about around over under nearly almost roughly approximately some only just all another each every both its their ' +
    'his her our your my we they he she it i there here then now still yet even also more less fewer than up down ' +
    'while when where as if though although because per last next first this that these those no not nearly ' +
    'january february march april may june july august september october november december jan feb mar apr jun jul ' +
    'aug sep sept oct nov dec').split(' '),
);

/**
 * A bare number right after a capitalised or camel-case word names a product, a version or a section:
 * `iPhone 15`, `Windows 11`, `Apollo 11`. Function words (`In 2023`) and month names are not names.
 */
export function followsName(text: string, start: number): boolean {
  const m = /([A-Za-z][A-Za-z.]*)\s+$/.exec(text.slice(Math.max(0, start - 24), start));
  if (!m?.[1]) return false;
  const word = m[1].replace(/\.$/, '');
  if (!/[A-Z]/.test(word) || FUNCTION_WORDS.has(word.toLowerCase())) return false;
  return true;
}
