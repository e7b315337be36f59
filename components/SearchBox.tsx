import { i18n } from '#i18n';
import { useEffect, useRef } from 'react';

/** The history's search field. `/` anywhere on the page focuses it (as on GitHub and Gmail); Escape clears it. */
export function SearchBox({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const focusOnSlash = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      const typing = target?.closest('input, textarea, select, [contenteditable="true"]');
      if (event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
        event.preventDefault();
        input.current?.focus();
      }
    };
    document.addEventListener('keydown', focusOnSlash);
    return () => document.removeEventListener('keydown', focusOnSlash);
  }, []);
  return (
    <div className="search" role="search">
      <input
        ref={input}
        type="search"
        className="search__input"
        data-testid="search"
        aria-label={i18n.t('history.searchLabel')}
        placeholder={i18n.t('history.searchPlaceholder')}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') onChange('');
        }}
        autoComplete="off"
        spellCheck={false}
      />
      <kbd className="search__key" aria-hidden="true">
        /
      </kbd>
    </div>
  );
}
