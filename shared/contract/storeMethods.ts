import { z } from 'zod';
import { defineMethod } from './defineMethod';

/** The store's health at start, and the way back from a damaged one. */
export const storeMethods = {
  getStoreHealth: defineMethod({
    summary: 'Whether the database passed its check at start, and when the latest good backup was taken (null: none).',
    access: 'read',
    roles: 'public',
    input: z.object({}).strict(),
    output: z.object({ damaged: z.boolean(), latestBackup: z.string().nullable() }),
  }),
  restoreLatestBackup: defineMethod({
    summary:
      'Only while the database is damaged (refused otherwise): puts the latest good backup from its own backups folder in its place, keeping the damaged file aside.',
    access: 'write',
    roles: 'public',
    input: z.object({}).strict(),
    output: z.object({ restoredFrom: z.string(), takenAt: z.string() }),
  }),
};
