import { setTimeout as sleep } from 'node:timers/promises';
import { createBackend } from '../../../electron/api/createBackend';
import { backupFolder, listBackups } from '../../../electron/backup/backupFolder';

// Starts a back end with the daily backup, waits for the backup at start, and then leaves without closing anything:
// the process must end by itself (the daily timer is unref'd).
const databasePath = process.argv[2] ?? '';
createBackend({ databasePath, dailyBackups: true });
while (listBackups(backupFolder(databasePath)).length === 0) await sleep(50);
process.stdout.write(`${listBackups(backupFolder(databasePath)).length}\n`);
