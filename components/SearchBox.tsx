import { useEffect, useRef, useState } from 'react';
import { i18n } from '#i18n';

/**
 * The history's search field. `/` anywhere on the page focuses it (as on GitHub and Gmail); Escape clears it. While
 * an input method composes (pinyin `shu` on the way to 数), the field shows the letters but nothing is searched: only
 * what the reader commits is.
 */
export function SearchBox({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const input = useRef<HTMLInputElement>(null);
  const [shown, setShown] = useState(value);
  const composing = useRef(false);
  // The search can also change from outside (cleared); the field follows.
  useEffect(() => setShown(value), [value]);
  const change = (text: string) => {
    setShown(text);
    if (!composing.current) onChange(text);
  };
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
        value={shown}
        onChange={(event) => change(event.target.value)}
        onCompositionStart={() => (composing.current = true)}
        onCompositionEnd={(event) => {
          composing.current = false;
          change(event.currentTarget.value);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && !composing.current) change('');
        }}
        autoComplete="off"
        spellCheck={false}
      />
      {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: a <kbd> is never focused; the hint is for the eye, the field has its label. */}
      <kbd className="search__key" aria-hidden="true">
        /
      </kbd>
    </div>
  );
}
