import { useEffect, useState } from 'react';
import { type Settings, watchSettings } from '@/utils/runtime/settings/settings';
import { applyLastTheme, applyTheme } from '@/utils/runtime/settings/theme';

// Before React renders anything: the theme the reader last chose, so a pinned theme is there from the first paint.
applyLastTheme(document.documentElement);

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
