import type { ImportFormat } from '../../shared/domain/importItem';
import type { StoreQueries } from './StoreQueries';

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
export function archiveRepository(db: StoreQueries) {
  const ref = (row: { id: number; title: string | null } | undefined): ArchivedRef | undefined => row && { id: row.id, title: row.title ?? '' };
  const imported = () => db.selectFrom('imported_sources as s').innerJoin('communiques as c', 'c.id', 's.communique_id').select(['c.id', 'c.title']);
  return {
    /** The communiqué of the archive that holds a series' number in a year (not a translation, not withdrawn). */
    originalNumbered: async (series: string, year: number, number: number): Promise<ArchivedRef | undefined> =>
      ref(
        await db
          .selectFrom('communiques')
          .select(['id', 'title'])
          .where('series_id', '=', series)
          .where('year', '=', year)
          .where('number', '=', number)
          .where('translation_of', 'is', null)
          .where('status', '<>', 'withdrawn')
          .orderBy('id')
          .limit(1)
          .executeTakeFirst(),
      ),
    /** A communiqué's translation into a language, if it has one. */
    translationOf: async (originalId: number, language: string): Promise<ArchivedRef | undefined> =>
      ref(
        await db
          .selectFrom('communiques')
          .select(['id', 'title'])
          .where('translation_of', '=', originalId)
          .where('language', '=', language)
          .orderBy('id')
          .limit(1)
          .executeTakeFirst(),
      ),
    /** A communiqué imported from a file with this hash. */
    importedFromFile: async (sha256: string): Promise<ArchivedRef | undefined> =>
      ref(await imported().where('s.file_sha256', '=', sha256).orderBy('c.id').limit(1).executeTakeFirst()),
    /** A communiqué imported with the same content. */
    importedWithContent: async (sha256: string): Promise<ArchivedRef | undefined> =>
      ref(await imported().where('s.content_sha256', '=', sha256).orderBy('c.id').limit(1).executeTakeFirst()),
    /** Whether the number log holds this number already (assigned or voided). */
    numberLogged: async (series: string, year: number, number: number): Promise<boolean> =>
      (await db
        .selectFrom('number_log')
        .select('number')
        .where('series_id', '=', series)
        .where('year', '=', year)
        .where('number', '=', number)
        .executeTakeFirst()) !== undefined,
    /** Records the number a communiqué was issued with, when the number log cannot hold it twice. */
    setNumber: async (id: number, number: number | null, year: number | null): Promise<void> => {
      await db.updateTable('communiques').set({ number, year }).where('id', '=', id).execute();
    },
    recordSource: async (source: ImportedSource): Promise<void> => {
      await db
        .insertInto('imported_sources')
        .values({
          communique_id: source.communiqueId,
          file_name: source.fileName,
          file_sha256: source.fileSha256,
          format: source.format,
          content_sha256: source.contentSha256,
          imported_by: source.by,
          imported_at: source.at,
        })
        .execute();
    },
    /** Where an imported communiqué came from, or undefined for one written here. */
    sourceOf: async (communiqueId: number) => {
      const row = await db
        .selectFrom('imported_sources')
        .select(['file_name', 'file_sha256', 'format', 'imported_by', 'imported_at'])
        .where('communique_id', '=', communiqueId)
        .executeTakeFirst();
      return (
        row && {
          fileName: row.file_name,
          fileSha256: row.file_sha256,
          format: row.format as ImportFormat,
          importedBy: row.imported_by,
          importedAt: row.imported_at,
        }
      );
    },
    /** Communiqués after an id, in id order: the archive a page at a time. */
    page: async (afterId: number, limit: number): Promise<ArchiveRow[]> =>
      db
        .selectFrom('communiques')
        .select(['id', 'series_id', 'language', 'status', 'number', 'year', 'translation_of', 'published_on', 'content'])
        .where('id', '>', afterId)
        .orderBy('id')
        .limit(limit)
        .execute(),
  };
}
