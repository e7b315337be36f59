import type { DigestDatabase } from '@/utils/store/db/database';
import type { ImportOutcome, ImportProgress } from '@/utils/store/export/transfer';

export interface ImportRequest {
  dbName: string;
  file: File;
}

export type ImportUpdate = { progress: ImportProgress } | { outcome: ImportOutcome };

/** Imports `file` into `db` in a worker of its own, which ends with the import. */
export function importInWorker(
  db: DigestDatabase,
  file: File,
  onProgress: (progress: ImportProgress) => void,
): Promise<ImportOutcome> {
  const worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
  return new Promise<ImportOutcome>((resolve) => {
    worker.onmessage = ({ data }: MessageEvent<ImportUpdate>) => {
      if ('progress' in data) return onProgress(data.progress);
      worker.terminate();
      resolve(data.outcome);
    };
    worker.onerror = (event) => {
      worker.terminate();
      resolve({ kind: 'failed', message: event.message || 'the import stopped' });
    };
    worker.postMessage({ dbName: db.name, file } satisfies ImportRequest);
  });
}
