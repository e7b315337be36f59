import { historyAddress } from './address';
import type { Article, BlockKind } from '../article/types';
import { mergeEntries } from '../db/merge-entries';
import type { SavedDigest } from '../db/schema';
import type { FigureKind } from '../rank/types';
import { arrayOf, boolean, integer, number, object, oneOf, optional, ParseError, type Parser, text } from './parse';

/**
 * The history export: one JSON document holding every digest with the article it came from, enough to restore the
 * history exactly. The format is documented in README.md ("Export format"); bump EXPORT_VERSION, and keep reading
 * the old versions, whenever it changes.
 */
export const EXPORT_FORMAT = 'digest-history';
export const EXPORT_VERSION = 1;

/** Files beyond this are refused before they are read: a history of thousands of digests is a few megabytes. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export interface ExportedDigest extends SavedDigest {
  article?: Article;
}

export interface HistoryExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  digests: ExportedDigest[];
}

export function historyToJson(digests: ExportedDigest[], now: Date = new Date()): string {
  const file: HistoryExport = { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now.toISOString(), digests };
  return JSON.stringify(file, null, 1);
}

export type ParsedExport = { ok: true; digests: ExportedDigest[] } | { ok: false; message: string };

/** Reads an export, trusting nothing in it; a failure is one sentence that says what is wrong and where. */
export function parseHistoryJson(json: string): ParsedExport {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return refuse('It isn’t complete JSON: the file may be cut short or not a Digest export.');
  }
  const header = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
  if (header.format !== EXPORT_FORMAT) return refuse('It isn’t a Digest history export.');
  if (header.version !== EXPORT_VERSION) {
    return typeof header.version === 'number' && header.version > EXPORT_VERSION
      ? refuse(`It was made by a newer Digest (format version ${header.version}); update Digest to import it.`)
      : refuse(`Its format version (${String(header.version)}) is not one Digest knows.`);
  }
  try {
    const digests = arrayOf(exportedDigest)(header.digests, 'digests');
    return duplicates(digests) ?? { ok: true, digests: byPage(digests) };
  } catch (error) {
    if (error instanceof ParseError) return refuse(`Its content is not valid: ${error.message}.`);
    throw error;
  }
}

function refuse(reason: string): { ok: false; message: string } {
  return { ok: false, message: `This file can’t be imported. ${reason} Nothing was changed.` };
}

/** An id, or an address exactly as written, listed twice: no history has that, so the file is broken. */
function duplicates(digests: ExportedDigest[]): { ok: false; message: string } | undefined {
  for (const key of ['id', 'url'] as const) {
    const seen = new Set<unknown>();
    for (const digest of digests) {
      if (seen.has(digest[key])) return refuse(`It lists the ${key} ${JSON.stringify(digest[key])} twice.`);
      seen.add(digest[key]);
    }
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
const FIGURE_KINDS: readonly FigureKind[] = ['percent', 'money', 'count', 'measure', 'duration', 'ratio', 'rank', 'date'];

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
