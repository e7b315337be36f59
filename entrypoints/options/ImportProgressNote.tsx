import { i18n } from '#i18n';
import type { ImportProgress } from '@/utils/db/transfer';
import { formatNumber } from '@/utils/i18n/labels';

/** How far an import has got: the file read (a share of its bytes), then the digests saved of how many. */
export function ImportProgressNote({ progress }: { progress: ImportProgress }) {
  const text =
    progress.phase === 'reading'
      ? i18n.t('history.importReading', [formatNumber(Math.floor((100 * progress.done) / Math.max(1, progress.total)))])
      : i18n.t('history.importSaving', [formatNumber(progress.done), formatNumber(progress.total)]);
  return (
    <p className="history__progress" role="status" data-testid="import-progress">
      {text}
    </p>
  );
}
