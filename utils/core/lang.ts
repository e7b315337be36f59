import { deu, eng, fra, ita, nld, por, spa } from 'stopword';
import { scriptLang } from './script';

/**
 * Language of a text when the page does not say. Scripts decide CJK, Cyrillic, Arabic, Hebrew, Thai…;
 * Latin text is told apart by which language's stop words it uses most.
 */

const LATIN_STOPWORDS: ReadonlyArray<[string, ReadonlySet<string>]> = [
  ['en', new Set(eng)],
  ['fr', new Set(fra)],
  ['de', new Set(deu)],
  ['es', new Set(spa)],
  ['it', new Set(ita)],
  ['pt', new Set(por)],
  ['nl', new Set(nld)],
];

/** Enough of the text to decide; detection should not cost more on a long article. */
const SAMPLE_CHARS = 4000;

export function detectLang(text: string): string {
  const sample = text.slice(0, SAMPLE_CHARS);
  const script = scriptLang(sample);
  if (script !== 'latin') return script;
  return latinLang(sample).lang;
}

/** Each stop word with the languages whose lists have it, as bits in `LATIN_STOPWORDS` order: one lookup a word. */
const STOPWORD_LANGS = new Map<string, number>();
LATIN_STOPWORDS.forEach(([, stop], bit) => {
  for (const word of stop) STOPWORD_LANGS.set(word, (STOPWORD_LANGS.get(word) ?? 0) | (1 << bit));
});

/** The Latin-script language whose stop words the text uses most, with how many it used of each. */
function latinLang(sample: string): { lang: string; hits: Map<string, number> } {
  // Single letters are initials (`K. Hupfer`, `Palm Bay d. Rockledge`) more often than words, whatever the lists say.
  const words = sample.toLowerCase().match(/[a-z\u00df-\u00ff]{2,}/g) ?? [];
  const counts = new Array<number>(LATIN_STOPWORDS.length).fill(0);
  for (const w of words) {
    const langs = STOPWORD_LANGS.get(w);
    if (langs === undefined) continue;
    for (let bit = 0; bit < counts.length; bit++) if (langs & (1 << bit)) counts[bit]!++;
  }
  const hits = new Map(LATIN_STOPWORDS.map(([lang], bit) => [lang, counts[bit]!]));
  let best = 'en';
  for (const [lang, n] of hits) if (n > (hits.get(best) ?? 0)) best = lang;
  return { lang: best, hits };
}

/** Stop words a text must use, and how many times more than the declared language's, to overrule the page. */
const OVERRULE = { minHits: 15, ratio: 2 } as const;

/**
 * Whether Latin text plainly is not in the language the page declares: German pages templated `en`, English ones
 * `de`. Only a clear majority of another language's stop words overrules the page.
 */
export function contradictsLatin(declared: string, text: string): string | undefined {
  const base = baseLang(declared);
  if (!LATIN_STOPWORDS.some(([lang]) => lang === base)) return undefined;
  const { lang, hits } = latinLang(text.slice(0, SAMPLE_CHARS));
  const found = hits.get(lang) ?? 0;
  return lang !== base && found >= OVERRULE.minHits && found >= OVERRULE.ratio * (hits.get(base) ?? 0)
    ? lang
    : undefined;
}

/** `zh-Hans-CN` → `zh`; what the text engine keys its rules on. */
export function baseLang(lang: string): string {
  return lang.toLowerCase().split(/[-_]/)[0] || 'und';
}
