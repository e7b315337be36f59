import type { DigestDatabase } from './schema';

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

/**
 * Tag changes are read-modify-write in the database, not "save this list": a second tag added before the first
 * one's change reached the page (or from the popup meanwhile) must not undo it. Tags don't change what a digest
 * says, so they are not searched and the search index is left alone.
 */
export async function addTags(db: DigestDatabase, id: number, tags: readonly string[]): Promise<void> {
  await db.digests.where(':id').equals(id).modify((digest) => {
    digest.tags = normalizeTags([...digest.tags, ...tags]);
  });
}

export async function removeTag(db: DigestDatabase, id: number, tag: string): Promise<void> {
  await db.digests.where(':id').equals(id).modify((digest) => {
    digest.tags = digest.tags.filter((t) => t !== tag);
  });
}

/** Every tag in use, alphabetically: the suggestions when tagging and the choices of the tag filter. */
export async function allTags(db: DigestDatabase): Promise<string[]> {
  const tags = (await db.digests.orderBy('tags').uniqueKeys()) as string[];
  return tags.sort((a, b) => a.localeCompare(b));
}
