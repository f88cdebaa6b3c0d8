import type { Catalog } from './catalog';
import type { esBackupScreen } from './esBackupScreen';

/** English messages for the Backups screen: the backups an administrator sees, makes and restores. */
export const enBackupScreen: Catalog<typeof esBackupScreen> = {
  backups: {
    nav: 'Backups',
    heading: 'Backups',
    explain:
      'Every day Redacta makes a copy of the database by itself, and keeps those of the last {{daily}} days, {{weekly}} weeks and {{monthly}} months in this folder:',
    ownTable: 'Backups in the backups folder',
    otherTable: 'Backups in the chosen folder',
    takenAt: 'Date and time',
    size: 'Size',
    megabytes: '{{size}} MB',
    actions: 'Actions',
    restore: 'Restore…',
    emptyOwn: 'There are no backups yet. Redacta will make the first one today; if you prefer, make one now.',
    emptyOther: 'This folder holds no Redacta backups.',
    backUpNow: 'Back up now',
    backingUp: 'Backing up…',
    written: 'Backup written and checked: {{file}}',
    saveElsewhere: 'Save a backup in another folder…',
    saveHeading: 'Save a backup in another folder',
    saveHere: 'Save the backup here',
    restoreElsewhere: 'Restore from another folder…',
    restoreHeading: 'Restore from another folder',
    close: 'Close',
    dialog: {
      title: 'Restore the backup from {{date}}?',
      lost: 'Whatever was written after {{date}} will not be in the database.',
      keptAside: 'The current database is not deleted: it is kept aside in the backups folder, {{folder}}.',
      signIn: 'All sessions end: everyone will have to sign in again.',
      confirm: 'Restore the backup',
      restoring: 'Restoring…',
      cancel: 'Cancel',
    },
  },
};
