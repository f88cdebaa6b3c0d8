import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../electron/db/migrate';
import { migrations } from '../../../../electron/db/migrations/migrations';
import { tempDatabasePath } from '../../../helpers/tempDir';

// A store from before migration 0011 starts its list of who changed each text from what it knows.
const hash = (letter: string) => letter.repeat(64);

describe('communique editors, from an older store', () => {
  it('lists who started a never-approved text and who sent each version since the last approval', () => {
    const db = new BetterSqlite3(tempDatabasePath());
    migrate(db, migrations.slice(0, 10), 'x');
    const at = '2025-03-01T10:00:00.000Z';
    const communique = db.prepare(
      `INSERT INTO communiques (id, series_id, language, letterhead_id, status, content, created_at, created_by, updated_at, updated_by)
       VALUES (?, 'comunicado', 'es', 1, 'in_review', '{"title":"T"}', ?, ?, ?, ?)`,
    );
    const version = db.prepare(
      `INSERT INTO versions (id, communique_id, seq, content, schema_version, sha256, reason, author, created_at, letterhead_id)
       VALUES (?, ?, ?, '{"title":"T"}', 1, ?, 'submit', ?, ?, 1)`,
    );
    // Max started it, Rita sent it: never approved.
    communique.run(1, at, 'max', at, 'rita');
    version.run(1, 1, 1, hash('a'), 'rita', at);
    // Ana started it, Eva approved v1; then Luis sent v2.
    communique.run(2, at, 'ana', at, 'luis');
    version.run(2, 2, 1, hash('b'), 'ana', at);
    db.prepare('UPDATE communiques SET approved_version_id = 2 WHERE id = 2').run();
    version.run(3, 2, 2, hash('c'), 'luis', at);

    migrate(db, migrations, 'x');
    expect(db.prepare('SELECT communique_id AS id, user FROM communique_editors ORDER BY communique_id, user').all()).toEqual([
      { id: 1, user: 'max' },
      { id: 1, user: 'rita' },
      { id: 2, user: 'luis' },
    ]);
    db.close();
  });
});
