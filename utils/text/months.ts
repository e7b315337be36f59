/**
 * The month names that follow a day written as an ordinal (`12. März`, `15. března`), lower-cased, for a language
 * whose dates are written so — by Intl, not a list per language. Empty for the others (`March 15`, `3月15日`): there
 * `15.` before a capital ends a sentence. A sentence splitter asks this whether `12.` before a word is a date.
 */

const cache = new Map<string, ReadonlySet<string>>();

export function monthsAfterOrdinalDay(lang: string): ReadonlySet<string> {
  let names = cache.get(lang);
  if (!names) {
    let locale: string | undefined = lang;
    try {
      Intl.getCanonicalLocales(lang);
    } catch {
      locale = undefined;
    }
    names = new Set(writesOrdinalDay(locale) ? readMonthNames(locale) : []);
    cache.set(lang, names);
  }
  return names;
}

/** `15. März`: the day, a literal with a dot, then the month. */
function writesOrdinalDay(locale: string | undefined): boolean {
  const parts = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', timeZone: 'UTC' }).formatToParts(Date.UTC(2001, 2, 15));
  const day = parts.findIndex((p) => p.type === 'day');
  return day >= 0 && parts[day + 1]?.type === 'literal' && parts[day + 1]!.value.includes('.') && parts[day + 2]?.type === 'month';
}

function readMonthNames(locale: string | undefined): string[] {
  // Inside a date (`12. března`, genitive in Slavic languages) and standing alone (`březen`), long and short.
  const styles: Intl.DateTimeFormatOptions[] = [
    { day: 'numeric', month: 'long' },
    { day: 'numeric', month: 'short' },
    { month: 'long' },
    { month: 'short' },
  ];
  const out: string[] = [];
  for (const style of styles) {
    const format = new Intl.DateTimeFormat(locale, { ...style, timeZone: 'UTC' });
    for (let month = 0; month < 12; month++) {
      const part = format.formatToParts(Date.UTC(2001, month, 15)).find((p) => p.type === 'month')?.value;
      // Only names: a numeric month (`3月`) says nothing here.
      const name = part?.replace(/\.$/, '').toLowerCase();
      if (name && /^\p{L}+$/u.test(name)) out.push(name);
    }
  }
  return out;
}
