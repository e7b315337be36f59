import { type ReactNode, useEffect, useId, useRef } from 'react';
import { i18n } from '#i18n';

/** A modal question with one safe way out (Cancel, Escape, the backdrop) and one clearly dangerous button. */
export function ConfirmDialog({
  title,
  children,
  confirm,
  onConfirm,
  onCancel,
}: {
  title: string;
  children: ReactNode;
  confirm: string;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const cancel = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  useEffect(() => {
    // The safe choice has the focus, so an Enter pressed out of habit deletes nothing.
    cancel.current?.focus();
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && onCancel();
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onCancel]);
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions lint/a11y/useKeyWithClickEvents: a click beside the dialog cancels it, as Escape does from the keyboard (above).
    <div className="dialog__backdrop" onClick={onCancel}>
      {/* biome-ignore lint/a11y/useKeyWithClickEvents: keeps a click inside the dialog from reaching the backdrop; keys need no such guard. */}
      <div
        className="dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={titleId}
        onClick={(event) => event.stopPropagation()}
      >
        <h2 id={titleId} className="dialog__title">
          {title}
        </h2>
        <div className="dialog__body">{children}</div>
        <div className="dialog__buttons">
          <button ref={cancel} type="button" className="button" onClick={onCancel}>
            {i18n.t('confirm.cancel')}
          </button>
          <button type="button" className="button button--solid-danger" onClick={onConfirm}>
            {confirm}
          </button>
        </div>
      </div>
    </div>
  );
}
