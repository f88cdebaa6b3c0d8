import { z } from 'zod';
import { defineMethod } from './defineMethod';

/** A folder to keep backups in: the backups folder beside the database when none is given. */
const folderInput = z.object({ folder: z.string().min(1).max(4096).optional() }).strict();

/** One backup file: where it is, when it was taken (from its name), its size. */
const backupSchema = z.object({ file: z.string(), takenAt: z.string(), bytes: z.number().int().nonnegative() });

/** The store's health at start, the way back from a damaged one, and the backups an administrator makes and restores. */
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
  listBackups: defineMethod({
    summary: "The backups (Redacta's backup file names) in the database's backups folder, or in another folder of this computer, newest first.",
    access: 'read',
    roles: ['admin'],
    input: folderInput,
    output: z.object({ folder: z.string(), isBackupsFolder: z.boolean(), backups: z.array(backupSchema) }),
  }),
  backUpNow: defineMethod({
    summary:
      'Writes a checked backup now, while others keep working: into the backups folder (its retention rule applies) or into another folder as a new file (nothing there is deleted).',
    access: 'read',
    roles: ['admin'],
    input: folderInput,
    output: backupSchema,
  }),
  restoreBackup: defineMethod({
    summary:
      'Replaces the database with a backup listed by listBackups once it is checked intact and of a schema this build reads; the replaced one is kept as before-restore-….sqlite3 in the backups folder, and everyone signs in again.',
    // Not a transaction on the store: the store is closed, replaced and opened again around it.
    access: 'read',
    roles: ['admin'],
    input: z.object({ file: z.string().min(1).max(4096) }).strict(),
    output: z.object({ restoredFrom: z.string(), takenAt: z.string(), keptAside: z.string().nullable() }),
  }),
};
