/**
 * Chinese for the figure reader: numerals, scales, currencies, measure words, hedges, and the words that tell a
 * quantity from a word that merely contains a numeral. Data only; a missing word is a one-line fix here plus a
 * corpus row.
 */

/** Digits of a Han numeral (`三千万`, `二〇二三`). */
export const HAN_DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
/** Units inside a section of a Han numeral: `三千五百`. */
export const HAN_SMALL_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
/** Units that close a section: `三亿五千万`. */
export const HAN_BIG_UNITS: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8 };
/** Every character a Han numeral run may contain. */
export const HAN_NUMERAL_CHARS = '零〇一二两三四五六七八九十百千万亿';

/** Scale characters written after Arabic digits (`152万`, `3千万`, `1.2万亿`). */
export const ZH_SCALES: Readonly<Record<string, number>> = { 百: 100, 千: 1000, 万: 1e4, 亿: 1e8 };

/** Currency written after the amount, in Chinese (no space). */
export const ZH_CURRENCY_SUFFIXES: ReadonlyArray<readonly [string, string]> = [
  ['元人民币', 'CNY'],
  ['人民币', 'CNY'],
  ['美元', 'USD'],
  ['美金', 'USD'],
  ['欧元', 'EUR'],
  ['英镑', 'GBP'],
  ['日元', 'JPY'],
  ['日圆', 'JPY'],
  ['港元', 'HKD'],
  ['港币', 'HKD'],
  ['韩元', 'KRW'],
  ['卢布', 'RUB'],
  ['澳元', 'AUD'],
  ['加元', 'CAD'],
  ['新台币', 'TWD'],
  ['台币', 'TWD'],
  ['卢比', 'INR'],
  ['元', 'CNY'],
  ['円', 'JPY'],
];

/** Chinese measure words: what follows them is what is counted (`152万家中小微企业`). Two-character ones first. */
export const ZH_MEASURE_WORDS: readonly string[] = [
  '人次',
  '家次',
  '架次',
  ...'个家人名位辆台件座所项条份款种类套部架艘只头匹张本户间栋幢处次场批起例宗笔支枚颗粒片棵株篇首把根层单级箱瓶盒袋杯双'.split(
    '',
  ),
];
/** Measure words of people: after them comes what the people do (`1.5亿人使用`), so the label is read before. */
export const ZH_PERSON_WORDS: ReadonlySet<string> = new Set(['人', '人次']);

/** Hedges written before a number (`超152万`, `约有1.5亿`), longest first; traditional forms too (`約110公里`). */
export const ZH_APPROX_PREFIXES = [
  '大约有',
  '大約有',
  '约有',
  '約有',
  '约为',
  '約為',
  '约达',
  '約達',
  '将近',
  '將近',
  '接近',
  '大约',
  '大約',
  '大概',
  '超过',
  '超過',
  '多达',
  '高达',
  '至少',
  '不少于',
  '不到',
  '不足',
  '近乎',
  '逾',
  '超',
  '约',
  '約',
  '近',
];
/**
 * Words that end in a hedge's characters without hedging: `节约50%` saves 50%, `连接近1000万` is 连接 + 近1000万.
 */
export const ZH_HEDGE_OVERLAPS: ReadonlySet<string> = new Set(
  (
    '连接 对接 直接 间接 衔接 迎接 承接 紧接 节约 制约 签约 预约 公约 条约 合约 违约 履约 特约 相约 最近 附近 靠近 临近 亲近 就近 赶超 高超 ' +
    '連接 對接 間接 銜接 緊接 節約 製約 簽約 預約 條約 違約 履約 特約 相約 臨近 親近 趕超'
  ).split(' '),
);
/** Hedges written after the number or its unit (`1500余家`, `100元左右`). */
export const ZH_APPROX_SUFFIXES = ['左右', '上下', '以上', '以下', '之多', '有余', '多', '余'];

/** What follows `第N` when it numbers a section, an edition or a step rather than ranking something. */
export const ZH_ORDINAL_NOT_RANK =
  '条|章|节|款|项|页|卷|篇|编|回|集|号|部分|版|期|届|次|轮|批|任|代|步|天|年|个|阶段|场|课|段|行|列|季度|季|月|日|周|条款';
/** `七成` is 70%, but `成为`, `成功`, `成本`… are words. */
export const ZH_NOT_TENTHS = /^成(?:为|了|功|本|果|员|立|长|熟|就|交|型|都|绩|品|效|份|年|不)/;
/** `年` after a number is a span of years (`3年`) unless it starts a word: `年代`, `年级`, `年龄`, `年薪`… */
export const ZH_NOT_YEARS = /^年(?:代|级|龄|纪|轻|华|薪|化|均|度)/;

/** Verbs of a result right after the score, with the other side after them: `以3比0战胜美国队`, `1比2不敌巴萨`. */
export const ZH_RESULT_VERB =
  /^(?:战胜|击败|击溃|负于|不敌|输给|战平|逆转|险胜|大胜|完胜|惜败于|惜败|力克|横扫|淘汰|逼平)了?/u;
/** Words between a side and its score: `皇马主场1比2`, `中国女排最终以3比0`. */
export const ZH_RESULT_FILLERS = /(?:最终|主场|客场|在主场|在客场|昨天|昨晚|今天|今晚|又|再次|再|以)+$/u;
/** Verbs and nouns that make `3比1`/`2:1` a result rather than a proportion. */
export const ZH_RESULT =
  /战胜|击败|击溃|负于|不敌|输给|赢得|获胜|取胜|战平|打平|逆转|险胜|大胜|完胜|惜败|落败|力克|淘汰|比分|胜出|领先|告负|小胜|横扫|夺冠|晋级|决赛|半决赛|比赛|赛季|主场|客场/;
