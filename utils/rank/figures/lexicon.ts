/**
 * The words the figure scanner knows: numerals, scales, units, measure words, currencies, hedges. Kept as data so
 * the rules in `scan.ts` stay general and a missing word is a one-line fix here.
 */

export const HAN_DIGITS: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
export const HAN_SMALL_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
export const HAN_BIG_UNITS: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8 };
/** Every character a Han numeral run may contain. */
export const HAN_NUMERAL_CHARS = '零〇一二两三四五六七八九十百千万亿';

/** Scale characters written after Arabic digits (`152万`, `3千万`, `1.2万亿`). */
export const ZH_SCALES: Readonly<Record<string, number>> = { 百: 100, 千: 1000, 万: 1e4, 亿: 1e8 };

export const EN_SMALL_NUMBERS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
export const EN_SCALE_WORDS: Readonly<Record<string, number>> = {
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
  // Indian English writes amounts in lakhs and crores: `Rs 25 lakh`, `₹1,200 crore`.
  lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7,
};
/** Abbreviated scales: `$3.2bn`, `£40m`, `30k`. Single letters are guarded in the scanner (`40m` may be metres). */
export const EN_SCALE_ABBREVIATIONS: Readonly<Record<string, number>> = {
  bn: 1e9, bln: 1e9, mn: 1e6, mln: 1e6, tn: 1e12, trn: 1e12, m: 1e6, k: 1e3, b: 1e9,
};

export const EN_ORDINALS: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
};
/** Denominators of spelled fractions (`a third of`, `two-thirds of`). */
export const EN_FRACTIONS: Readonly<Record<string, number>> = {
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fifth: 5, fifths: 5, sixth: 6, sixths: 6,
  seventh: 7, sevenths: 7, eighth: 8, eighths: 8, ninth: 9, ninths: 9, tenth: 10, tenths: 10,
};
/** Words that make an ordinal a ranking (`third-largest`, `second place`). */
export const EN_RANK_WORDS =
  'largest|biggest|highest|lowest|most|least|best|worst|fastest|slowest|smallest|richest|poorest|busiest|oldest|' +
  'youngest|strongest|weakest|longest|tallest|greatest|top|leading|place|position|spot|seed|seeded';

/** Symbols written before the amount, longest first so `US$` wins over `$`. */
export const CURRENCY_PREFIXES: ReadonlyArray<readonly [string, string]> = [
  ['US$', 'USD'], ['HK$', 'HKD'], ['AU$', 'AUD'], ['A$', 'AUD'], ['CA$', 'CAD'], ['C$', 'CAD'], ['NZ$', 'NZD'],
  ['S$', 'SGD'], ['R$', 'BRL'], ['NT$', 'TWD'], ['$', 'USD'], ['£', 'GBP'], ['€', 'EUR'], ['¥', 'CNY'], ['₹', 'INR'],
  ['₩', 'KRW'], ['₽', 'RUB'], ['RMB', 'CNY'], ['CNY', 'CNY'], ['USD', 'USD'], ['EUR', 'EUR'], ['GBP', 'GBP'],
  ['JPY', 'JPY'], ['HKD', 'HKD'], ['AUD', 'AUD'], ['CAD', 'CAD'], ['INR', 'INR'], ['Rs.', 'INR'], ['Rs', 'INR'],
  ['人民币', 'CNY'],
];
/** Currency written after the amount, in Chinese (no space). */
export const ZH_CURRENCY_SUFFIXES: ReadonlyArray<readonly [string, string]> = [
  ['元人民币', 'CNY'], ['人民币', 'CNY'], ['美元', 'USD'], ['美金', 'USD'], ['欧元', 'EUR'], ['英镑', 'GBP'],
  ['日元', 'JPY'], ['日圆', 'JPY'], ['港元', 'HKD'], ['港币', 'HKD'], ['韩元', 'KRW'], ['卢布', 'RUB'], ['澳元', 'AUD'],
  ['加元', 'CAD'], ['新台币', 'TWD'], ['台币', 'TWD'], ['卢比', 'INR'], ['元', 'CNY'], ['円', 'JPY'],
];
/** Currency written after the amount, in English (after a space). */
export const EN_CURRENCY_SUFFIXES: ReadonlyArray<readonly [string, string]> = [
  ['US dollars', 'USD'], ['dollars', 'USD'], ['dollar', 'USD'], ['pounds sterling', 'GBP'], ['pounds', 'GBP'],
  ['sterling', 'GBP'], ['euros', 'EUR'], ['euro', 'EUR'], ['yuan', 'CNY'], ['renminbi', 'CNY'], ['yen', 'JPY'],
  ['rupees', 'INR'], ['roubles', 'RUB'], ['rubles', 'RUB'], ['USD', 'USD'], ['GBP', 'GBP'], ['EUR', 'EUR'],
  ['CNY', 'CNY'], ['RMB', 'CNY'], ['JPY', 'JPY'], ['HKD', 'HKD'],
];

export type UnitKind = 'measure' | 'duration' | 'percent';
export interface UnitEntry {
  form: string;
  unit: string;
  kind: UnitKind;
  /** An age (`27-year-old`): a duration that tells who someone is. */
  age?: boolean;
}

/** Chinese units, attached to the number. `年`, `月`, `日` are handled as dates or durations by the scanner. */
export const ZH_UNITS: readonly UnitEntry[] = [
  ...words('measure', '平方公里 平方千米 平方米 立方米 公里 千米 厘米 毫米 纳米 微米 米 公顷 亩 吨 千克 公斤 克 斤 毫升 升 千瓦时 千瓦 兆瓦 吉瓦 瓦 伏 赫兹 分贝 海里 英里 英尺 摄氏度 ℃ 度 桶 马力 光年'),
  ...words('duration', '个多小时 个小时 小时 个多月 个月 个星期 星期 周年 周 天 分钟 秒钟 秒 个工作日 工作日 世纪'),
  { form: '个百分点', unit: 'pp', kind: 'percent' },
  { form: '百分点', unit: 'pp', kind: 'percent' },
];

/** English unit words, matched case-insensitively after a space or hyphen (`5 km`, `10-mile`, `27-point`). */
export const EN_UNIT_WORDS: readonly UnitEntry[] = [
  { form: 'year-old', unit: 'years', kind: 'duration', age: true },
  { form: 'years-old', unit: 'years', kind: 'duration', age: true },
  { form: 'years old', unit: 'years', kind: 'duration', age: true },
  { form: 'month-old', unit: 'months', kind: 'duration', age: true },
  { form: 'months old', unit: 'months', kind: 'duration', age: true },
  { form: 'weeks old', unit: 'weeks', kind: 'duration', age: true },
  { form: 'days old', unit: 'days', kind: 'duration', age: true },
  { form: 'week-old', unit: 'weeks', kind: 'duration', age: true },
  { form: 'day-old', unit: 'days', kind: 'duration', age: true },
  { form: 'percentage points', unit: 'pp', kind: 'percent' },
  { form: 'percentage point', unit: 'pp', kind: 'percent' },
  { form: 'basis points', unit: 'bp', kind: 'percent' },
  ...aliases('measure', 'km', 'kilometres kilometers kilometre kilometer'),
  ...aliases('measure', 'm', 'metres meters metre meter'),
  ...aliases('measure', 'miles', 'miles mile'),
  ...aliases('measure', 'ft', 'feet foot'),
  ...aliases('measure', 'kg', 'kilograms kilogram kilos'),
  ...aliases('measure', 'g', 'grams gram'),
  ...aliases('measure', 'tonnes', 'tonnes tonne tons ton'),
  ...aliases('measure', 'litres', 'litres liters litre liter'),
  ...aliases('measure', 'gallons', 'gallons gallon'),
  ...aliases('measure', 'barrels', 'barrels barrel'),
  ...aliases('measure', 'acres', 'acres acre'),
  ...aliases('measure', 'hectares', 'hectares hectare'),
  ...aliases('measure', 'km²', 'square kilometres|square kilometers|sq km', '|'),
  ...aliases('measure', 'sq mi', 'square miles|sq miles', '|'),
  ...aliases('measure', 'm²', 'square metres|square meters', '|'),
  ...aliases('measure', 'sq ft', 'square feet|sq ft', '|'),
  ...aliases('measure', '°', 'degrees degree'),
  ...aliases('measure', 'points', 'points point pts'),
  ...aliases('measure', 'calories', 'calories kcal'),
  ...aliases('measure', 'megawatts', 'megawatts megawatt'),
  ...aliases('measure', 'gigawatts', 'gigawatts gigawatt'),
  ...aliases('measure', 'MPH', 'mph'),
  ...aliases('measure', 'under par', 'under par|under-par', '|'),
  ...aliases('measure', 'over par', 'over par|over-par', '|'),
  ...aliases('duration', 'years', 'years year yrs'),
  ...aliases('duration', 'months', 'months month'),
  ...aliases('duration', 'weeks', 'weeks week'),
  ...aliases('duration', 'days', 'days day'),
  ...aliases('duration', 'hours', 'hours hour hrs'),
  ...aliases('duration', 'minutes', 'minutes minute mins'),
  ...aliases('duration', 'seconds', 'seconds secs'),
  ...aliases('duration', 'decades', 'decades decade'),
  ...aliases('duration', 'centuries', 'centuries century'),
];

/** Unit symbols, matched case-sensitively so `5G` (a network) is not `5 g` and `GB` is not `gb`. */
export const UNIT_SYMBOLS: readonly UnitEntry[] = words(
  'measure',
  'km² km2 m² m2 km/h kph mph km cm mm kg mg ml ft GWh MWh kWh TWh GW MW kW GB TB MB Gbps Mbps GHz MHz °C °F ℃ nm ha bp',
).map((entry) => ({ ...entry, unit: entry.form.replace(/2$/, '²') }));

/** Chinese measure words: what follows them is what is counted (`152万家中小微企业`). Two-character ones first. */
export const ZH_MEASURE_WORDS: readonly string[] = [
  '人次', '家次', '架次',
  ...'个家人名位辆台件座所项条份款种类套部架艘只头匹张本户间栋幢处次场批起例宗笔支枚颗棵株篇首把根层单级'.split(''),
];

/** Hedges written before a number (`超152万`, `more than 1,200`), longest first. */
export const ZH_APPROX_PREFIXES = [
  '大约有', '约有', '约为', '约达', '将近', '接近', '大约', '大概', '超过', '多达', '高达', '至少', '不少于', '不到', '不足',
  '近乎', '逾', '超', '约', '近',
];
export const EN_APPROX_PREFIXES = [
  'more than', 'fewer than', 'less than', 'up to', 'at least', 'close to', 'upwards of', 'as many as', 'as much as',
  'as few as', 'an estimated', 'just over', 'just under', 'well over', 'almost', 'nearly', 'about', 'around',
  'roughly', 'approximately', 'some', 'over', 'under', 'circa', 'estimated', '~', '≈', '>', '<',
];
/** Hedges written after the number or its unit (`1500余家`, `100元左右`, `30 or more`). */
export const ZH_APPROX_SUFFIXES = ['左右', '上下', '以上', '以下', '之多', '有余', '多', '余'];

/** What follows `第N` when it numbers a section, an edition or a step rather than ranking something. */
export const ZH_ORDINAL_NOT_RANK =
  '条|章|节|款|项|页|卷|篇|编|回|集|号|部分|版|期|届|次|轮|批|任|代|步|天|年|个|阶段|场|课|段|行|列|季度|季|月|日|周|条款';

function words(kind: UnitKind, list: string): UnitEntry[] {
  return list.split(' ').map((form) => ({ form, unit: form, kind }));
}

function aliases(kind: UnitKind, unit: string, list: string, separator = ' '): UnitEntry[] {
  return list.split(separator).map((form) => ({ form, unit, kind }));
}
