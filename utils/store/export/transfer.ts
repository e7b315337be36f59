import type { DigestDatabase } from '../db/database';
import { entryTables } from '../db/history';
import { digestKeys, PostingChanges } from '../db/postings';
import type { SavedDigest } from '../db/records';
import { normalizeTags } from '../db/tag-names';
import {
  EXPORT_END,
  type ExportedDigest,
  exportHeader,
  exportLine,
  HistoryJsonReader,
  type ParsedExport,
  type Refusal,
  refuse,
} from './history-json';

/** Digests read, or imported, at a time: bounds the memory of an export and the length of each step of an import. */
const BATCH = 100;

/**
 * The whole history as an export file, oldest id first: read in batches within one read transaction (one
 * consistent picture, even while a popup saves), each batch written out as text at once, so only the file's text is
 * ever held whole — as a Blob, which the browser may keep out of the page's memory.
 */
export async function exportHistoryFile(db: DigestDatabase, now: Date = new Date()): Promise<Blob> {
  const lines = await db.transaction('r', db.digests, db.articles, async () => {
    const ids = await db.digests.toCollection().primaryKeys();
    const text: string[] = [];
    for (let from = 0; from < ids.length; from += BATCH) {
      for (const digest of await exportedDigests(db, ids.slice(from, from + BATCH)))
        text.push(exportLine(digest, text.length === 0));
    }
    return text;
  });
  return new Blob([exportHeader(now), ...lines, EXPORT_END], { type: 'application/json' });
}

/** Every digest with its article, oldest first: what the Markdown export lists. */
export async function exportDigests(db: DigestDatabase): Promise<ExportedDigest[]> {
  return db.transaction('r', db.digests, db.articles, async () =>
    exportedDigests(db, await db.digests.toCollection().primaryKeys()),
  );
}

async function exportedDigests(db: DigestDatabase, ids: number[]): Promise<ExportedDigest[]> {
  const [digests, articles] = await Promise.all([db.digests.bulkGet(ids), db.articles.bulkGet(ids)]);
  return digests.flatMap((digest, i) => {
    if (!digest) return [];
    const article = articles[i]?.article;
    return [article ? { ...digest, article } : digest];
  });
}

/** Bytes of the file read, digests saved, then rows of the search index written. */
export interface ImportProgress {
  phase: 'reading' | 'saving' | 'indexing';
  done: number;
  total: number;
}

/**
 * Reads an import file as a stream, checking each digest as it arrives, so a file of any size the history could
 * have exported is read without holding its text whole. A file larger than the room the browser has left for the
 * extension's storage is refused before it is read: it could not be stored. Progress counts the bytes read.
 */
export async function readHistoryFile(
  file: Blob,
  onProgress?: (progress: ImportProgress) => void,
): Promise<ParsedExport> {
  const room = await storageRoom();
  if (room !== undefined && file.size > room) {
    const mb = (bytes: number) => Math.ceil(bytes / (1024 * 1024));
    return refuse('tooLarge', [mb(file.size), mb(room)]);
  }
  const reader = new HistoryJsonReader();
  const decoder = new TextDecoder();
  const bytes = file.stream().getReader();
  let done = 0;
  for (let chunk = await bytes.read(); !chunk.done; chunk = await bytes.read()) {
    reader.push(decoder.decode(chunk.value, { stream: true }));
    done += chunk.value.byteLength;
    onProgress?.({ phase: 'reading', done, total: file.size });
  }
  reader.push(decoder.decode());
  return reader.end();
}

/** What is left of the storage the browser grants this extension, when it says. */
async function storageRoom(): Promise<number | undefined> {
  const estimate = await globalThis.navigator?.storage?.estimate?.();
  return estimate?.quota === undefined ? undefined : estimate.quota - (estimate.usage ?? 0);
}

export interface ImportReport {
  added: number;
  updated: number;
  skipped: number;
}

/**
 * Merges imported digests into the history by URL, in one transaction: all of them or, if anything fails (storage
 * full, the page closed), none. The work is done in batches inside it, each reporting progress. A URL the history
 * lacks is added (under the file's id when that id is free, so export → wipe → import gives back the same history);
 * one it has is updated when the file's copy was digested later, keeping the tags of both, and skipped otherwise.
 */
export function importDigests(
  db: DigestDatabase,
  digests: ExportedDigest[],
  onProgress?: (progress: ImportProgress) => void,
): Promise<ImportReport> {
  return db.transaction('rw', entryTables(db), async () => {
    const report: ImportReport = { added: 0, updated: 0, skipped: 0 };
    // The index is written once at the end: a common word's rows would otherwise be rewritten for every batch.
    const index = new PostingChanges();
    for (let from = 0; from < digests.length; from += BATCH) {
      await importBatch(db, digests.slice(from, from + BATCH), report, index);
      onProgress?.({ phase: 'saving', done: Math.min(from + BATCH, digests.length), total: digests.length });
    }
    await index.write(db.postings, (done, total) => onProgress?.({ phase: 'indexing', done, total }));
    return report;
  });
}

async function importBatch(
  db: DigestDatabase,
  batch: ExportedDigest[],
  report: ImportReport,
  changes: PostingChanges,
): Promise<void> {
  const [existing, taken] = await Promise.all([
    db.digests
      .where('url')
      .anyOf(batch.map((d) => d.url))
      .toArray(),
    db.digests.bulkGet(batch.map((d) => d.id)),
  ]);
  const byUrl = new Map(existing.map((d) => [d.url, d]));
  const fileDate = new Map(batch.map((d) => [d.url, d.updatedAt]));
  // The articles of the entries to be updated: their keys leave the index, and they stay if the file has none.
  const updating = existing.filter((d) => fileDate.get(d.url)! > d.updatedAt).map((d) => d.id);
  const oldArticles = new Map(
    (await db.articles.bulkGet(updating)).flatMap((a) => (a ? [[a.digestId, a.article] as const] : [])),
  );
  const written: { digest: SavedDigest; article: ExportedDigest['article'] }[] = [];
  const withoutId: { digest: Omit<SavedDigest, 'id'>; article: ExportedDigest['article'] }[] = [];
  for (const [i, { article, ...fileDigest }] of batch.entries()) {
    const incoming = { ...fileDigest, tags: normalizeTags(fileDigest.tags) };
    const old = byUrl.get(incoming.url);
    if (!old) {
      report.added++;
      if (taken[i] === undefined) written.push({ digest: incoming, article });
      else withoutId.push({ digest: (({ id: _fileId, ...rest }) => rest)(incoming), article });
    } else if (incoming.updatedAt > old.updatedAt) {
      report.updated++;
      const tags = normalizeTags([...old.tags, ...incoming.tags]);
      const digest = { ...incoming, id: old.id, createdAt: Math.min(old.createdAt, incoming.createdAt), tags };
      const oldArticle = oldArticles.get(old.id);
      changes.remove(old.id, digestKeys(old, oldArticle));
      written.push({ digest, article: article ?? oldArticle });
    } else report.skipped++;
  }
  await db.digests.bulkPut(written.map((e) => e.digest));
  const newIds = await db.digests.bulkAdd(withoutId.map((e) => e.digest) as SavedDigest[], { allKeys: true });
  const entries = [
    ...written,
    ...withoutId.map((e, i) => ({ digest: { ...e.digest, id: newIds[i]! }, article: e.article })),
  ];
  const articles = entries.flatMap(({ digest, article }) => (article ? [{ digestId: digest.id, article }] : []));
  for (const { digest, article } of entries) changes.add(digest.id, digestKeys(digest, article));
  await db.articles.bulkPut(articles);
}

export type ImportOutcome =
  | { kind: 'imported'; count: number; report: ImportReport }
  | { kind: 'refused'; refusal: Refusal }
  | { kind: 'failed'; message: string };

/** An import from start to end — read, check, merge — as one answer the history page can show. */
export async function importHistoryFile(
  db: DigestDatabase,
  file: Blob,
  onProgress?: (progress: ImportProgress) => void,
): Promise<ImportOutcome> {
  try {
    const parsed = await readHistoryFile(file, onProgress);
    if (!parsed.ok) return { kind: 'refused', refusal: parsed.refusal };
    const report = await importDigests(db, parsed.digests, onProgress);
    return { kind: 'imported', count: parsed.digests.length, report };
  } catch (error) {
    return { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
}
