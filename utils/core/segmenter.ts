/** Intl.Segmenter instances are costly to build; keep one per language and granularity. */
const cache = new Map<string, Intl.Segmenter>();

export function segmenter(lang: string, granularity: 'sentence' | 'word' | 'grapheme'): Intl.Segmenter {
  const key = `${lang}:${granularity}`;
  let seg = cache.get(key);
  if (!seg) {
    let locale: string | undefined = lang;
    try {
      Intl.getCanonicalLocales(lang);
    } catch {
      locale = undefined;
    }
    seg = new Intl.Segmenter(locale, { granularity });
    cache.set(key, seg);
  }
  return seg;
}
