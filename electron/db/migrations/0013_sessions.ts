import type { Migration } from '../Migration';

/**
 * Sessions kept in the store, so an office server's restart signs nobody out: each by the SHA-256 of its token (what is
 * kept never lets anyone in by itself, not even from a backup), the profile, the passphrase fingerprint it opened with,
 * and when it was opened and last used (epoch milliseconds, `shared/auth/sessionLifetime.ts`).
 */
export const sessions: Migration = {
  version: 13,
  name: 'sessions',
  up(db) {
    db.exec(`
      CREATE TABLE sessions (
        token_digest TEXT PRIMARY KEY,
        user_id INTEGER NOT NULL REFERENCES users (id),
        credential TEXT NOT NULL,
        opened_at INTEGER NOT NULL,
        used_at INTEGER NOT NULL
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX sessions_by_user ON sessions (user_id);
    `);
  },
};
