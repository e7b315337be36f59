import { storage } from 'wxt/utils/storage';

/** The reader's choices, kept with WXT storage in `local:settings` (one item, so a change is one write). */
export type Theme = 'system' | 'light' | 'dark';

export interface Settings {
  /** Key sentences in a fresh digest: 0 lets the engine choose from the article's length (3 to 7). */
  summaryLength: number;
  /** Save every digest to the history as it is made; when off, the popup offers "Save" instead. */
  autoSave: boolean;
  /** Mark the key sentences on the page as soon as the popup shows a digest. */
  highlightOnOpen: boolean;
  theme: Theme;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  summaryLength: 0,
  autoSave: true,
  highlightOnOpen: false,
  theme: 'system',
});

/** The lengths the settings offer; 0 is "automatic". */
export const SUMMARY_LENGTHS = [0, 3, 4, 5, 6, 7, 8, 10] as const;
const THEMES: readonly Theme[] = ['system', 'light', 'dark'];
const MAX_LENGTH = 20;

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
});

/**
 * Whatever is stored (an older version's shape, a hand-edited value, nothing), as valid settings: each field that is
 * missing or wrong falls back to its default, the others are kept.
 */
export function normalizeSettings(value: unknown): Settings {
  const raw = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const length = raw.summaryLength;
  return {
    summaryLength:
      typeof length === 'number' && Number.isInteger(length) && length >= 0 && length <= MAX_LENGTH
        ? length
        : DEFAULT_SETTINGS.summaryLength,
    autoSave: typeof raw.autoSave === 'boolean' ? raw.autoSave : DEFAULT_SETTINGS.autoSave,
    highlightOnOpen: typeof raw.highlightOnOpen === 'boolean' ? raw.highlightOnOpen : DEFAULT_SETTINGS.highlightOnOpen,
    theme: THEMES.includes(raw.theme as Theme) ? (raw.theme as Theme) : DEFAULT_SETTINGS.theme,
  };
}

export async function getSettings(): Promise<Settings> {
  return normalizeSettings(await settingsItem.getValue());
}

/** Changes some settings and keeps the rest; returns what is now stored. */
export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = normalizeSettings({ ...(await getSettings()), ...patch });
  await settingsItem.setValue(next);
  return next;
}

/** Calls `callback` with the settings now and whenever they change (in any extension page); returns the unsubscribe. */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  let live = true;
  void getSettings().then((settings) => live && callback(settings));
  const unwatch = settingsItem.watch((value) => callback(normalizeSettings(value)));
  return () => {
    live = false;
    unwatch();
  };
}

/** The digest length to ask the engine for: undefined lets it choose. */
export function requestedLength(settings: Settings): number | undefined {
  return settings.summaryLength > 0 ? settings.summaryLength : undefined;
}
