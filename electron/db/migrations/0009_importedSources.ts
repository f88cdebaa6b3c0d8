import type { Migration } from '../Migration';

/**
 * Where an imported communiqué came from: the file's name and SHA-256, its kind, the hash of the content read from it
 * (to find the same text imported twice), who imported it and when. Kept as written.
 */
export const importedSources: Migration = {
  version: 9,
  name: 'imported sources',
  up(db) {
    db.exec(`
      CREATE TABLE imported_sources (
        communique_id INTEGER PRIMARY KEY REFERENCES communiques (id),
        file_name TEXT NOT NULL CHECK (length(file_name) BETWEEN 1 AND 400),
        file_sha256 TEXT NOT NULL CHECK (length(file_sha256) = 64),
        format TEXT NOT NULL CHECK (format IN ('txt', 'docx', 'pdf', 'html', 'jsonl')),
        content_sha256 TEXT NOT NULL CHECK (length(content_sha256) = 64),
        imported_by TEXT NOT NULL,
        imported_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX imported_by_file ON imported_sources (file_sha256);
      CREATE INDEX imported_by_content ON imported_sources (content_sha256);
      CREATE TRIGGER imported_sources_are_fixed BEFORE UPDATE ON imported_sources
        BEGIN SELECT RAISE(ABORT, 'import records are never changed'); END;
      CREATE TRIGGER imported_sources_are_kept BEFORE DELETE ON imported_sources
        BEGIN SELECT RAISE(ABORT, 'import records are never deleted'); END;
    `);
  },
};
