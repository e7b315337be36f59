import { DigestDatabase } from '@/utils/store/db/database';
import { importHistoryFile } from '@/utils/store/export/transfer';
import type { ImportRequest, ImportUpdate } from './import-in-worker';

/**
 * The import, off the history page's thread: reading, checking and indexing thousands of digests is seconds of
 * work, which on the page froze it. The page hears progress and the outcome; the database tells its live queries.
 */
self.onmessage = async ({ data }: MessageEvent<ImportRequest>) => {
  const post = (update: ImportUpdate) => self.postMessage(update);
  const outcome = await importHistoryFile(new DigestDatabase(data.dbName), data.file, (progress) => post({ progress }));
  post({ outcome });
};
