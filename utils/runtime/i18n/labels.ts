import { i18n } from '#i18n';
import { formatLocale } from './locale';

/** A digest's facts for the UI, in the UI's language (utils/engine/labels.ts keeps English for exports and the CLI). */

/** `zh` → `Chinese` (English UI) or `中文` (Chinese UI). */
export function languageLabel(lang: string, locale: string = formatLocale()): string {
  if (!lang || lang === 'und') return i18n.t('digest.unknownLanguage');
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(lang) ?? lang;
  } catch {
    return lang;
  }
}

export function readingTimeLabel(minutes: number, locale: string = formatLocale()): string {
  return i18n.t('digest.minRead', [formatNumber(Math.max(1, Math.round(minutes)), locale)]);
}

export function formatNumber(n: number, locale: string = formatLocale()): string {
  return cached(`number ${locale}`, () => new Intl.NumberFormat(locale)).format(n);
}

/** `12 Mar 2026` / `2026年3月12日`; today's entries (which the history lists most) as `Today, 14:05`. */
export function savedDateLabel(epochMs: number, now: number = Date.now(), locale: string = formatLocale()): string {
  const date = new Date(epochMs);
  if (new Date(now).toDateString() === date.toDateString()) {
    const time = cached(
      `time ${locale}`,
      () => new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hour12: false }),
    );
    return i18n.t('history.today', [time.format(date)]);
  }
  const day = cached(
    `day ${locale}`,
    () =>
      new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : locale, { day: 'numeric', month: 'short', year: 'numeric' }),
  );
  return day.format(date);
}

/**
 * Intl formatters by what they format and for which locale. Making one costs far more than using it, and the history
 * formats a date and a count for each of the hundred digests it lists, at every keystroke of a search.
 */
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) formatters.set(key, (formatter = make()));
  return formatter;
}
