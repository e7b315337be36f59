import { useEffect } from 'react';
import { i18n } from '#i18n';

/** How long "Undo" stays offered: long enough to notice a mistake, short enough not to linger. */
const UNDO_MS = 10_000;

/** A short notice at the bottom of the page, with Undo when the action can be taken back. */
export function Toast({
  message,
  onUndo,
  onDismiss,
  tone = 'info',
}: {
  message: string;
  onUndo?: () => void;
  onDismiss: () => void;
  tone?: 'info' | 'problem';
}) {
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new message starts its own time on screen.
  useEffect(() => {
    const timer = setTimeout(onDismiss, UNDO_MS);
    return () => clearTimeout(timer);
  }, [message, onDismiss]);
  return (
    <div className={`toast toast--${tone}`} role={tone === 'problem' ? 'alert' : 'status'} data-testid="toast">
      <span className="toast__message">{message}</span>
      {onUndo && (
        <button type="button" className="toast__action" onClick={onUndo}>
          {i18n.t('toast.undo')}
        </button>
      )}
      <button type="button" className="toast__close" aria-label={i18n.t('toast.dismiss')} onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
