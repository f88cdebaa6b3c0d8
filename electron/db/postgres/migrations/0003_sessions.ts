import type { PostgresMigration } from '../PostgresMigration';

/** Sessions kept in the store, as SQLite's migration 13 has them: by their token's digest, never the token. */
export const sessions: PostgresMigration = {
  version: 3,
  name: 'sessions',
  up: async (client) => {
    await client.query(`
      CREATE TABLE sessions (
        token_digest text COLLATE "C" PRIMARY KEY,
        user_id integer NOT NULL REFERENCES users (id),
        credential text COLLATE "C" NOT NULL,
        opened_at bigint NOT NULL,
        used_at bigint NOT NULL
      );
      CREATE INDEX sessions_by_user ON sessions (user_id);
    `);
  },
};
