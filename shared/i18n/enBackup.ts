import type { Catalog } from './catalog';
import type { esBackup } from './esBackup';

/** English messages for backups, the check at start and restoring. */
export const enBackup: Catalog<typeof esBackup> = {
  backup: {
    cli: {
      arg: 'the backup file',
      exists: '{{file}} already exists. It was not replaced: use --overwrite to replace it.',
      written: 'Backup written and checked: {{file}}',
      restored: '{{database}} was restored from the backup {{file}}.',
      safetyCopy: 'The previous database was kept in {{file}}.',
      missing: 'The database {{file}} does not exist.',
      intact: 'The database {{file}} is intact (schema {{schema}}).',
      damaged: 'The database {{file}} is damaged: {{detail}}. {{advice}}',
      notADatabase: 'it is not a database SQLite can read',
      latestGood: 'The latest good backup is {{file}}: restore it with “restore”.',
      noGood: 'There is no good backup beside it.',
    },
    damaged: {
      title: 'The database is damaged',
      explain: 'Redacta checks the database when it opens and found damaged pages. It will not use it, so as not to make the damage worse.',
      latest: 'The latest good backup is from {{date}}; whatever was written after that is not in it.',
      none: 'There is no good backup. Ask technical support for help before going on.',
      restore: 'Restore the backup from {{date}}',
      restoring: 'Restoring…',
      keptAside: 'The damaged database is kept aside, in the backups folder; it is not deleted.',
    },
  },
  migrate: {
    done: 'Copied from {{from}} to {{to}} (communiqués: {{communiques}}; versions: {{versions}}; audit entries: {{audit}}).',
    sameDatabase: 'The source and the target are the same database.',
  },
};
