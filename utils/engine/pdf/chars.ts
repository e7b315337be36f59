import { hasCjk } from '../../core/script';

const CJK_PUNCTUATION = /[\u3000-\u303f\uff00-\uffef]/;

/** A character of text written without spaces (Han, kana, hangul) or its full-width punctuation. */
export function isCjkChar(char: string): boolean {
  return char !== '' && (hasCjk(char) || CJK_PUNCTUATION.test(char));
}

/**
 * Glyphs a PDF maps to the wrong characters: CJK fonts share one glyph between a Han character and its Kangxi
 * radical (`女` and `⼥`), and many PDFs map it to the radical, which no search or segmenter reads as the word; Latin
 * ligatures (`ﬁ`) are one glyph for two letters. Only these are normalised: full NFKC would also turn Chinese
 * full-width punctuation into ASCII.
 */
const MISMAPPED = /[\u2e80-\u2fdf\u3190-\u319f\ufb00-\ufb06]/gu;

/**
 * The simplified-Chinese radicals of the CJK Radicals Supplement have no NFKC form; these are their equivalent
 * unified ideographs (Unicode's EquivalentUnifiedIdeograph.txt), the ones that stand alone as words.
 */
const SIMPLIFIED_RADICALS: Readonly<Record<string, string>> = {
  '\u2ea0': '民',
  '\u2ec4': '西',
  '\u2ec5': '见',
  '\u2ec6': '角',
  '\u2ec9': '贝',
  '\u2ecb': '车',
  '\u2ed3': '长',
  '\u2ed4': '门',
  '\u2ed8': '青',
  '\u2ed9': '韦',
  '\u2eda': '页',
  '\u2edb': '风',
  '\u2edc': '飞',
  '\u2edd': '食',
  '\u2ee2': '马',
  '\u2ee3': '骨',
  '\u2ee4': '鬼',
  '\u2ee5': '鱼',
  '\u2ee6': '鸟',
  '\u2ee7': '卤',
  '\u2ee8': '麦',
  '\u2ee9': '黄',
  '\u2eea': '黾',
  '\u2eec': '齐',
  '\u2eee': '齿',
  '\u2ef0': '龙',
  '\u2ef3': '龟',
};

export function readableGlyphs(text: string): string {
  return text.replace(MISMAPPED, (glyph) => SIMPLIFIED_RADICALS[glyph] ?? glyph.normalize('NFKC'));
}

/** Ends a sentence: a line ending so may end its paragraph. */
export const ENDS_SENTENCE = /[.!?。！？…:：;；"”’」』)）]$/u;
