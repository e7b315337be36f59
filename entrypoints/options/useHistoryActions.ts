import { i18n } from '#i18n';
import { useCallback, useState } from 'react';
import { clearHistory, deleteDigests, restoreDigests, type StoredEntry } from '@/utils/db/history';
import type { DigestDatabase } from '@/utils/db/schema';
import { exportDigests, importDigests, readHistoryFile } from '@/utils/db/transfer';
import { exportFileName } from '@/utils/format/dates';
import { historyToJson } from '@/utils/format/history-json';
import { historyToMarkdown } from '@/utils/format/markdown';
import { errorText } from '@/utils/messages';
import { download } from './download';

export interface Notice {
  message: string;
  tone: 'info' | 'problem';
  /** What the last delete removed, while it can still be put back. */
  undo?: StoredEntry[];
}


/** What the history page's buttons do, and the one notice (with Undo, after a delete) that reports it. */
export function useHistoryActions(db: DigestDatabase) {
  const [notice, setNotice] = useState<Notice | undefined>(undefined);
  const dismiss = useCallback(() => setNotice(undefined), []);
  const problem = (message: string) => setNotice({ message, tone: 'problem' });

  const remove = async (ids: number[]) => {
    const removed = await deleteDigests(db, ids);
    setNotice({ message: i18n.t('toast.deleted', removed.length), tone: 'info', undo: removed });
  };

  const undo = async () => {
    if (!notice?.undo) return;
    const restored = await restoreDigests(db, notice.undo);
    setNotice({ message: i18n.t('toast.restored', restored), tone: 'info' });
  };

  const deleteAll = async () => {
    await clearHistory(db);
    setNotice({ message: i18n.t('toast.deletedAll'), tone: 'info' });
  };

  const exportAs = async (format: 'json' | 'md') => {
    const digests = await exportDigests(db);
    if (format === 'json') download(exportFileName('json'), 'application/json', historyToJson(digests));
    else download(exportFileName('md'), 'text/markdown', historyToMarkdown(digests));
  };

  const importFile = async (file: File) => {
    const parsed = await readHistoryFile(file);
    if (!parsed.ok) return problem(i18n.t('toast.importRefused', [parsed.message]));
    try {
      const { added, updated, skipped } = await importDigests(db, parsed.digests);
      setNotice({
        message: i18n.t('toast.imported', [i18n.t('history.count', parsed.digests.length), added, updated, skipped]),
        tone: 'info',
      });
    } catch (error) {
      problem(i18n.t('toast.importFailed', [errorText(error)]));
    }
  };

  return { notice, dismiss, remove, undo, deleteAll, exportAs, importFile };
}
