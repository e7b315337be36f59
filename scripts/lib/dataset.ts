import { readFileSync } from 'node:fs';

/** One line of a dev set: `{id, lang, title, text, summary}`, paragraphs and summary sentences split by `\n`. */
export interface DevRecord {
  id: string;
  lang?: string;
  title?: string;
  text: string;
  summary: string;
}

/** A JSON Lines file's objects: a dev set's records by default, or a manifest's rows. */
export function readJsonl<T = DevRecord>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as T);
}
