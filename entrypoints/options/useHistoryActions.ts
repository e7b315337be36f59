import { useCallback, useState } from 'react';
import { i18n } from '#i18n';
import { refusalSentence } from '@/utils/runtime/i18n/failures';
import { formatNumber } from '@/utils/runtime/i18n/labels';
import { exportFileName } from '@/utils/store/dates';
import type { DigestDatabase } from '@/utils/store/db/database';
import { clearHistory, deleteDigests, restoreDigests, type StoredEntry } from '@/utils/store/db/history';
import { historyToMarkdown } from '@/utils/store/export/markdown';
import { exportDigests, exportHistoryFile, type ImportProgress } from '@/utils/store/export/transfer';
import { download } from './download';
import { importInWorker } from './import-in-worker';

export interface Notice {
  message: string;
  tone: 'info' | 'problem';
  /** What the last delete removed, while it can still be put back. */
  undo?: StoredEntry[];
}

/** What the history page's buttons do, and the one notice (with Undo, after a delete) that reports it. */
export function useHistoryActions(db: DigestDatabase) {
  const [notice, setNotice] = useState<Notice | undefined>(undefined);
  /** An import under way: what it has done so far. The history's buttons wait for it. */
  const [importing, setImporting] = useState<ImportProgress | undefined>(undefined);
  const dismiss = useCallback(() => setNotice(undefined), []);
  const problem = (message: string) => setNotice({ message, tone: 'problem' });

  const remove = async (ids: number[]) => {
    const removed = await deleteDigests(db, ids);
    setNotice({
      message: i18n.t('toast.deleted', removed.length, [formatNumber(removed.length)]),
      tone: 'info',
      undo: removed,
    });
  };

  const undo = async () => {
    if (!notice?.undo) return;
    const restored = await restoreDigests(db, notice.undo);
    setNotice({ message: i18n.t('toast.restored', restored, [formatNumber(restored)]), tone: 'info' });
  };

  const deleteAll = async () => {
    await clearHistory(db);
    setNotice({ message: i18n.t('toast.deletedAll'), tone: 'info' });
  };

  const exportAs = async (format: 'json' | 'md') => {
    if (format === 'json') download(exportFileName('json'), 'application/json', await exportHistoryFile(db));
    else download(exportFileName('md'), 'text/markdown', historyToMarkdown(await exportDigests(db)));
  };

  const importFile = async (file: File) => {
    setNotice(undefined);
    setImporting({ phase: 'reading', done: 0, total: file.size });
    const outcome = await importInWorker(db, file, setImporting);
    setImporting(undefined);
    if (outcome.kind === 'refused') return problem(refusalSentence(outcome.refusal));
    if (outcome.kind === 'failed') return problem(i18n.t('toast.importFailed', [outcome.message]));
    const { added, updated, skipped } = outcome.report;
    const imported = i18n.t('history.count', outcome.count, [formatNumber(outcome.count)]);
    const message = i18n.t('toast.imported', [
      imported,
      formatNumber(added),
      formatNumber(updated),
      formatNumber(skipped),
    ]);
    setNotice({ message, tone: 'info' });
  };

  return { notice, dismiss, remove, undo, deleteAll, exportAs, importFile, importing };
}
