import type { ReactNode } from 'react';

/** A whole-popup state in one clear sentence: working, or why there is no digest, with what the reader can do. */
export function StatusMessage({
  tone,
  title,
  children,
  actions,
}: {
  tone: 'working' | 'problem';
  title: string;
  children?: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <section
      className={`status status--${tone}`}
      role={tone === 'working' ? 'status' : 'alert'}
      aria-busy={tone === 'working'}
      data-testid="status"
    >
      <span className={tone === 'working' ? 'status__spinner' : 'status__icon'} aria-hidden="true" />
      <h1 className="status__title">{title}</h1>
      {children && <p className="status__message">{children}</p>}
      {actions && <div className="status__actions">{actions}</div>}
    </section>
  );
}
