import type { Migration } from '../Migration';

/** Whether a series' communiqués need summary bullets to go to review: a fe de erratas states its correction without them. */
export const seriesRequiredParts: Migration = {
  version: 6,
  name: 'series required parts',
  up(db) {
    db.exec(`
      ALTER TABLE series ADD COLUMN requires_summary INTEGER NOT NULL DEFAULT 1 CHECK (requires_summary IN (0, 1));
      UPDATE series SET requires_summary = 0 WHERE id = 'fe-de-erratas';
    `);
  },
};
