import type { MaskRule } from '../common';

/** Numerals a span rule reads: digits only, the scales are not part of a time or a weekday. */
const HAN_NUM = '零〇一二两三四五六七八九十';

/** A word of a slogan: a Han character that is no numeral, scale, measure word or link of a range. */
const SLOGAN_WORD = `[^\\P{Script=Han}${HAN_NUM}百千万亿到至或和及人个名位家次秒分岁年月日天点时元倍]`;

/** Chinese spans that count nothing: clock times, weekdays, shopping days, plan names, numbered sections. */
export const ZH_MASK_RULES: readonly MaskRule[] = [
  // Chinese clock times: `下午3点`, `9时30分`.
  {
    spelled: true,
    re: new RegExp(
      `(?:上午|下午|晚上|凌晨|中午|早上|傍晚|夜里|清晨)\\s*[\\d${HAN_NUM}]{1,3}\\s*[点时](?:[\\d${HAN_NUM}]{1,3}分|半|整)?`,
      'g',
    ),
  },
  { spelled: true, re: new RegExp(`[\\d${HAN_NUM}]{1,3}[点时](?![零〇一二三四五六七八九])(?:\\d{1,2}分|半|整)?`, 'g') },
  { re: /\d{1,2}时\d{1,2}分/g },
  // Weekdays: `周五`, `星期一`.
  { spelled: true, re: /(?:星期|礼拜|周)[一二三四五六日天]/g },
  // Named days: `双11`, `双十一`.
  { spelled: true, re: new RegExp(`双[\\d${HAN_NUM}]+`, 'g') },
  // Plan names: `十四五`, `“十三五”`.
  { spelled: true, re: /[“"「『](?:十[一二三四五六七八九]|[一二三四五六七八九])五[”"」』]/g },
  { spelled: true, re: /(?:十[一二三四五六七八九]|[一二三四五六七八九])五(?=规划|时期|期间|计划|末|初|开局)/g },
  // Section, clause and page references: `第3条`, `第二章`.
  {
    spelled: true,
    re: new RegExp(
      `第[\\d${HAN_NUM}百千]+(?:条款|部分|季度|阶段|条|章|节|款|项|页|卷|篇|编|回|集|号|版|期|届|次|轮|批|任|代|步|天|年|个|场|课|段|行|列|季|月|日|周)`,
      'g',
    ),
  },
  // Days of the lunar calendar and the festivals named by them: `正月十五`, `腊月二十三`, `元宵节` (not 15 yuan).
  { spelled: true, re: new RegExp(`(?:正|腊|冬)月(?:初)?[${HAN_NUM}廿\\d]+(?:元宵)?|[${HAN_NUM}]*元宵`, 'g') },
  // A numeral inside an abstract noun: `一元化`, `二元论`, `三维`, `一次性` name a quality, they count nothing.
  { spelled: true, re: new RegExp(`[${HAN_NUM}]+[元维次](?:化|论|性)`, 'g') },
  // `第三方`, `第四方` are parties, not places (`第三方面` is a third aspect, masked as a section below).
  { spelled: true, re: new RegExp(`第[${HAN_NUM}]方(?!面)`, 'g') },
  // Years of an era (`民國六十七年` is 1978, `昭和50年` 1975): a date, never a span of 67 years.
  {
    spelled: true,
    re: new RegExp(`(?:民国|民國|光绪|光緒|宣统|宣統|康熙|乾隆|明治|大正|昭和|平成|令和)\\s*[\\d${HAN_NUM}百]+年`, 'g'),
  },
  // Slogans and set phrases of two numbered words: `两降两升`, `三严三实`, `一带一路`, `四面八方` count nothing.
  // Not a count and its measure word, nor a range (`六到八人`), nor part of a longer numeral (`一九八九年`).
  {
    spelled: true,
    re: new RegExp(
      `(?<![${HAN_NUM}百千万亿])[一二两三四五六七八九十](?![${HAN_NUM}])${SLOGAN_WORD}[一二两三四五六七八九十]${SLOGAN_WORD}(?![${HAN_NUM}])`,
      'gu',
    ),
  },
  // Version numbers: `版本2.1`.
  { re: /版本\s*[:：]?\s*[vV]?\d+(?:\.\d+)*/g },
];
