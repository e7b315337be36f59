import { useEffect, useState } from 'react';
import { applyTheme } from '@/utils/settings/theme';
import { type Settings, watchSettings } from '@/utils/settings/settings';

/** The settings, live (a change in the options page reaches an open popup), with the theme applied to the page. */
export function useSettings(): Settings | undefined {
  const [settings, setSettings] = useState<Settings | undefined>(undefined);
  useEffect(
    () =>
      watchSettings((next) => {
        applyTheme(document.documentElement, next.theme);
        setSettings(next);
      }),
    [],
  );
  return settings;
}
