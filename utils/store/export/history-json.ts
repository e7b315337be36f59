import { historyAddress } from '../../core/address';
import type { Article, BlockKind } from '../../core/article';
import type { FigureKind } from '../../engine/rank/types';
import { mergeEntries } from '../db/merge-entries';
import type { SavedDigest } from '../db/records';
import { StreamedJsonObject } from './json-stream';
import { arrayOf, boolean, integer, number, object, oneOf, optional, ParseError, type Parser, text } from './parse';

/**
 * The history export: one JSON document holding every digest with the article it came from, enough to restore the
 * history exactly. The format is documented in README.md ("Export format"); bump EXPORT_VERSION, and keep reading
 * the old versions, whenever it changes.
 */
export const EXPORT_FORMAT = 'digest-history';
export const EXPORT_VERSION = 1;

export interface ExportedDigest extends SavedDigest {
  article?: Article;
}

export interface HistoryExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  digests: ExportedDigest[];
}

/**
 * An export is written in pieces — the header, one line per digest, the end — so that no single string need hold a
 * whole history (a big one is hundreds of megabytes) and a reader can stream it back.
 */
export function exportHeader(now: Date = new Date()): string {
  return `{"format":"${EXPORT_FORMAT}","version":${EXPORT_VERSION},"exportedAt":"${now.toISOString()}","digests":[`;
}

export function exportLine(digest: ExportedDigest, first: boolean): string {
  return `${first ? '' : ','}\n${JSON.stringify(digest)}`;
}

export const EXPORT_END = '\n]}\n';

export function historyToJson(digests: ExportedDigest[], now: Date = new Date()): string {
  return exportHeader(now) + digests.map((digest, i) => exportLine(digest, i === 0)).join('') + EXPORT_END;
}

/**
 * Why a file can't be imported, each `importRefusal.<key>` in every locale, with how many things it names ($1…):
 * the history page says it in the reader's language.
 */
export const REFUSAL_PARAMS = {
  notJson: 0,
  notExport: 0,
  /** [its format version] */
  newerVersion: 1,
  /** [its format version] */
  unknownVersion: 1,
  notList: 0,
  /** [what is wrong and where, as the parser says it] */
  invalid: 1,
  /** [`id` or `url`, its value] */
  repeated: 2,
  /** [the file's size, the room left, in MB] */
  tooLarge: 2,
} as const satisfies Record<string, number>;

export interface Refusal {
  key: keyof typeof REFUSAL_PARAMS;
  params?: readonly (string | number)[];
}

export type ParsedExport = { ok: true; digests: ExportedDigest[] } | { ok: false; refusal: Refusal };

/**
 * Reads an export as its text arrives (push each piece, then end), trusting nothing in it: each digest is parsed and
 * checked as soon as it is complete, and the first problem is reported as the refusal that says what is wrong and
 * where — a file that is not whole JSON first, then one that is not an export or of another version, then a wrong
 * field, then a repeated id or address.
 */
export class HistoryJsonReader {
  private readonly digests: ExportedDigest[] = [];
  private invalid: string | undefined;
  private repeated: Refusal | undefined;
  private readonly seen = { id: new Set<unknown>(), url: new Set<unknown>() };
  private readonly json = new StreamedJsonObject('digests', (item, index) => this.add(item, index));

  push(text: string): void {
    this.json.push(text);
  }

  end(): ParsedExport {
    let header: Record<string, unknown>;
    try {
      header = this.json.end();
    } catch (error) {
      if (error instanceof SyntaxError) return refuse('notJson');
      throw error;
    }
    if (header.format !== EXPORT_FORMAT) return refuse('notExport');
    if (header.version !== EXPORT_VERSION) {
      return typeof header.version === 'number' && header.version > EXPORT_VERSION
        ? refuse('newerVersion', [header.version])
        : refuse('unknownVersion', [String(header.version)]);
    }
    if (!Array.isArray(header.digests)) return refuse('notList');
    if (this.invalid) return refuse('invalid', [this.invalid]);
    if (this.repeated) return { ok: false, refusal: this.repeated };
    return { ok: true, digests: byPage(this.digests) };
  }

  private add(item: unknown, index: number): void {
    if (this.invalid) return;
    try {
      const digest = exportedDigest(item, `digests[${index}]`);
      this.digests.push(digest);
      this.repeated ??= repeatedKey(digest, this.seen);
    } catch (error) {
      if (!(error instanceof ParseError)) throw error;
      this.invalid = error.message;
    }
  }
}

/** Reads a whole export held as one string. */
export function parseHistoryJson(json: string): ParsedExport {
  const reader = new HistoryJsonReader();
  reader.push(json);
  return reader.end();
}

export function refuse(key: Refusal['key'], params?: Refusal['params']): { ok: false; refusal: Refusal } {
  return { ok: false, refusal: params ? { key, params } : { key } };
}

/** An id, or an address exactly as written, listed twice: no history has that, so the file is broken. */
function repeatedKey(digest: ExportedDigest, seen: Record<'id' | 'url', Set<unknown>>): Refusal | undefined {
  for (const key of ['id', 'url'] as const) {
    if (seen[key].has(digest[key])) return { key: 'repeated', params: [key, JSON.stringify(digest[key])] };
    seen[key].add(digest[key]);
  }
  return undefined;
}

/**
 * The digests filed like a save: `/a#comments` is the page `/a`, so an import merges with it rather than adding a
 * twin. An export made before pages were filed without their fragment can list one page under `/a` and
 * `/a#comments`: those entries become one, as the v3 upgrade makes them in a history (mergeEntries), in the place
 * of the first of them.
 */
function byPage(digests: ExportedDigest[]): ExportedDigest[] {
  const pages = new Map<string, ExportedDigest[]>();
  for (const digest of digests) {
    const address = historyAddress(digest.url);
    const entries = pages.get(address);
    if (entries) entries.push(digest);
    else pages.set(address, [digest]);
  }
  return [...pages].map(([address, entries]) =>
    entries.length === 1 ? { ...entries[0]!, url: address } : mergeEntries(address, entries).kept,
  );
}

const webUrl: Parser<string> = (value, path) => {
  const url = text(value, path);
  if (!/^(https?|file):/i.test(url) || !URL.canParse(url)) throw new ParseError(`${path} should be a web address`);
  return url;
};

const BLOCK_KINDS: readonly BlockKind[] = ['heading', 'paragraph', 'listItem', 'quote', 'caption', 'cell', 'code'];
const FIGURE_KINDS: readonly FigureKind[] = [
  'percent',
  'money',
  'count',
  'measure',
  'duration',
  'ratio',
  'rank',
  'date',
];

const article = object({
  url: text,
  title: text,
  byline: optional(text),
  siteName: optional(text),
  lang: text,
  publishedAt: optional(text),
  leadImage: optional(text),
  excerpt: optional(text),
  blocks: arrayOf(object({ kind: oneOf(BLOCK_KINDS), text, level: optional(integer) })),
  wordCount: number,
});

const sentence = object({
  index: integer,
  text,
  block: integer,
  start: integer,
  end: integer,
  heading: boolean,
  score: number,
  rank: integer,
});

const figure = object({
  text,
  value: number,
  unit: optional(text),
  currency: optional(text),
  kind: oneOf(FIGURE_KINDS),
  label: optional(text),
  sentence: text,
  sentenceIndex: integer,
  score: number,
  approx: optional(boolean),
});

const exportedDigest: Parser<ExportedDigest> = object({
  id: integer,
  url: webUrl,
  title: text,
  siteName: optional(text),
  byline: optional(text),
  lang: text,
  publishedAt: optional(text),
  createdAt: number,
  updatedAt: number,
  tags: arrayOf(text),
  sentences: arrayOf(sentence),
  figures: arrayOf(figure),
  stats: object({ words: number, readingMinutes: number, sentencesTotal: integer, candidates: integer, ms: number }),
  engineVersion: text,
  article: optional(article),
});
