/**
 * Characters a page can use to make text read differently from what it says, removed from everything Digest
 * extracts (so the popup, the history, the Markdown copy and the ranker all see the same honest text).
 *
 * - Bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) reorder the characters on screen: with
 *   U+202E, "moc.elgoog" displays as "google.com". Right-to-left text needs none of them — the bidi algorithm
 *   orders Arabic and Hebrew from the letters themselves — so dropping them costs a real page nothing. The weak
 *   marks U+200E/U+200F/U+061C stay: they only place neutral characters such as punctuation and can't reverse a word.
 * - Invisible characters inside words (zero-width space, word joiner, BOM, soft hyphen, Mongolian vowel separator)
 *   hide a word from search and from the ranker's term matching ("pass\u200Bword" ≠ "password") and can smuggle
 *   look-alike text. U+200C/U+200D (ZWNJ/ZWJ) stay: Persian, Indic scripts and emoji need them.
 */
const TEXT_TRICKS = /[\u202A-\u202E\u2066-\u2069\u200B\u2060\uFEFF\u00AD\u180E]/g;

export function stripTextTricks(text: string): string {
  return text.replace(TEXT_TRICKS, '');
}
