import type { Migration } from '../Migration';

/**
 * The name a desk gave a draft it started while the office could not be reached, per person: the first create that
 * reaches the store makes the draft, a repeat (a retry whose answer was lost) finds it again instead of making a
 * second. `revision` is the working copy's revision that create last left, so a repeat never overwrites a later save.
 */
export const draftKeys: Migration = {
  version: 14,
  name: 'draft keys',
  up(db) {
    db.exec(`
      CREATE TABLE draft_keys (
        created_by TEXT NOT NULL,
        draft_key TEXT NOT NULL,
        communique_id INTEGER NOT NULL REFERENCES communiques (id),
        revision INTEGER NOT NULL,
        PRIMARY KEY (created_by, draft_key)
      ) STRICT, WITHOUT ROWID;
    `);
  },
};
