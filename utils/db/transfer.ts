import { type ExportedDigest, MAX_IMPORT_BYTES, type ParsedExport, parseHistoryJson } from '../format/history-json';
import { entryTables, writeArticleAndIndex } from './history';
import type { DigestDatabase, SavedDigest } from './schema';
import { normalizeTags } from './tags';

/** Every digest with its article, oldest first: the content of an export. */
export async function exportDigests(db: DigestDatabase): Promise<ExportedDigest[]> {
  return db.transaction('r', db.digests, db.articles, async () => {
    const digests = await db.digests.orderBy('id').toArray();
    const articles = await db.articles.bulkGet(digests.map((d) => d.id));
    return digests.map((digest, i) => {
      const article = articles[i]?.article;
      return article ? { ...digest, article } : digest;
    });
  });
}

/** Reads an import file, refusing one too large to be a history before reading a byte of it. */
export async function readHistoryFile(file: Blob): Promise<ParsedExport> {
  if (file.size > MAX_IMPORT_BYTES) {
    const size = Math.round(file.size / (1024 * 1024));
    const limit = MAX_IMPORT_BYTES / (1024 * 1024);
    return {
      ok: false,
      message:
        `This file can’t be imported. It is ${size} MB; a Digest history export is at most ${limit} MB. ` +
        'Nothing was changed.',
    };
  }
  return parseHistoryJson(await file.text());
}

export interface ImportReport {
  added: number;
  updated: number;
  skipped: number;
}

/**
 * Merges imported digests into the history by URL, in one transaction: all of them or, if anything fails, none.
 * A URL the history lacks is added (under the file's id when that id is free, so export → wipe → import gives
 * back the same history); one it has is updated when the file's copy was digested later, keeping the tags of
 * both, and skipped otherwise.
 */
export function importDigests(db: DigestDatabase, digests: ExportedDigest[]): Promise<ImportReport> {
  return db.transaction('rw', entryTables(db), async () => {
    const report: ImportReport = { added: 0, updated: 0, skipped: 0 };
    for (const { article, ...fileDigest } of digests) {
      const incoming = { ...fileDigest, tags: normalizeTags(fileDigest.tags) };
      const existing = await db.digests.where('url').equals(incoming.url).first();
      let saved: SavedDigest;
      if (!existing) {
        const idFree = (await db.digests.get(incoming.id)) === undefined;
        const { id: _fileId, ...withoutId } = incoming;
        saved = { ...incoming, id: await db.digests.add(idFree ? incoming : withoutId) };
        report.added++;
      } else if (incoming.updatedAt > existing.updatedAt) {
        const tags = normalizeTags([...existing.tags, ...incoming.tags]);
        saved = { ...incoming, id: existing.id, createdAt: Math.min(existing.createdAt, incoming.createdAt), tags };
        await db.digests.put(saved);
        report.updated++;
      } else {
        report.skipped++;
        continue;
      }
      await writeArticleAndIndex(db, { digest: saved, article });
    }
    return report;
  });
}
