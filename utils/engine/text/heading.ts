import { countCjk } from '../../core/script';

/** Longest line still read as a heading when it has no sentence-final punctuation. */
const MAX_HEADING_CHARS = 40;
const MAX_HEADING_WORDS = 14;

/**
 * A line that does not end like a sentence and is short: a heading, whatever its markup. Chinese sites set
 * subheads as `<p><strong>…</strong></p>`, and text copied from the web keeps them as bare lines.
 */
export function looksLikeHeading(text: string): boolean {
  return !endsLikeSentence(text) && isShort(text);
}

export function endsLikeSentence(text: string): boolean {
  return /[.!?。！？；;:：,，…"”’'\])）」』]$/.test(text.trimEnd());
}

function isShort(text: string): boolean {
  return countCjk(text) > 0 ? text.length <= MAX_HEADING_CHARS : text.trim().split(/\s+/).length <= MAX_HEADING_WORDS;
}
