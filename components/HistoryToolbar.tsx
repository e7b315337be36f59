import { useRef } from 'react';
import { i18n } from '#i18n';

/**
 * The history's own actions: export (JSON to restore, Markdown to read), import a JSON export, delete everything.
 * All wait while an import runs (`busy`): nothing else should read or change the history half-way through.
 */
export function HistoryToolbar({
  empty,
  busy,
  onExport,
  onImport,
  onDeleteAll,
}: {
  empty: boolean;
  busy: boolean;
  onExport: (format: 'json' | 'md') => void;
  onImport: (file: File) => void;
  onDeleteAll: () => void;
}) {
  const fileInput = useRef<HTMLInputElement>(null);
  const menu = useRef<HTMLDetailsElement>(null);
  const exportAs = (format: 'json' | 'md') => {
    menu.current?.removeAttribute('open');
    onExport(format);
  };
  return (
    <div className="toolbar" role="toolbar" aria-label={i18n.t('toolbar.label')}>
      <details className="menu" ref={menu}>
        <summary
          className={empty || busy ? 'button menu__button menu__button--disabled' : 'button menu__button'}
          aria-disabled={empty || busy}
        >
          {i18n.t('toolbar.export')}
        </summary>
        <div className="menu__items" role="menu">
          <button
            type="button"
            role="menuitem"
            className="menu__item"
            disabled={empty || busy}
            onClick={() => exportAs('json')}
          >
            <strong>{i18n.t('toolbar.json')}</strong>
            <span>{i18n.t('toolbar.jsonHint')}</span>
          </button>
          <button
            type="button"
            role="menuitem"
            className="menu__item"
            disabled={empty || busy}
            onClick={() => exportAs('md')}
          >
            <strong>{i18n.t('toolbar.markdown')}</strong>
            <span>{i18n.t('toolbar.markdownHint')}</span>
          </button>
        </div>
      </details>
      <button type="button" className="button" disabled={busy} onClick={() => fileInput.current?.click()}>
        {i18n.t('toolbar.import')}
      </button>
      <input
        ref={fileInput}
        type="file"
        accept="application/json,.json"
        hidden
        data-testid="import-file"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) onImport(file);
        }}
      />
      <button type="button" className="button button--danger" disabled={empty || busy} onClick={onDeleteAll}>
        {i18n.t('toolbar.deleteEverything')}
      </button>
    </div>
  );
}
