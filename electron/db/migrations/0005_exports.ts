import type { Migration } from '../Migration';

/** Export records: every file exported, which text it holds, its SHA-256, who and when; kept forever, unchanged. */
export const exportRecords: Migration = {
  version: 5,
  name: 'export records',
  up(db) {
    db.exec(`
      CREATE TABLE exports (
        id INTEGER PRIMARY KEY,
        export_key TEXT NOT NULL UNIQUE CHECK (length(export_key) = 36),
        communique_id INTEGER NOT NULL REFERENCES communiques (id),
        version_id INTEGER REFERENCES versions (id),
        revision INTEGER NOT NULL,
        format TEXT NOT NULL CHECK (format IN ('docx', 'pdf', 'txt', 'html')),
        draft INTEGER NOT NULL CHECK (draft IN (0, 1)),
        number INTEGER,
        year INTEGER,
        file_name TEXT NOT NULL,
        sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
        size INTEGER NOT NULL,
        exported_by TEXT NOT NULL,
        exported_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX exports_by_sha256 ON exports (sha256);
      CREATE INDEX exports_by_communique ON exports (communique_id, id);
      CREATE TRIGGER exports_are_kept BEFORE DELETE ON exports
        BEGIN SELECT RAISE(ABORT, 'export records are never deleted'); END;
      CREATE TRIGGER exports_are_immutable BEFORE UPDATE ON exports
        BEGIN SELECT RAISE(ABORT, 'export records are immutable'); END;
    `);
  },
};
