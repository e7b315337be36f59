import { useEffect, useId, useState } from 'react';
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { formatNumber } from '@/utils/runtime/i18n/labels';
import { type Settings, SUMMARY_LENGTHS, type Theme, updateSettings } from '@/utils/runtime/settings/settings';

const THEMES: [Theme, () => string][] = [
  ['system', () => i18n.t('settings.themeSystem')],
  ['light', () => i18n.t('settings.themeLight')],
  ['dark', () => i18n.t('settings.themeDark')],
];

/** The reader's settings; each change is stored at once (and reaches an open popup through the storage watcher). */
export function SettingsPanel({ settings: stored }: { settings: Settings }) {
  const ids = { length: useId(), theme: useId() };
  const shortcut = useShortcut();
  // Shown at once, stored in the background; a change made elsewhere (another options tab) comes back through props.
  const [settings, setSettings] = useState(stored);
  useEffect(() => setSettings(stored), [stored]);
  const set = (patch: Partial<Settings>) => {
    setSettings({ ...settings, ...patch });
    void updateSettings(patch);
  };
  return (
    <section className="settings" aria-labelledby="settings-title" data-testid="settings">
      <h2 id="settings-title" className="settings__title">
        {i18n.t('settings.title')}
      </h2>
      <div className="setting">
        <label htmlFor={ids.length} className="setting__label">
          {i18n.t('settings.length')}
        </label>
        <select
          id={ids.length}
          data-testid="setting-length"
          value={settings.summaryLength}
          onChange={(e) => set({ summaryLength: Number(e.target.value) })}
        >
          {SUMMARY_LENGTHS.map((n) => (
            <option key={n} value={n}>
              {n === 0 ? i18n.t('settings.lengthAuto') : i18n.t('settings.lengthN', [formatNumber(n)])}
            </option>
          ))}
        </select>
        <p className="setting__hint">{i18n.t('settings.lengthHint')}</p>
      </div>
      <label className="setting setting--check">
        <input
          type="checkbox"
          data-testid="setting-autosave"
          checked={settings.autoSave}
          onChange={(e) => set({ autoSave: e.target.checked })}
        />
        <span className="setting__label">{i18n.t('settings.autoSave')}</span>
        <span className="setting__hint">{i18n.t('settings.autoSaveHint')}</span>
      </label>
      <label className="setting setting--check">
        <input
          type="checkbox"
          data-testid="setting-highlight"
          checked={settings.highlightOnOpen}
          onChange={(e) => set({ highlightOnOpen: e.target.checked })}
        />
        <span className="setting__label">{i18n.t('settings.highlightOnOpen')}</span>
      </label>
      <fieldset className="setting setting--choice">
        <legend className="setting__label">{i18n.t('settings.theme')}</legend>
        <div className="segmented" role="radiogroup" aria-label={i18n.t('settings.theme')}>
          {THEMES.map(([theme, label]) => (
            <label key={theme} className="segmented__option">
              <input
                type="radio"
                name={ids.theme}
                value={theme}
                data-testid={`setting-theme-${theme}`}
                checked={settings.theme === theme}
                onChange={() => set({ theme })}
              />
              <span>{label()}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="setting">
        <span className="setting__label">{i18n.t('settings.shortcut')}</span>
        <p className="setting__hint" data-testid="setting-shortcut">
          <kbd>{shortcut ?? i18n.t('settings.shortcutNone')}</kbd> {i18n.t('settings.shortcutHint', [SHORTCUTS_PAGE])}
        </p>
      </div>
    </section>
  );
}

const SHORTCUTS_PAGE = import.meta.env.FIREFOX ? 'about:addons' : 'chrome://extensions/shortcuts';

/** The key the browser has bound to the popup (the reader may have changed it), e.g. `Alt+Shift+D`. */
function useShortcut(): string | undefined {
  const [shortcut, setShortcut] = useState<string | undefined>(undefined);
  useEffect(() => {
    browser.commands
      ?.getAll?.()
      .then((commands) => {
        const command = commands.find((c) => c.name === '_execute_action' || c.name === '_execute_browser_action');
        setShortcut(command?.shortcut || undefined);
      })
      .catch(() => setShortcut(undefined));
  }, []);
  return shortcut;
}
