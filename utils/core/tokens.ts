import { baseLang } from './lang';
import { isHanCode } from './script';
import { segmenter } from './segmenter';

/**
 * The one tokenizer: ranking terms, search keys and figure labels all derive from its tokens, so what is ranked,
 * indexed, asked and labelled is cut the same way.
 *
 * - `han`: a run of Han characters, kept whole: Chinese has no spaces, and each user cuts it its own way (ranking
 *   into character pairs, the search index into n-grams, the figure labeller by Intl.Segmenter's dictionary).
 * - `word`: letters (any script but Han) and digits, with inner apostrophes and hyphens (`don't`, `well-known`), an
 *   ampersand between capitals (`S&P`, `AT&T`), a possessive apostrophe after a plural (`drivers'`), or a dotted
 *   abbreviation (`U.S.`); digits with letters written on are one word too (`5G`, `C2C`, `1st`, `10km`): a name, a
 *   model or a measure, not a number alone.
 * - `number`: digits with inner separators (`2,400`, `3.5`).
 * - `punct`: any other single character but white space (`$`, `%`, `,`).
 *
 * Japanese and the scripts of South-East Asia (Thai, Lao, Khmer, Burmese) write words without spaces and not in Han
 * alone: for those languages the words are Intl.Segmenter's dictionary words. Hand-written otherwise: the figure
 * labeller tokenizes the surroundings of every figure, and a Unicode regular expression was its cost.
 */

export type TokenKind = 'word' | 'number' | 'han' | 'punct';

export interface Token {
  kind: TokenKind;
  text: string;
  start: number;
  end: number;
}

/** Languages whose words only a dictionary finds. */
const DICTIONARY_LANGS = new Set(['ja', 'th', 'lo', 'km', 'my']);

export function usesDictionaryWords(lang: string): boolean {
  return DICTIONARY_LANGS.has(baseLang(lang));
}

/** The first `max` tokens of `text`; with `lang`, that language's dictionary words where it needs them. */
export function tokenize(text: string, { max = Infinity, lang }: { max?: number; lang?: string } = {}): Token[] {
  if (lang && usesDictionaryWords(lang)) return dictionaryTokens(text, lang, max);
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n && out.length < max) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    const start = i;
    let kind: TokenKind;
    if (isHanAt(text, i)) {
      kind = 'han';
      while (i < n && isHanAt(text, i)) i += text.charCodeAt(i) >= 0xd800 && text.charCodeAt(i) <= 0xdbff ? 2 : 1;
    } else if (isLetterAt(text, i)) {
      kind = 'word';
      i = wordEnd(text, i);
    } else if (isDigitAt(text, i)) {
      kind = 'number';
      i++;
      while (isDigitAt(text, i) || ((text[i] === ',' || text[i] === '.') && isDigitAt(text, i + 1))) i++;
      if (isLetterAt(text, i)) {
        kind = 'word';
        i = wordEnd(text, i);
      }
    } else {
      kind = 'punct';
      i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
    }
    out.push({ kind, text: text.slice(start, i), start, end: i });
  }
  return out;
}

/** A word as compared: lower-cased, curly apostrophes straight, a possessive dropped (`Reuters’` → `reuters`). */
export function plainWord(word: string): string {
  const lower = word.toLowerCase();
  return (lower.includes('’') ? lower.replace(/’/g, "'") : lower).replace(/'s?$/, '');
}

function wordEnd(s: string, i: number): number {
  // `U.S.`: capitals each followed by a dot.
  if (isUpperAt(s, i) && s[i + 1] === '.' && isUpperAt(s, i + 2) && s[i + 3] === '.') {
    while (isUpperAt(s, i) && s[i + 1] === '.') i += 2;
    return i;
  }
  i++;
  for (;;) {
    if (isLetterAt(s, i) || isDigitAt(s, i)) i++;
    else if ((s[i] === "'" || s[i] === '’' || s[i] === '-') && isLetterAt(s, i + 1)) i += 2;
    // `S&P`, `AT&T`, `M&A`: an ampersand between capitals is inside a name.
    else if (s[i] === '&' && isUpperAt(s, i - 1) && isUpperAt(s, i + 1)) i += 2;
    else break;
  }
  // `drivers' standings`: a possessive apostrophe after a plural.
  if ((s[i] === "'" || s[i] === '’') && (s[i - 1] === 's' || s[i - 1] === 'S') && !isLetterAt(s, i + 1)) i++;
  return i;
}

function dictionaryTokens(text: string, lang: string, max: number): Token[] {
  const out: Token[] = [];
  for (const s of segmenter(lang, 'word').segment(text)) {
    if (out.length >= max) break;
    if (!s.isWordLike) continue;
    const kind: TokenKind = isDigitAt(s.segment, 0) ? 'number' : 'word';
    out.push({ kind, text: s.segment, start: s.index, end: s.index + s.segment.length });
  }
  return out;
}

const OTHER_LETTER = /[\p{L}\p{M}]/u;
const OTHER_DIGIT = /\p{Nd}/u;

function isSpace(c: number): boolean {
  return c <= 32 || c === 160 || (c >= 0x2000 && c <= 0x200b) || c === 0x3000 || c === 0xfeff;
}

function isHanAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 0x2e80) return false;
  return c >= 0xd800 && c <= 0xdbff ? isHanCode(s.codePointAt(i)!) : isHanCode(c);
}

/** A letter of any script but Han (which is a letter too, but tokenized in runs). */
function isLetterAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return !isHanAt(s, i) && OTHER_LETTER.test(s[i] ?? '');
}

function isDigitAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return c >= 48 && c <= 57;
  return OTHER_DIGIT.test(s[i] ?? '');
}

function isUpperAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c >= 65 && c <= 90;
}
