import { createHash } from 'node:crypto';
import type { ArchiveEntry } from '../../shared/domain/archiveEntry';
import { contentSchema } from '../../shared/domain/content';
import type { FileReading, ImportOutcome } from '../../shared/domain/importItem';
import type { Language } from '../../shared/domain/language';
import type { Handlers } from '../api/Handlers';
import { contentSha256 } from '../import/contentSha256';
import { itemsOfReading } from '../import/itemsOfReading';
import { matchInArchive } from '../import/matchInArchive';
import { readImportFile } from '../import/readImportFile';
import { storeImportItem } from '../import/storeImportItem';

/** Bringing the office's past in (read, previewed, stored file by file) and writing the archive out as archive lines. */
export const importService: Pick<Handlers, 'readImportFile' | 'importArchiveFile' | 'exportArchivePage'> = {
  readImportFile: async ({ name, data }, { repos }) => {
    const bytes = Buffer.from(data, 'base64');
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const officeSeries = await repos.series.list();
    const reading = await readImportFile(name, bytes);
    const read = itemsOfReading(reading, officeSeries);
    const format = reading.format;
    if ('refused' in read) return { file: name, sha256, format, items: [], refused: { reason: read.refused, line: read.line } } satisfies FileReading;
    const sameFile = await repos.archive.importedFromFile(sha256);
    const keys = new Set(read.items.map((item) => item.key));
    const items = [];
    for (const item of read.items) {
      // An original in the same file is linked by its key when stored; only the others are matched by number.
      const linkedInFile = item.translationOfKey !== null && keys.has(item.translationOfKey);
      const match = await matchInArchive(repos, item, sameFile, contentSha256(item), linkedInFile ? 'inFile' : null);
      items.push({ ...item, duplicateOf: match.duplicateOf, translationOf: match.translationOf });
    }
    return { file: name, sha256, format, items, refused: null } satisfies FileReading;
  },

  importArchiveFile: async ({ file, sha256, format, items }, context) => {
    const sameFile = await context.repos.archive.importedFromFile(sha256);
    const source = { file, sha256, format, sameFile };
    const idOfKey = new Map<number, number>();
    const outcome: ImportOutcome = { file, imported: [], skipped: 0 };
    // Originals first, so a translation in the same file finds the one it translates.
    const ordered = [...items].sort((a, b) => Number(a.translationOfKey !== null) - Number(b.translationOfKey !== null));
    for (const item of ordered) {
      const linked = item.translationOfKey === null ? null : (idOfKey.get(item.translationOfKey) ?? null);
      const stored = await storeImportItem(item, source, linked, context);
      if (!stored) {
        outcome.skipped++;
        continue;
      }
      if (item.key !== null) idOfKey.set(item.key, stored.id);
      outcome.imported.push({ id: stored.id, number: stored.number, year: stored.year, title: stored.content.title });
    }
    return outcome;
  },

  exportArchivePage: async ({ afterId, limit }, { repos }) => {
    const rows = await repos.archive.page(afterId, limit);
    const entries = rows.map((row): ArchiveEntry => {
      const content = contentSchema.parse({ ...(JSON.parse(row.content) as object), series: row.series_id, language: row.language as Language });
      return {
        ...content,
        number: row.number,
        year: row.year,
        status: row.status as ArchiveEntry['status'],
        publishedOn: row.published_on,
        key: row.id,
        translationOf: row.translation_of,
      };
    });
    return { entries, lastId: rows.at(-1)?.id ?? afterId };
  },
};
