import type { Database } from 'better-sqlite3';
import type { ExportRecord } from '../../shared/domain/exportRecord';

interface ExportRow {
  id: number;
  export_key: string;
  communique_id: number;
  version_seq: number | null;
  revision: number;
  format: ExportRecord['format'];
  draft: number;
  number: number | null;
  year: number | null;
  file_name: string;
  sha256: string;
  size: number;
  exported_by: string;
  exported_at: string;
}

const select = `SELECT e.*, v.seq AS version_seq FROM exports e LEFT JOIN versions v ON v.id = e.version_id`;

/** The export records: appended once per file written or downloaded, read back to list and verify files. */
export function exportRepository(db: Database) {
  const insert = db.prepare(
    `INSERT INTO exports (export_key, communique_id, version_id, revision, format, draft, number, year, file_name, sha256, size, exported_by, exported_at)
     VALUES (@exportKey, @communiqueId, @versionId, @revision, @format, @draft, @number, @year, @fileName, @sha256, @size, @exportedBy, @exportedAt)`,
  );
  const bySha = db.prepare<[string], ExportRow>(`${select} WHERE e.sha256 = ? ORDER BY e.id`);
  const byKey = db.prepare<[string], ExportRow>(`${select} WHERE e.export_key = ?`);
  const ofCommunique = db.prepare<[number], ExportRow>(`${select} WHERE e.communique_id = ? ORDER BY e.id DESC`);
  return {
    /** Records a file exported. */
    append: (record: Omit<ExportRecord, 'id' | 'versionSeq'> & { versionId: number | null }): void => {
      insert.run({ ...record, draft: record.draft ? 1 : 0 });
    },
    /** The exports that produced exactly these bytes (usually one). */
    withSha256: (sha256: string): ExportRecord[] => bySha.all(sha256).map(toRecord),
    /** The export a file names in its properties. */
    withKey: (key: string): ExportRecord | undefined => {
      const row = byKey.get(key);
      return row && toRecord(row);
    },
    /** A communiqué's exports, newest first. */
    ofCommunique: (communiqueId: number): ExportRecord[] => ofCommunique.all(communiqueId).map(toRecord),
  };
}

function toRecord(row: ExportRow): ExportRecord {
  return {
    id: row.id,
    exportKey: row.export_key,
    communiqueId: row.communique_id,
    versionSeq: row.version_seq,
    revision: row.revision,
    format: row.format,
    draft: row.draft === 1,
    number: row.number,
    year: row.year,
    fileName: row.file_name,
    sha256: row.sha256,
    size: row.size,
    exportedBy: row.exported_by,
    exportedAt: row.exported_at,
  };
}
