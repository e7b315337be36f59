import type { Article } from '../../core/article';
import type { Digest } from '../../engine/digest';
import { siteLabel } from '../../engine/labels';
import { hanGrams, isStopWord, surfaceWord, tokenize } from './tokens';

/**
 * What search reads of a saved digest: title, site, key sentences, key figures and the article's text. One field
 * per line, so a phrase never matches across two fields. Derived from the stored record alone, so the index can be
 * rebuilt at any time (schema upgrades, imports) and never drifts from what is stored.
 */
export function searchableText(digest: Digest, article: Article | undefined): string {
  return [
    digest.title,
    siteLabel(digest.siteName, digest.url),
    ...digest.sentences.map((s) => s.text),
    ...digest.figures.map((f) => `${f.text} ${f.label ?? ''}`),
    articleText(article),
  ].join('\n');
}

/** The article's part of the searchable text. */
function articleText(article: Article | undefined): string {
  return article?.blocks.map((b) => b.text).join('\n') ?? '';
}

/**
 * The distinct index keys of a text: Han characters and character pairs; and each word other than a stop word
 * twice, stemmed (what a finished word matches: `summaries` finds `summary`) and as written behind SURFACE (what the
 * word being typed is a prefix of: `governm` finds `government`, whose stem `govern` it is not a prefix of).
 */
export function indexKeys(text: string): string[] {
  const keys = new Set<string>();
  for (const token of tokenize(text)) {
    if (token.kind === 'han') for (const gram of hanGrams(token.text)) keys.add(gram);
    else if (!isStopWord(token.text)) keys.add(token.term).add(SURFACE + surfaceWord(token.text));
  }
  return [...keys];
}

/** Marks a surface-word key. No token starts with it, so surface keys never meet stems or Han keys. */
export const SURFACE = '~';
