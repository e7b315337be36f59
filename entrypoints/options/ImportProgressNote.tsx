import { i18n } from '#i18n';
import { formatNumber } from '@/utils/runtime/i18n/labels';
import type { ImportProgress } from '@/utils/store/export/transfer';

/** How far an import has got: the file read, the digests saved of how many, the search index written. */
export function ImportProgressNote({ progress }: { progress: ImportProgress }) {
  const percent = formatNumber(Math.floor((100 * progress.done) / Math.max(1, progress.total)));
  const text =
    progress.phase === 'saving'
      ? i18n.t('history.importSaving', [formatNumber(progress.done), formatNumber(progress.total)])
      : i18n.t(progress.phase === 'reading' ? 'history.importReading' : 'history.importIndexing', [percent]);
  return (
    <p className="history__progress" role="status" data-testid="import-progress">
      {text}
    </p>
  );
}
