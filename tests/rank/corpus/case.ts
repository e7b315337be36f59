/**
 * The golden corpus of figures: one JSON object a line, per language (`en.jsonl`, `zh.jsonl`), each a sentence and
 * a figure in it with the label an editor would give it. Read by `figures-corpus.test.ts`; a row is added with
 * `npm run figures:add-case`.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Read, readFigures } from '../../../utils/engine/rank/figures';
import type { FigureKind } from '../../../utils/engine/rank/types';

export interface CorpusRow {
  sentence: string;
  /** The figure as written in the sentence. */
  figure: string;
  /** What the figure counts, or null where no short phrase of the sentence says it. */
  label: string | null;
  kind?: FigureKind;
  value?: number;
  unit?: string;
  currency?: string;
  approx?: boolean;
  /** Whether the card rules (`exclude-shown.ts`) let it be shown. */
  shown?: boolean;
  why?: string;
}

export const CORPUS_LANGS = { en: 'en', zh: 'zh-CN' } as const;
export type CorpusLang = keyof typeof CORPUS_LANGS;

export function corpusPath(lang: CorpusLang): string {
  return resolve(import.meta.dirname, `${lang}.jsonl`);
}

export function readCorpus(lang: CorpusLang): CorpusRow[] {
  return readFileSync(corpusPath(lang), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as CorpusRow);
}

/** Every figure the engine reads in `sentence` alone, as an article of one sentence in `lang`. */
export function readSentence(sentence: string, lang: CorpusLang): Read[] {
  return readFigures([{ index: 0, text: sentence, block: 0, start: 0, end: sentence.length, heading: false }], {
    lang: CORPUS_LANGS[lang],
  });
}

/** The first figure read whose text is `figure`. */
export function readCase(sentence: string, figure: string, lang: CorpusLang): Read | undefined {
  return readSentence(sentence, lang).find((r) => r.figure.text === figure);
}
