import type { PostgresMigration } from '../PostgresMigration';

/** The names desks gave drafts started away from the office, as SQLite's migration 14 has them. */
export const draftKeys: PostgresMigration = {
  version: 4,
  name: 'draft keys',
  up: async (client) => {
    await client.query(`
      CREATE TABLE draft_keys (
        created_by text COLLATE "C" NOT NULL,
        draft_key text COLLATE "C" NOT NULL,
        communique_id integer NOT NULL REFERENCES communiques (id),
        revision integer NOT NULL,
        PRIMARY KEY (created_by, draft_key)
      );
    `);
  },
};
