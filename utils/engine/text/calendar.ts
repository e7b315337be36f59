/**
 * Calendar words of a language from Intl rather than a list per language, lower-cased: the names of months and
 * weekdays as dates write them.
 */

const ordinalDayMonths = new Map<string, ReadonlySet<string>>();
const dateWordCache = new Map<string, ReadonlySet<string>>();

/**
 * The month names that follow a day written as an ordinal (`12. März`, `15. března`), for a language whose dates are
 * written so; empty for the others (`March 15`, `3月15日`), where `15.` before a capital ends a sentence. A sentence
 * splitter asks this whether `12.` before a word is a date.
 */
export function monthsAfterOrdinalDay(lang: string): ReadonlySet<string> {
  let names = ordinalDayMonths.get(lang);
  if (!names) {
    const locale = localeOf(lang);
    names = new Set(writesOrdinalDay(locale) ? namesOf(locale, MONTH_STYLES) : []);
    ordinalDayMonths.set(lang, names);
  }
  return names;
}

/** Months and weekdays, long and short, in the language and in English (pages in any language stamp dates in it). */
export function dateWords(lang: string): ReadonlySet<string> {
  let words = dateWordCache.get(lang);
  if (!words) {
    words = new Set(
      [...new Set([localeOf(lang), 'en'])].flatMap((locale) => namesOf(locale, [...MONTH_STYLES, ...WEEKDAY_STYLES])),
    );
    dateWordCache.set(lang, words);
  }
  return words;
}

// Inside a date (`12. března`, genitive in Slavic languages) and standing alone (`březen`), long and short.
const MONTH_STYLES: Intl.DateTimeFormatOptions[] = [
  { day: 'numeric', month: 'long' },
  { day: 'numeric', month: 'short' },
  { month: 'long' },
  { month: 'short' },
];
const WEEKDAY_STYLES: Intl.DateTimeFormatOptions[] = [{ weekday: 'long' }, { weekday: 'short' }];

function localeOf(lang: string): string | undefined {
  try {
    Intl.getCanonicalLocales(lang);
    return lang;
  } catch {
    return undefined;
  }
}

/** `15. März`: the day, a literal with a dot, then the month. */
function writesOrdinalDay(locale: string | undefined): boolean {
  const parts = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', timeZone: 'UTC' }).formatToParts(
    Date.UTC(2001, 2, 15),
  );
  const day = parts.findIndex((p) => p.type === 'day');
  return (
    day >= 0 &&
    parts[day + 1]?.type === 'literal' &&
    parts[day + 1]!.value.includes('.') &&
    parts[day + 2]?.type === 'month'
  );
}

function namesOf(locale: string | undefined, styles: Intl.DateTimeFormatOptions[]): string[] {
  const out: string[] = [];
  for (const style of styles) {
    const format = new Intl.DateTimeFormat(locale, { ...style, timeZone: 'UTC' });
    // 2001-01-01 was a Monday: twelve months from it, and seven days.
    for (let i = 0; i < 12; i++) {
      const date = style.weekday ? Date.UTC(2001, 0, 1 + (i % 7)) : Date.UTC(2001, i, 15);
      const part = format.formatToParts(date).find((p) => p.type === (style.weekday ? 'weekday' : 'month'))?.value;
      // Only names: a numeric month (`3月`) says nothing here.
      const name = part?.replace(/\.$/, '').toLowerCase();
      if (name && /^\p{L}+$/u.test(name)) out.push(name);
    }
  }
  return out;
}
