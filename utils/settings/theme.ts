import type { Theme } from './settings';

/**
 * Applies the theme to an extension page: `system` leaves `prefers-color-scheme` in charge (theme.css), `light` and
 * `dark` pin the palette through `data-theme` on <html>, and `color-scheme` makes the browser's own controls
 * (scrollbars, date pickers) match.
 */
export function applyTheme(root: HTMLElement, theme: Theme): void {
  if (theme === 'system') {
    delete root.dataset.theme;
    root.style.colorScheme = '';
  } else {
    root.dataset.theme = theme;
    root.style.colorScheme = theme;
  }
}
