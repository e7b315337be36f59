import type { DigestDatabase } from './database';
import { normalizeTags } from './tag-names';

/**
 * Tag changes are read-modify-write in the database, not "save this list": a second tag added before the first
 * one's change reached the page (or from the popup meanwhile) must not undo it. Tags don't change what a digest
 * says, so they are not searched and the search index is left alone.
 */
export async function addTags(db: DigestDatabase, id: number, tags: readonly string[]): Promise<void> {
  await db.digests
    .where(':id')
    .equals(id)
    .modify((digest) => {
      digest.tags = normalizeTags([...digest.tags, ...tags]);
    });
}

export async function removeTag(db: DigestDatabase, id: number, tag: string): Promise<void> {
  await db.digests
    .where(':id')
    .equals(id)
    .modify((digest) => {
      digest.tags = digest.tags.filter((t) => t !== tag);
    });
}

/** Every tag in use, alphabetically: the suggestions when tagging and the choices of the tag filter. */
export async function allTags(db: DigestDatabase): Promise<string[]> {
  const tags = (await db.digests.orderBy('tags').uniqueKeys()) as string[];
  return tags.sort((a, b) => a.localeCompare(b));
}
