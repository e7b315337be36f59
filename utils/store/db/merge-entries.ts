import type { SavedDigest } from './records';
import { normalizeTags } from './tag-names';

/**
 * Several entries of one page (older versions of Digest filed `/a`, `/a#comments` and `/a#top` apart) as one, filed
 * under `address`: the most recently digested one's content — and whatever rides with it, such as an exported
 * article — under its id, with the earliest creation date of them all and the tags of them all (the kept entry's
 * first, then the others' from the most recently digested; no repeats in any letter case, as when tagging). Ties
 * on the digest date go to the higher id, the later save. The v3 upgrade and the import of an old export both
 * merge by this rule, so a history comes out the same whichever way it arrives.
 */
export function mergeEntries<T extends SavedDigest>(
  address: string,
  entries: readonly T[],
): { kept: T; dropped: number[] } {
  const [latest, ...others] = [...entries].sort((a, b) => b.updatedAt - a.updatedAt || b.id - a.id);
  if (!latest) throw new RangeError('mergeEntries needs at least one entry');
  const createdAt = entries.reduce((earliest, d) => Math.min(earliest, d.createdAt), latest.createdAt);
  const tags = others.length === 0 ? latest.tags : normalizeTags([latest, ...others].flatMap((d) => d.tags));
  return { kept: { ...latest, url: address, createdAt, tags }, dropped: others.map((d) => d.id) };
}
