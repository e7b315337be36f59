import type { Theme } from './settings';

/** Where an extension page keeps the last theme it applied, for the next page's first paint (see applyLastTheme). */
const LAST_THEME_KEY = 'digest.theme';

/**
 * Applies the theme to an extension page: `system` leaves `prefers-color-scheme` in charge, `light` and `dark` pin
 * it through `data-theme` on <html>, which components/theme.css turns into `color-scheme` — the one switch every
 * colour (written with light-dark()) and the browser's own controls follow. Not an inline `style.colorScheme`: the
 * built CSS only sees color-scheme set by its own rules (theme.css says why).
 */
export function applyTheme(root: HTMLElement, theme: Theme): void {
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
  try {
    localStorage.setItem(LAST_THEME_KEY, theme);
  } catch {
    // No storage for this page (a privacy setting): the next page starts on the system theme until its settings load.
  }
}

/**
 * Applies the theme the last extension page applied, at once: the settings live in extension storage, which answers
 * only after the first paint, and a popup would flash the system's palette before a pinned one. localStorage is
 * synchronous and shared by the extension's pages; the settings, once read, still decide (useSettings).
 */
export function applyLastTheme(root: HTMLElement): void {
  let last: string | null = null;
  try {
    last = localStorage.getItem(LAST_THEME_KEY);
  } catch {
    return;
  }
  if (last === 'light' || last === 'dark' || last === 'system') applyTheme(root, last);
}
