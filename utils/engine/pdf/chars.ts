import { hasCjk } from '../../core/script';

const CJK_PUNCTUATION = /[\u3000-\u303f\uff00-\uffef]/;

/** A character of text written without spaces (Han, kana, hangul) or its full-width punctuation. */
export function isCjkChar(char: string): boolean {
  return char !== '' && (hasCjk(char) || CJK_PUNCTUATION.test(char));
}

/** Ends a sentence: a line ending so may end its paragraph. */
export const SENTENCE_END = /[.!?。！？…:：;；"”’」』)）]$/u;
