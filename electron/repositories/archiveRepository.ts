import type { Database } from 'better-sqlite3';
import type { ImportFormat } from '../../shared/domain/importItem';

/** A communiqué of the archive as a duplicate or an original is named. */
export interface ArchivedRef {
  id: number;
  title: string;
}

/** Where an imported communiqué came from. */
export interface ImportedSource {
  communiqueId: number;
  fileName: string;
  fileSha256: string;
  format: ImportFormat;
  contentSha256: string;
  by: string;
  at: string;
}

/** A communiqué as `export-archive` writes it: its row, its own number, its publication date. */
export interface ArchiveRow {
  id: number;
  series_id: string;
  language: string;
  status: string;
  number: number | null;
  year: number | null;
  translation_of: number | null;
  published_on: string | null;
  content: string;
}

/** What the archive import looks up (originals by number, files and texts imported before) and records. */
export function archiveRepository(db: Database) {
  const original = db.prepare<[string, number, number], ArchivedRef>(
    `SELECT id, coalesce(title, '') AS title FROM communiques
     WHERE series_id = ? AND year = ? AND number = ? AND translation_of IS NULL AND status <> 'withdrawn' ORDER BY id LIMIT 1`,
  );
  const translation = db.prepare<[number, string], ArchivedRef>(
    `SELECT id, coalesce(title, '') AS title FROM communiques WHERE translation_of = ? AND language = ? ORDER BY id LIMIT 1`,
  );
  const byFile = db.prepare<[string], ArchivedRef>(
    `SELECT c.id, coalesce(c.title, '') AS title FROM imported_sources s JOIN communiques c ON c.id = s.communique_id WHERE s.file_sha256 = ? ORDER BY c.id LIMIT 1`,
  );
  const byContent = db.prepare<[string], ArchivedRef>(
    `SELECT c.id, coalesce(c.title, '') AS title FROM imported_sources s JOIN communiques c ON c.id = s.communique_id WHERE s.content_sha256 = ? ORDER BY c.id LIMIT 1`,
  );
  const insertSource = db.prepare(
    `INSERT INTO imported_sources (communique_id, file_name, file_sha256, format, content_sha256, imported_by, imported_at)
     VALUES (@communiqueId, @fileName, @fileSha256, @format, @contentSha256, @by, @at)`,
  );
  const sourceOf = db.prepare<[number], { file_name: string; file_sha256: string; format: ImportFormat; imported_by: string; imported_at: string }>(
    'SELECT file_name, file_sha256, format, imported_by, imported_at FROM imported_sources WHERE communique_id = ?',
  );
  const page = db.prepare<[number, number], ArchiveRow>(
    `SELECT id, series_id, language, status, number, year, translation_of, published_on, content FROM communiques WHERE id > ? ORDER BY id LIMIT ?`,
  );
  const numberTaken = db.prepare<[string, number, number], { n: number }>('SELECT 1 AS n FROM number_log WHERE series_id = ? AND year = ? AND number = ?');
  const setNumber = db.prepare('UPDATE communiques SET number = ?, year = ? WHERE id = ?');
  return {
    /** The communiqué of the archive that holds a series' number in a year (not a translation, not withdrawn). */
    originalNumbered: (series: string, year: number, number: number): ArchivedRef | undefined => original.get(series, year, number),
    /** A communiqué's translation into a language, if it has one. */
    translationOf: (originalId: number, language: string): ArchivedRef | undefined => translation.get(originalId, language),
    /** A communiqué imported from a file with this hash. */
    importedFromFile: (sha256: string): ArchivedRef | undefined => byFile.get(sha256),
    /** A communiqué imported with the same content. */
    importedWithContent: (sha256: string): ArchivedRef | undefined => byContent.get(sha256),
    /** Whether the number log holds this number already (assigned or voided). */
    numberLogged: (series: string, year: number, number: number): boolean => numberTaken.get(series, year, number) !== undefined,
    /** Records the number a communiqué was issued with, when the number log cannot hold it twice. */
    setNumber: (id: number, number: number | null, year: number | null): void => void setNumber.run(number, year, id),
    recordSource: (source: ImportedSource): void => void insertSource.run(source),
    /** Where an imported communiqué came from, or undefined for one written here. */
    sourceOf: (communiqueId: number) => {
      const row = sourceOf.get(communiqueId);
      return row && { fileName: row.file_name, fileSha256: row.file_sha256, format: row.format, importedBy: row.imported_by, importedAt: row.imported_at };
    },
    /** Communiqués after an id, in id order: the archive a page at a time. */
    page: (afterId: number, limit: number): ArchiveRow[] => page.all(afterId, limit),
  };
}
