import type { ExportRecord } from '../../shared/domain/exportRecord';
import type { StoreQueries } from './StoreQueries';

/** The export records: appended once per file written or downloaded, read back to list and verify files. */
export function exportRepository(db: StoreQueries) {
  const select = () => db.selectFrom('exports as e').leftJoin('versions as v', 'v.id', 'e.version_id').selectAll('e').select('v.seq as version_seq');
  return {
    /** Records a file exported. */
    append: async (record: Omit<ExportRecord, 'id' | 'versionSeq'> & { versionId: number | null }): Promise<void> => {
      await db
        .insertInto('exports')
        .values({
          export_key: record.exportKey,
          communique_id: record.communiqueId,
          version_id: record.versionId,
          revision: record.revision,
          format: record.format,
          draft: record.draft ? 1 : 0,
          number: record.number,
          year: record.year,
          file_name: record.fileName,
          sha256: record.sha256,
          size: record.size,
          exported_by: record.exportedBy,
          exported_at: record.exportedAt,
        })
        .execute();
    },
    /** The exports that produced exactly these bytes (usually one). */
    withSha256: async (sha256: string): Promise<ExportRecord[]> => (await select().where('e.sha256', '=', sha256).orderBy('e.id').execute()).map(toRecord),
    /** The export a file names in its properties. */
    withKey: async (key: string): Promise<ExportRecord | undefined> => {
      const row = await select().where('e.export_key', '=', key).executeTakeFirst();
      return row && toRecord(row);
    },
    /** A communiqué's exports, newest first. */
    ofCommunique: async (communiqueId: number): Promise<ExportRecord[]> =>
      (await select().where('e.communique_id', '=', communiqueId).orderBy('e.id', 'desc').execute()).map(toRecord),
  };
}

function toRecord(row: {
  id: number;
  export_key: string;
  communique_id: number;
  version_seq: number | null;
  revision: number;
  format: string;
  draft: number;
  number: number | null;
  year: number | null;
  file_name: string;
  sha256: string;
  size: number;
  exported_by: string;
  exported_at: string;
}): ExportRecord {
  return {
    id: row.id,
    exportKey: row.export_key,
    communiqueId: row.communique_id,
    versionSeq: row.version_seq,
    revision: row.revision,
    format: row.format as ExportRecord['format'],
    draft: row.draft === 1,
    number: row.number,
    year: row.year,
    fileName: row.file_name,
    sha256: row.sha256,
    size: Number(row.size),
    exportedBy: row.exported_by,
    exportedAt: row.exported_at,
  };
}
