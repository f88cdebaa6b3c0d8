import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** A backup in the folder: its file and when it was taken (read from its name). */
export interface BackupFile {
  path: string;
  takenAt: Date;
}

const backupName = /^redacta-(\d{4}-\d{2}-\d{2})T(\d{2})(\d{2})(\d{2})Z\.sqlite3$/;

/** The folder a database's backups live in, beside it: `<database>.backups`. */
export function backupFolder(databasePath: string): string {
  return `${databasePath}.backups`;
}

/** A backup's file name for the instant it is taken, sortable: `redacta-2026-12-02T031500Z.sqlite3`. */
export function backupFileName(takenAt: Date): string {
  const stamp = takenAt.toISOString().slice(0, 19).replaceAll(':', '');
  return `redacta-${stamp}Z.sqlite3`;
}

/** The finished backups in `folder` (temporary and safety copies aside), newest first; none when there is no folder. */
export function listBackups(folder: string): BackupFile[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  const backups: BackupFile[] = [];
  for (const name of names) {
    const match = backupName.exec(name);
    if (!match) continue;
    const takenAt = new Date(`${match[1]}T${match[2]}:${match[3]}:${match[4]}Z`);
    if (!Number.isNaN(takenAt.getTime())) backups.push({ path: join(folder, name), takenAt });
  }
  return backups.sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime());
}
