/**
 * Adds a row to the golden corpus of figures: runs the engine on the sentence, and appends the figure with the label
 * the engine gives it now, for the developer to review in the diff (a wrong label is a bug to fix, not a row).
 *
 *   npm run figures:add-case -- --lang en "Revenue rose 12% last year." "12%"
 *   … --label "Revenue"      the expected label, where the engine's is not yet right ("null": no label)
 *   … --why "…"              one line on what the row guards
 */
import { appendFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
  CORPUS_LANGS,
  type CorpusLang,
  type CorpusRow,
  corpusPath,
  readCase,
  readSentence,
} from '../tests/rank/corpus/case';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { lang: { type: 'string', default: 'en' }, label: { type: 'string' }, why: { type: 'string' } },
});
const lang = values.lang as CorpusLang;
const [sentence, figure] = positionals;
if (!(lang in CORPUS_LANGS) || !sentence || !figure) {
  console.error(
    `usage: npm run figures:add-case -- --lang ${Object.keys(CORPUS_LANGS).join('|')} [--label X] [--why …] "sentence" "figure"`,
  );
  process.exit(2);
}
const read = readCase(sentence, figure, lang);
if (!read) {
  console.error(
    `"${figure}" is not read in that sentence; the engine reads: ${JSON.stringify(readSentence(sentence, lang).map((r) => r.figure.text))}`,
  );
  process.exit(1);
}
const engineLabel = read.figure.label ?? null;
const row: CorpusRow = {
  sentence,
  figure,
  label: values.label === undefined ? engineLabel : values.label === 'null' ? null : values.label,
  kind: read.figure.kind,
  value: read.figure.value,
  shown: read.refused === undefined,
};
if (values.why) row.why = values.why;
appendFileSync(corpusPath(lang), `${JSON.stringify(row)}\n`);
console.log(JSON.stringify(row));
if (row.label !== engineLabel)
  console.log(`the engine reads ${JSON.stringify(engineLabel)} today: the row fails until it is fixed`);
