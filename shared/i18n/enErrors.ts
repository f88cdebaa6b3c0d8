/** English messages for what went wrong: the contract's error codes, and why a body or a call's data was refused. */
export const enErrors = {
  bodyProblems: {
    image: 'an image must be a PNG or JPEG of at most 8 MB.',
    link: 'the link “{{href}}” is not allowed (only http or https web pages and mailto addresses).',
    schema: 'its structure is not one the editor accepts ({{detail}}).',
    depth: 'it has lists, quotes or tables nested more than {{max}} levels deep.',
    size: 'it is too large to lay out in a file (more than about 2,000 pages).',
  },
  inputLimits: {
    depth: 'it is nested more than {{max}} levels deep',
    values: 'it holds more than {{max}} items',
  },
  errors: {
    INVALID_INPUT: 'The data is not valid: {{issues}}',
    INCOMPLETE: 'Communiqué {{id}} still needs {{missing, parts}} before it goes to review.',
    INVALID_BODY: 'The body of the communiqué was not saved: $t(bodyProblems.{{reason}})',
    NOT_FOUND: 'Communiqué {{id}} does not exist.',
    LETTERHEAD_NOT_FOUND: 'Letterhead {{id}} does not exist.',
    LETTERHEAD_IMAGE_EXTERNAL:
      'The letterhead image “{{alt}}” is an SVG that takes files or addresses from outside itself; it was not saved. Export it again with everything embedded.',
    LETTERHEAD_IN_USE: 'Letterhead {{id}} is used by {{count}} communiqués and does not change, so they keep their paper. Duplicate it and edit the copy.',
    TRANSLATION_EXISTS: 'Communiqué {{id}} already has its {{language}} version: {{existing}}.',
    UNKNOWN_SERIES: 'Series “{{series}}” does not exist. Available series: {{available}}.',
    REVISION_CONFLICT:
      'Meanwhile, {{byName}} saved draft {{id}} from another window or computer. Nothing from here was saved, so as not to overwrite those changes.',
    FORBIDDEN: 'Your profile ({{actor}}) is not allowed to do this.',
    INVALID_TRANSITION: 'Communiqué {{id}} is “$t(status.{{status}})”: it cannot $t(actions.{{action}}).',
    VERSION_MISMATCH: 'The version you reviewed (v{{seq}}) is no longer the one in review (v{{current}}); review again before deciding.',
    SELF_APPROVAL: 'You submitted version v{{seq}}; another editor approves it or sends it back.',
    OWN_TEXT_APPROVAL: 'You wrote or changed the text of v{{seq}}; another editor approves it or sends it back.',
    VERSION_NOT_FOUND: 'Version {{versionId}} does not exist.',
    COMMENT_NOT_FOUND: 'Comment {{commentId}} does not exist.',
    NUMBER_NOT_FOUND: 'Number {{number}} of {{series}} in {{year}} is not assigned (or was already voided).',
    SIGN_IN_FAILED: 'The profile or the passphrase does not match.',
    SIGN_IN_LOCKED: 'Too many failed attempts. For security, you can try again at {{until}}.',
    SIGN_IN_LOCKED_place:
      'Too many failed attempts from this computer or its network (on any profile). For security, signing in can be tried again at {{until}}.',
    USER_EXISTS: 'Profile “{{name}}” already exists.',
    USER_NOT_FOUND: 'Profile {{id}} does not exist.',
    LAST_ADMIN: 'This is the last active administrator: someone else must hold that role first.',
    UNAUTHORIZED: 'The session token is missing or wrong.',
    UNKNOWN_METHOD: 'Operation “{{method}}” does not exist.',
    DATABASE_UNREACHABLE: 'Could not connect to the database {{where}}: no server answers at that address. Check the address and that PostgreSQL is running.',
    DATABASE_LOGIN_REFUSED: 'The database {{where}} did not accept the user or password in the address.',
    DATABASE_NOT_FOUND: 'The server {{where}} has no such database. Create it first (createdb) and try again.',
    TARGET_NOT_EMPTY: 'The database {{target}} already holds data (in {{table}}): a copy only goes into a new database. Nothing was copied.',
    DATABASE_TOO_NEW:
      'Database {{path}} was written by a newer version of Redacta (schema {{found}}; this version knows up to {{supported}}). Update Redacta; the database was not changed.',
    DATABASE_DAMAGED: 'The database {{path}} is damaged: Redacta will not open it, so as not to make it worse. Restore the latest good backup.',
    DATABASE_IN_USE: 'The database {{path}} is open in Redacta or in browser mode: close them before restoring.',
    BACKUPS_ON_SERVER:
      "The office database ({{where}}) is backed up on its PostgreSQL server (pg_dump or your IT's copies); Redacta only backs up a desk's database.",
    ON_OFFICE_SERVER:
      "This would act on the office server's disk, not on your computer: files download to your own computer, and backups are made on the server by IT.",
    OFFICE_ADDRESS_INVALID:
      '“{{url}}” is not the address of an office server. Type it as IT gave it, for example https://192.168.1.10:47443 or redacta.office.local:47443.',
    OFFICE_UNREACHABLE:
      'Could not reach the office server {{url}}: {{detail}}. Check the address and that this computer is on the office network (or its VPN).',
    OFFICE_CERTIFICATE_NEW:
      'This computer is connecting to {{url}} for the first time. Compare its certificate fingerprint with the one IT gave you before connecting: {{fingerprint}}',
    OFFICE_CERTIFICATE_CHANGED:
      'The server {{url}} presents a certificate other than the one this computer knows: it may be another computer posing as the office. Nothing was sent. Known fingerprint: {{expected}}. Presented fingerprint: {{found}}. Tell IT; if they confirm they changed the certificate, forget this office and connect again comparing the new fingerprint.',
    NOT_AN_OFFICE: '{{url}} answered, but not as a Redacta office server. Check the address (the port too) with IT.',
    CONTRACT_MISMATCH:
      "This copy of Redacta (contract {{client}}) does not match the office server's (contract {{server}}). Reload the page, or update Redacta on this computer to the server's version.",
    NOT_A_REDACTA_DATABASE: '{{file}} is not a Redacta database. Nothing was restored.',
    BACKUP_DAMAGED: 'The backup {{file}} is damaged. Nothing was restored: choose another backup.',
    BACKUP_FAILED: 'The backup could not be written to {{folder}}: {{detail}}',
    NO_BACKUP: 'There is no good backup of {{path}}.',
    INTERNAL: 'Something failed inside Redacta and nothing was changed. It was noted in the workstation’s log; try again.',
    FILE_EXISTS: '“{{fileName}}” already exists in {{folder}}. It was not replaced: choose to replace or skip it.',
    FOLDER_NOT_FOUND: 'The folder {{folder}} does not exist or is not a folder.',
    FOLDER_EXISTS: 'There is already a folder called “{{name}}” in {{folder}}.',
    INVALID_FOLDER_NAME:
      '“{{name}}” cannot be a folder name: it may not be empty, start with a dot, end in a dot or space, contain / \\ : * ? " < > |, or be a name Windows reserves such as CON or NUL.',
    IMPORT_NO_DATE: 'The date of “{{title}}” ({{file}}) is unknown: enter it before importing.',
    IMPORT_NO_NUMBER:
      '“{{title}}” ({{file}}) has no number, and the series {{series}} numbers its releases: enter it, or choose a series without numbers, before importing.',
    NUMBERING_BACKWARDS: 'Numbering of {{series}} {{year}} is already at {{next}}: it cannot continue from {{requested}}, because numbers never repeat.',
    SERIES_NOT_NUMBERED: 'The series {{series}} has no numbers.',
    FOLDER_NOT_WRITABLE: 'Cannot write to the folder {{folder}}: check its permissions or choose another.',
    DISK_FULL: 'The disk of {{folder}} is full; the file was not written.',
    EXPORT_WRITE_FAILED: 'Could not write the file in {{folder}}: {{detail}}',
    EXPORT_OUTDATED:
      'Communiqué {{id}} changed while its file was being made (it is now “$t(status.{{status}})”); the file was not handed over. Export it again.',
    PDF_PRINTER_MISSING: 'Exporting PDF needs Chromium or Google Chrome on this computer (or REDACTA_CHROMIUM set to its path).',
    PDF_PRINT_FAILED: 'The PDF could not be printed: the browser that prints it failed ({{detail}}). Nothing was written; please try again.',
    PRINT_PAGE_MISSING: 'Redacta’s print page is missing ({{path}}). Build the app with “npm run build”.',
    UNAVAILABLE: 'Cannot reach the Redacta server: {{detail}}.',
    UNAVAILABLE_office: 'Cannot reach the office ({{host}}): {{detail}}.',
    STORE_BUSY: 'Someone or some other program has been saving to this database for a while; nothing was changed. Try again in a moment.',
  },
};
