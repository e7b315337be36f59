/**
 * The golden corpus (`corpus/en.jsonl`, `corpus/zh.jsonl`): each row a sentence, a figure in it as written, and the
 * label an editor would give it — or null where no short phrase of the sentence says what the number is (a missing
 * label is better than a misleading one). Kind, value, unit, currency, hedge and whether a card may show it are
 * checked where the row gives them. A label judged wrong is a bug, never a row: fix the engine, then add the row
 * (`npm run figures:add-case -- --lang en "sentence" "figure"`).
 */
import { describe, expect, it } from 'vitest';
import { CORPUS_LANGS, type CorpusLang, type CorpusRow, readCase, readCorpus, readSentence } from './corpus/case';

for (const lang of Object.keys(CORPUS_LANGS) as CorpusLang[]) {
  describe(`${lang} corpus`, () => {
    it.each(readCorpus(lang))('$sentence → $figure', (row: CorpusRow) => {
      const read = readCase(row.sentence, row.figure, lang);
      expect(read, `read: ${JSON.stringify(readSentence(row.sentence, lang).map((r) => r.figure.text))}`).toBeDefined();
      if (!read) return;
      const { figure } = read;
      expect(figure.label ?? null, 'label').toBe(row.label);
      if (row.kind !== undefined) expect(figure.kind, 'kind').toBe(row.kind);
      if (row.value !== undefined) expect(figure.value, 'value').toBeCloseTo(row.value, 6);
      if (row.unit !== undefined) expect(figure.unit, 'unit').toBe(row.unit);
      if (row.currency !== undefined) expect(figure.currency, 'currency').toBe(row.currency);
      if (row.approx !== undefined) expect(figure.approx ?? false, 'approx').toBe(row.approx);
      if (row.shown !== undefined)
        expect(read.refused === undefined, `shown (refused: ${read.refused})`).toBe(row.shown);
    });
  });
}
