import type { MethodName } from './methodNames';

/** A person's files: the folders an export is written into. On a desk that works in an office, this desk's own folders. */
const folderMethods: ReadonlySet<MethodName> = new Set<MethodName>(['exportToFolder', 'listFolder', 'makeFolder']);

/** The database's backups: a desk's own; an office database's are its IT's, on its server. */
const backupMethods: ReadonlySet<MethodName> = new Set<MethodName>(['listBackups', 'backUpNow', 'restoreBackup', 'restoreLatestBackup']);

/** Where a call is answered: whether by an office server, and whether from a desk (which has folders of its own). */
export interface CallPlace {
  office: boolean;
  desk?: boolean | undefined;
}

/**
 * Whether a method may be called here. Anything on a desk's own database. On an office server nothing that acts on its
 * disk (`ON_OFFICE_SERVER`): a browser downloads its files, and a desk working in the office writes them into its own
 * folders; backups stay IT's.
 */
export function callableOn(method: MethodName, place: CallPlace): boolean {
  if (!place.office) return true;
  if (backupMethods.has(method)) return false;
  return !folderMethods.has(method) || place.desk === true;
}

/** Whether a method acts on the person's folders (a desk answers it on its own disk, wherever the database is). */
export function actsOnFolders(method: MethodName): boolean {
  return folderMethods.has(method);
}
