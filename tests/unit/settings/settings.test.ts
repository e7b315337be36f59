import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  getSettings,
  normalizeSettings,
  requestedLength,
  type Settings,
  settingsItem,
  updateSettings,
  watchSettings,
} from '@/utils/runtime/settings/settings';
import { applyLastTheme, applyTheme } from '@/utils/runtime/settings/theme';

beforeEach(() => fakeBrowser.reset());

describe('settings', () => {
  it('are the defaults before the reader changes anything', async () => {
    expect(await getSettings()).toEqual({ summaryLength: 0, autoSave: true, highlightOnOpen: false, theme: 'system' });
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('are stored under local:settings, one change at a time, keeping the rest', async () => {
    await updateSettings({ theme: 'dark' });
    await updateSettings({ summaryLength: 5, autoSave: false });
    expect(await getSettings()).toEqual({ summaryLength: 5, autoSave: false, highlightOnOpen: false, theme: 'dark' });
    expect(await fakeBrowser.storage.local.get('settings')).toEqual({
      settings: { summaryLength: 5, autoSave: false, highlightOnOpen: false, theme: 'dark' },
    });
  });

  it.each([
    ['nothing', undefined, DEFAULT_SETTINGS],
    ['not an object', 'dark', DEFAULT_SETTINGS],
    ['an unknown theme', { theme: 'sepia' }, DEFAULT_SETTINGS],
    ['a negative length', { summaryLength: -2 }, DEFAULT_SETTINGS],
    ['a fractional length', { summaryLength: 4.5 }, DEFAULT_SETTINGS],
    ['a length as text', { summaryLength: '5' }, DEFAULT_SETTINGS],
    ['a flag as text', { autoSave: 'no', highlightOnOpen: 1 }, DEFAULT_SETTINGS],
    ['one good field among bad ones', { theme: 'light', summaryLength: 'x' }, { ...DEFAULT_SETTINGS, theme: 'light' }],
    ['an older shape with extra fields', { summaryLength: 3, legacy: true }, { ...DEFAULT_SETTINGS, summaryLength: 3 }],
  ])('fall back field by field when the stored value is %s', (_name, stored, expected) => {
    expect(normalizeSettings(stored)).toEqual(expected);
  });

  it('read a hand-edited stored value safely', async () => {
    await fakeBrowser.storage.local.set({ settings: { theme: 'neon', highlightOnOpen: true } });
    expect(await getSettings()).toEqual({ ...DEFAULT_SETTINGS, highlightOnOpen: true });
  });

  it('refuse an invalid patch rather than store it', async () => {
    await updateSettings({ summaryLength: 99 } as Partial<Settings>);
    expect((await getSettings()).summaryLength).toBe(0);
  });

  it('tell watchers the current value and every change', async () => {
    const seen: Settings[] = [];
    const stop = watchSettings((s) => seen.push(s));
    await vi_waitFor(() => seen.length === 1);
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, theme: 'light' });
    await vi_waitFor(() => seen.length === 2);
    stop();
    await updateSettings({ theme: 'dark' });
    expect(seen.map((s) => s.theme)).toEqual(['system', 'light']);
  });

  it('ask the engine for a length only when the reader chose one', () => {
    expect(requestedLength(DEFAULT_SETTINGS)).toBeUndefined();
    expect(requestedLength({ ...DEFAULT_SETTINGS, summaryLength: 4 })).toBe(4);
  });
});

describe('applyTheme', () => {
  const root = () => ({ dataset: {} as Record<string, string>, style: { colorScheme: '' } }) as unknown as HTMLElement;
  const memory = () => {
    const items = new Map<string, string>();
    return { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v) };
  };
  afterEach(() => vi.unstubAllGlobals());

  it('pins light or dark through data-theme (theme.css sets color-scheme), and leaves the system in charge otherwise', () => {
    const html = root();
    applyTheme(html, 'dark');
    expect(html.dataset.theme).toBe('dark');
    applyTheme(html, 'system');
    expect(html.dataset.theme).toBeUndefined();
    // Never inline: the built CSS's light-dark() only follows color-scheme set by its own rules.
    expect(html.style.colorScheme).toBe('');
  });

  it('starts the next page on the theme the last one applied, before its settings load', () => {
    vi.stubGlobal('localStorage', memory());
    const next = root();
    applyLastTheme(next);
    expect(next.dataset.theme).toBeUndefined();
    applyTheme(root(), 'dark');
    applyLastTheme(next);
    expect(next.dataset.theme).toBe('dark');
    applyTheme(root(), 'system');
    applyLastTheme(next);
    expect(next.dataset.theme).toBeUndefined();
  });

  it('works without storage (the system theme until the settings load)', () => {
    vi.stubGlobal('localStorage', {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
    });
    const html = root();
    applyLastTheme(html);
    expect(html.dataset.theme).toBeUndefined();
    applyTheme(html, 'light');
    expect(html.dataset.theme).toBe('light');
  });
});

async function vi_waitFor(done: () => boolean) {
  for (let i = 0; i < 100 && !done(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(done()).toBe(true);
}
