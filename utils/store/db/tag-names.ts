/** What a tag may be, apart from the database: imports and merges of entries normalise tags too. */

/** Longest tag kept; a tag is a label, not a note. */
export const MAX_TAG_LENGTH = 40;

/** `  Climate   policy ` → `Climate policy`; empty when nothing is left. */
export function normalizeTag(tag: string): string {
  return tag.replace(/\s+/g, ' ').trim().slice(0, MAX_TAG_LENGTH);
}

/** Tags as a reader would expect to see them: normalised, no blanks, no repeats in any letter case. */
export function normalizeTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const tag of tags.map(normalizeTag)) {
    const key = tag.toLocaleLowerCase();
    if (!tag || seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
  }
  return out;
}
