/**
 * Figure data shared by every language: currency symbols and codes, unit symbols, span rules for identifiers that
 * look alike in any script, and the shapes of the language packs (`en/`, `zh/`). Packs are data only: each table
 * says in one line why it exists, and the stages in `../figures/*.ts` read them.
 */

/** The kinds a unit gives a figure; money, counts, ranks and dates come from elsewhere. */
export type UnitKind = 'measure' | 'duration' | 'percent';

/** One unit and the ways it is written, `|`-separated; without `unit`, each form is its own unit (`公里`). */
export interface UnitForms {
  unit?: string;
  kind: UnitKind;
  forms: string;
  /** An age (`27-year-old`): a duration that tells who someone is. */
  age?: true;
}

/** A span rule of `exclude-spans.ts`: digits it matches are never read as a figure. */
export interface MaskRule {
  re: RegExp;
  /** Fires on numerals written without a digit too (Chinese numerals, `half`); other rules need an ASCII digit. */
  spelled?: true;
  /** Further check on a match; a rule without one always masks. */
  keep?: (match: string) => boolean;
}

/** Symbols written before the amount, longest first so `US$` wins over `$`. */
export const CURRENCY_PREFIXES: ReadonlyArray<readonly [string, string]> = [
  ['US$', 'USD'],
  ['HK$', 'HKD'],
  ['AU$', 'AUD'],
  ['A$', 'AUD'],
  ['CA$', 'CAD'],
  ['C$', 'CAD'],
  ['NZ$', 'NZD'],
  ['S$', 'SGD'],
  ['R$', 'BRL'],
  ['NT$', 'TWD'],
  ['$', 'USD'],
  ['£', 'GBP'],
  ['€', 'EUR'],
  ['¥', 'CNY'],
  ['₹', 'INR'],
  ['₩', 'KRW'],
  ['₽', 'RUB'],
  ['RMB', 'CNY'],
  ['CNY', 'CNY'],
  ['USD', 'USD'],
  ['EUR', 'EUR'],
  ['GBP', 'GBP'],
  ['JPY', 'JPY'],
  ['HKD', 'HKD'],
  ['AUD', 'AUD'],
  ['CAD', 'CAD'],
  ['INR', 'INR'],
  ['Rs.', 'INR'],
  ['Rs', 'INR'],
  ['人民币', 'CNY'],
];

/**
 * Unit symbols, matched case-sensitively so `5G` (a network) is not `5 g` and `GB` is not `gb`; a trailing `2` is
 * read as `²`.
 */
export const UNIT_SYMBOLS =
  'km² km2 m² m2 km/h kph mph km cm mm kg mg ml ft GWh MWh kWh TWh GW MW kW GB TB MB Gbps Mbps GHz MHz °C °F ℃ nm ha bp';

/** Numerals a span rule reads in Chinese text (list markers `（一）`). */
const HAN_NUM = '零〇一二两三四五六七八九十';

/** Span rules for any language: addresses, dialled numbers, codes, references and markers. */
export const COMMON_MASK_RULES: readonly MaskRule[] = [
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
  // Clock times.
  { re: /\b\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?/gi },
  // A revision and its hash (`6:a360`, `4:2fe6`): a version control's name for a changeset.
  { re: /\b\d+:[0-9a-f]{4,40}\b/g },
  // List markers at the start of a sentence: `1.`, `2、`, `(3)`, `（一）`.
  { spelled: true, re: new RegExp(`^\\s*(?:\\d{1,2}|[${HAN_NUM}]{1,3})\\s*[.、)）](?!\\d)`, 'g') },
  { spelled: true, re: new RegExp(`^\\s*[(（](?:\\d{1,2}|[${HAN_NUM}]{1,3})[)）]`, 'g') },
  // Footnote markers.
  { re: /\[\s*\d+(?:\s*[,，–-]\s*\d+)*\s*\]|【\s*\d+\s*】|［\s*\d+\s*］|\^\d+/g },
  // Dotted identifiers (`1.2.3`, IP addresses).
  { re: /\d+(?:\.\d+){2,}/g, keep: (m) => !looksLikeDate(m) },
  // Digits joined by slashes: `24/7`; a whole date (`3/8/2022`) is left to the date reader.
  { re: /\d+(?:\/\d+)+/g, keep: (m) => !looksLikeDate(m) },
  // Stock codes.
  { re: /\d{4,6}\.(?:HK|SH|SZ|SS|TW|KS|T|L)\b/g },
  { re: /[(（]\s*\d{5,6}\s*[)）]/g },
  { re: /\b(?:NASDAQ|Nasdaq|NYSE|HKEX|SEHK|SSE|SZSE|LSE|TSX|ASX|AMEX)\s*[:：]\s*[A-Z0-9.]+/g },
  { re: /(?:股票代码|证券代码|股份代号|代码|stock code|ticker(?: symbol)?)\s*[:：]?\s*[A-Z]*\d{4,6}/gi },
  // Book numbers.
  { re: /\b(?:ISBN|ISSN)(?:-1[03])?\s*[:：]?\s*[\dXx][\dXx\s-]{7,16}/g },
  // DOIs.
  { re: /\bdoi\s*[:：]?\s*\S+|\b10\.\d{4,9}\/\S+/gi },
  // Postal codes.
  { re: /(?:邮编|邮政编码|zip(?:\s*code)?|post\s?code|postal code|P\.?O\.? Box)\s*[:：]?\s*[A-Z\d][\dA-Z -]{3,9}/gi },
];

/** A whole date written with separators (`2022-03-08`, `3/8/2022`) is the date reader's, not an identifier. */
function looksLikeDate(m: string): boolean {
  return /^(?:1\d{3}|20\d{2})([-./])(?:0?[1-9]|1[0-2])\1(?:0?[1-9]|[12]\d|3[01])$|^\d{1,2}\/\d{1,2}\/(?:\d{2}|\d{4})$/.test(
    m,
  );
}
