/** Short, reader-facing labels for a digest's facts. The UI is English; the article may be in any language. */

// Made on first use (a Markdown copy or export): building it loads the browser's language data, which the worker,
// loading this module only for `siteLabel`, shouldn't spend its start-up on.
let languageNames: Intl.DisplayNames | undefined;

/** `zh` → `Chinese`, `en-GB` → `British English`; the tag itself when the browser doesn't know it. */
export function languageName(lang: string): string {
  if (!lang || lang === 'und') return 'Unknown language';
  try {
    languageNames ??= new Intl.DisplayNames(['en'], { type: 'language' });
    return languageNames.of(lang) ?? lang;
  } catch {
    return lang;
  }
}

export function readingTime(minutes: number): string {
  return `${Math.max(1, Math.round(minutes))} min read`;
}

/** `12 Mar 2026`; with the time of day for today's entries, which the history lists most. */
export function savedDate(epochMs: number, now: number = Date.now()): string {
  const date = new Date(epochMs);
  const sameDay = new Date(now).toDateString() === date.toDateString();
  if (sameDay) return `Today, ${date.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' })}`;
  return calendarDate(epochMs);
}

/** `12 Mar 2026`, for text read later (an exported file), where "Today" would go stale. */
export function calendarDate(epochMs: number): string {
  return new Date(epochMs).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
}

/** The site's name, or its host name when the page doesn't say. */
export function siteLabel(siteName: string | undefined, url: string): string {
  if (siteName) return siteName;
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}
