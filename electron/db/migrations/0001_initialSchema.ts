import type { Migration } from '../Migration';

/** Series, letterheads, people and roles, communiqués with their working copy, versions, number log, audit. */
export const initialSchema: Migration = {
  version: 1,
  name: 'initial schema',
  up(db) {
    db.exec(`
      CREATE TABLE series (
        id TEXT PRIMARY KEY CHECK (id GLOB '[a-z]*' AND length(id) <= 40),
        label_es TEXT NOT NULL,
        label_en TEXT NOT NULL,
        number_format_es TEXT NOT NULL,
        number_format_en TEXT NOT NULL,
        numbered INTEGER NOT NULL CHECK (numbered IN (0, 1)),
        yearly_reset INTEGER NOT NULL DEFAULT 1 CHECK (yearly_reset IN (0, 1)),
        position INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE letterheads (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        valid_from TEXT NOT NULL CHECK (date(valid_from) = valid_from),
        definition TEXT NOT NULL CHECK (json_valid(definition)),
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE users (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
        display_name TEXT NOT NULL,
        passphrase_hash TEXT NOT NULL,
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE user_roles (
        user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        role TEXT NOT NULL CHECK (role IN ('redaccion', 'edicion', 'difusion', 'admin')),
        PRIMARY KEY (user_id, role)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE communiques (
        id INTEGER PRIMARY KEY,
        series_id TEXT NOT NULL REFERENCES series (id),
        language TEXT NOT NULL CHECK (language IN ('es', 'en')),
        letterhead_id INTEGER NOT NULL REFERENCES letterheads (id),
        translation_of INTEGER REFERENCES communiques (id),
        status TEXT NOT NULL DEFAULT 'draft'
          CHECK (status IN ('draft', 'in_review', 'changes_requested', 'approved', 'published', 'withdrawn')),
        number INTEGER CHECK (number > 0),
        year INTEGER,
        content TEXT NOT NULL CHECK (json_valid(content)),
        title TEXT GENERATED ALWAYS AS (json_extract(content, '$.title')) VIRTUAL,
        revision INTEGER NOT NULL DEFAULT 1 CHECK (revision > 0),
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL,
        CHECK ((number IS NULL) = (year IS NULL))
      ) STRICT;
      CREATE INDEX communiques_by_update ON communiques (updated_at DESC, id DESC);

      CREATE TABLE versions (
        id INTEGER PRIMARY KEY,
        communique_id INTEGER NOT NULL REFERENCES communiques (id),
        seq INTEGER NOT NULL CHECK (seq > 0),
        content TEXT NOT NULL CHECK (json_valid(content)),
        schema_version INTEGER NOT NULL,
        sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
        reason TEXT NOT NULL CHECK (reason IN ('submit', 'approve', 'manual')),
        author TEXT NOT NULL,
        created_at TEXT NOT NULL,
        UNIQUE (communique_id, seq)
      ) STRICT;
      CREATE TRIGGER versions_are_immutable BEFORE UPDATE ON versions
        BEGIN SELECT RAISE(ABORT, 'versions are immutable'); END;
      CREATE TRIGGER versions_are_kept BEFORE DELETE ON versions
        BEGIN SELECT RAISE(ABORT, 'versions are never deleted'); END;

      CREATE TABLE number_log (
        series_id TEXT NOT NULL REFERENCES series (id),
        year INTEGER NOT NULL,
        number INTEGER NOT NULL CHECK (number > 0),
        communique_id INTEGER NOT NULL REFERENCES communiques (id),
        version_id INTEGER REFERENCES versions (id),
        state TEXT NOT NULL CHECK (state IN ('assigned', 'voided')),
        assigned_by TEXT NOT NULL,
        assigned_at TEXT NOT NULL,
        voided_by TEXT,
        voided_at TEXT,
        void_reason TEXT,
        PRIMARY KEY (series_id, year, number),
        CHECK ((state = 'voided') = (void_reason IS NOT NULL))
      ) STRICT;
      CREATE TRIGGER number_log_is_kept BEFORE DELETE ON number_log
        BEGIN SELECT RAISE(ABORT, 'numbers are never deleted'); END;

      CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        communique_id INTEGER REFERENCES communiques (id),
        details TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(details))
      ) STRICT;
      CREATE INDEX audit_by_communique ON audit_log (communique_id, id);
      CREATE TRIGGER audit_is_append_only BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
      CREATE TRIGGER audit_is_kept BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
    `);
  },
};
