import { useRef } from 'react';

/** The history's own actions: export (JSON to restore, Markdown to read), import a JSON export, delete everything. */
export function HistoryToolbar({
  empty,
  onExport,
  onImport,
  onDeleteAll,
}: {
  empty: boolean;
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
    <div className="toolbar" role="toolbar" aria-label="History actions">
      <details className="menu" ref={menu}>
        <summary className={empty ? 'button menu__button menu__button--disabled' : 'button menu__button'}>Export</summary>
        <div className="menu__items" role="menu">
          <button type="button" role="menuitem" className="menu__item" disabled={empty} onClick={() => exportAs('json')}>
            <strong>JSON</strong>
            <span>everything, to import again</span>
          </button>
          <button type="button" role="menuitem" className="menu__item" disabled={empty} onClick={() => exportAs('md')}>
            <strong>Markdown</strong>
            <span>one file to read or share</span>
          </button>
        </div>
      </details>
      <button type="button" className="button" onClick={() => fileInput.current?.click()}>
        Import
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
      <button type="button" className="button button--danger" disabled={empty} onClick={onDeleteAll}>
        Delete everything…
      </button>
    </div>
  );
}
