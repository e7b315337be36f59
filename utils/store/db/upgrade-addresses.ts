import type { Transaction } from 'dexie';
import { historyAddress } from '../../core/address';
import { mergeEntries } from './merge-entries';
import type { SavedDigest } from './records';

/**
 * Schema version 3: files every digest under `historyAddress` of its URL, as saves do now, so a page that older
 * versions kept under several addresses (`/a`, `/a#comments`, `/a#top`) is one entry. A passage's text-fragment
 * link (`/a#:~:text=…`) is an address of its own (see historyAddress) and stays beside its page.
 *
 * The entries of one page become one (mergeEntries, the rule an import of an old export follows too): the most
 * recently digested one's content and article (what a save would have left), under its id — the id the popup, a
 * pending auto-save undo or a `#digest=` link last heard of — with the earliest creation date of them all and the
 * tags of them all. The others are deleted with their articles (and their search rows: the search index of this
 * version is dropped at version 4, which indexes the history again from the digests that are left).
 *
 * Only the `url` index is read for the whole history (one key cursor, no records); records are read for the pages
 * that change only. Grouping is one pass through a map. Runs in the version-change transaction: if anything fails,
 * the upgrade aborts and the history stays as the older version left it.
 */
export async function fileByHistoryAddress(tx: Transaction): Promise<void> {
  const digests = tx.table<SavedDigest, number>('digests');
  const pages = new Map<string, { id: number; url: string }[]>();
  await digests.orderBy('url').eachKey((url, cursor) => {
    const address = historyAddress(url as string);
    const entry = { id: cursor.primaryKey as number, url: url as string };
    const entries = pages.get(address);
    if (entries) entries.push(entry);
    else pages.set(address, [entry]);
  });
  const changing = [...pages].filter(([address, entries]) => entries.length > 1 || entries[0]!.url !== address);
  if (changing.length === 0) return;

  const records = await digests.bulkGet(changing.flatMap(([, entries]) => entries.map((e) => e.id)));
  const byId = new Map(records.flatMap((d) => (d ? [[d.id, d] as const] : [])));
  const merged = changing.map(([address, entries]) =>
    mergeEntries(
      address,
      entries.map((e) => byId.get(e.id)!),
    ),
  );
  const kept = merged.map((m) => m.kept);
  const dropped = merged.flatMap((m) => m.dropped);

  await tx.table('articles').bulkDelete(dropped);
  // Every re-filed entry is removed before any is written back, so no write meets the unique `url` index still
  // holding an address that another entry is about to leave.
  await digests.bulkDelete([...dropped, ...kept.map((d) => d.id)]);
  await digests.bulkPut(kept);
}
