import type { Migration } from '../Migration';

/**
 * Review and distribution: who submitted and decided each version, comments on versions, publication, the version
 * a communiqué was approved at, corrections, translations' sync point, and the correction series.
 */
export const review: Migration = {
  version: 4,
  name: 'review, decisions, comments, publication',
  up(db) {
    db.exec(`
      ALTER TABLE versions ADD COLUMN letterhead_id INTEGER REFERENCES letterheads (id);

      ALTER TABLE communiques ADD COLUMN approved_version_id INTEGER REFERENCES versions (id);
      ALTER TABLE communiques ADD COLUMN published_version_id INTEGER REFERENCES versions (id);
      ALTER TABLE communiques ADD COLUMN published_on TEXT;
      ALTER TABLE communiques ADD COLUMN correction_of INTEGER REFERENCES communiques (id);
      ALTER TABLE communiques ADD COLUMN translation_synced_version_id INTEGER REFERENCES versions (id);
      CREATE INDEX communiques_by_status ON communiques (status, updated_at DESC);

      CREATE TABLE decisions (
        id INTEGER PRIMARY KEY,
        version_id INTEGER NOT NULL REFERENCES versions (id),
        decision TEXT NOT NULL CHECK (decision IN ('approve', 'request_changes')),
        version_sha256 TEXT NOT NULL CHECK (length(version_sha256) = 64),
        decided_by TEXT NOT NULL,
        decided_at TEXT NOT NULL,
        comment_id INTEGER
      ) STRICT;
      CREATE TRIGGER decisions_are_kept BEFORE DELETE ON decisions
        BEGIN SELECT RAISE(ABORT, 'decisions are never deleted'); END;
      CREATE TRIGGER decisions_are_immutable BEFORE UPDATE ON decisions
        BEGIN SELECT RAISE(ABORT, 'decisions are immutable'); END;

      CREATE TABLE comments (
        id INTEGER PRIMARY KEY,
        communique_id INTEGER NOT NULL REFERENCES communiques (id),
        version_id INTEGER NOT NULL REFERENCES versions (id),
        parent_id INTEGER REFERENCES comments (id),
        anchor_field TEXT NOT NULL CHECK (anchor_field IN ('general', 'title', 'place', 'date', 'summary', 'body')),
        anchor_index INTEGER,
        body TEXT NOT NULL CHECK (length(body) BETWEEN 1 AND 4000),
        author TEXT NOT NULL,
        created_at TEXT NOT NULL,
        resolved_by TEXT,
        resolved_at TEXT
      ) STRICT;
      CREATE INDEX comments_by_communique ON comments (communique_id, id);

      INSERT INTO series (id, label_es, label_en, number_format_es, number_format_en, numbered, yearly_reset, position, created_at)
      VALUES ('fe-de-erratas', 'Fe de erratas', 'Correction', 'Fe de erratas', 'Correction', 0, 1, 3, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
    `);
  },
};
