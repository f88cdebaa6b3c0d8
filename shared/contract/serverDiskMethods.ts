import type { MethodName } from './methodNames';

/**
 * Methods that act on the back end's own disk: right on a desk, where that disk is the person's. An office server
 * refuses them (`ON_OFFICE_SERVER`) and screens do not offer them there: a person's files download to their own
 * computer, and the server's backups are its IT's.
 */
const serverDiskMethods: ReadonlySet<MethodName> = new Set<MethodName>([
  'exportToFolder',
  'listFolder',
  'makeFolder',
  'listBackups',
  'backUpNow',
  'restoreBackup',
  'restoreLatestBackup',
]);

/** Whether a method may be called where the back end runs: anything on a desk, all but the disk's on an office server. */
export function callableOn(method: MethodName, server: { office: boolean }): boolean {
  return !server.office || !serverDiskMethods.has(method);
}
