import type { DigestDatabase } from './database';
import { HistoryBlockedError } from './errors';

/**
 * Opens the history, or fails at once when opening is blocked. An upgrade waits until every connection at the
 * older version has closed; Dexie closes its own when asked (its default `versionchange` handler), so a wait here
 * means one that never will, and every read and save would wait with it — the popup would say "Reading this page…"
 * forever. Failing before the save's transaction is queued means it can't complete later, after the reader was
 * told it wasn't saved.
 */
export async function openHistory(db: DigestDatabase): Promise<void> {
  if (db.isOpen()) return;
  if (db.openBlocked) throw new HistoryBlockedError();
  await new Promise<void>((resolve, reject) => {
    const onBlocked = () => reject(new HistoryBlockedError());
    db.on('blocked', onBlocked);
    db.open()
      .then(() => resolve(), reject)
      .finally(() => db.on.blocked.unsubscribe(onBlocked));
  });
}
