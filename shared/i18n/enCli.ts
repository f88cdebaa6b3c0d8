import type { Catalog } from './catalog';
import type { esCli } from './esCli';

/** English messages for the command line. */
export const enCli: Catalog<typeof esCli> = {
  cli: {
    usage: `Usage: npm run -s redacta -- [--db FILE|postgres://…] [--as USER] <verb> … [--json]

Verbs:
  new --from FILE.json   create a draft from the file's content
  list [--limit N]       list communiqués, most recent first
  show ID                show one communiqué
  serve [--port N] [--new-token]
                         open browser mode on 127.0.0.1:47321 (--port 0 picks a free port); the address
                         stays the same across restarts; --new-token replaces it and voids the old ones
  serve --office [--listen HOST:PORT] [--cert FILE --key FILE]
                         the office server over HTTPS on the network (0.0.0.0:47443 unless said), for signed-in
                         people only; without --cert it makes and keeps its own certificate and prints its fingerprint
  users add NAME --role r1,r2 [--display "Name"]   create a profile (the first one is an administrator)
  users list             list the profiles
  submit ID…             submit for review
  approve ID…            approve the version in review and assign the number
  request-changes ID --comment TEXT   send back for changes
  void SERIES YEAR NUMBER --reason TEXT   void a number (never reused)
  publish ID… [--date YYYY-MM-DD]     mark as published
  numbers SERIES YEAR [--csv]         the year's number report
  numbers start SERIES YEAR N --reason TEXT
                                      the office issued up to N-1 outside Redacta: the next number is N
  search TEXT [--year YEAR] [--series SERIES] [--language es|en] [--limit N]
                                      finds words (accents ignored; pref* and "exact phrase")
  import FILE|FOLDER… [--dry-run]
                            imports past communiqués (.txt, .docx, .pdf, .html, .jsonl) as published;
                            skips duplicates; --dry-run only says what it would read
  export-archive OUT.jsonl [--overwrite]
                            writes the whole archive, one communiqué per line (it can be imported again)
  log [ID] [--limit N]       audit log of one communiqué or of the office
  export ID… --format docx,pdf,txt,html --out FOLDER [--version N|working] [--overwrite|--skip-existing]
                             exports into the folder (unsaid: the approved version, else the working copy as BORRADOR)
  verify FILE…               which communiqué and version a file is, or whether it changed or is not Redacta's
  backup [FILE] [--overwrite]
                             a checked backup, into FILE or into the backups folder beside the database
  restore FILE               restores a backup (keeps the current database aside; with Redacta closed)
  check                      checks the database's integrity (exits 1 when it is damaged)
  migrate --from DB --to DB  copies the whole database into a new one (FILE or postgres://…), either way
  help                   show this help

Options:
  --db BASE    this computer's SQLite file, or the office's postgres://user@server/database (its password in
               ~/.pgpass or PGPASSWORD); when not given: REDACTA_DATABASE_URL, or {{defaultDb}}
  --office https://SERVER:PORT
                 act on the office server instead of a database of this computer (with --as); trusts its
                 certificate as Node does (its authorities, NODE_EXTRA_CA_CERTS) or by the --fingerprint given
  --fingerprint AA:BB:…   SHA-256 fingerprint of the office's certificate (or REDACTA_OFFICE_FINGERPRINT)
  --as USER    person acting (passphrase from REDACTA_PASSPHRASE, or asked)
  --json       JSON output

Exit status: 0 on success, 1 on a user error, 2 on bad usage.`,
    unknownVerb: 'Unknown verb: “{{verb}}”. Use “help” to list the verbs.',
    notOnServer: "'{{verb}}' works on a desk's database file; the office database ({{where}}) is backed up and checked by its PostgreSQL server.",
    missingVerb: 'Missing verb. Use “help” to list the verbs.',
    badOption: 'Invalid option: {{detail}}',
    internalDetail: 'Detail for support: {{detail}}',
    missingArgument: 'Missing {{what}}.',
    arg: {
      seriesYearNumber: 'SERIES YEAR NUMBER',
      query: 'TEXT to search',
      seriesYear: 'SERIES YEAR',
      seriesYearNext: 'SERIES YEAR N',
      next: 'N',
      year: 'YEAR',
      number: 'NUMBER',
      reason: '--reason TEXT',
      comment: '--comment TEXT',
      files: 'FILE…',
      from: '--from FILE.json',
      id: 'ID',
      ids: 'ID…',
      out: '--out FOLDER',
      formats: '--format docx,pdf,txt,html',
      name: 'NAME',
      roles: '--role redaccion,edicion,difusion,admin',
    },
    badId: '“{{value}}” is not a communiqué id.',
    badNumber: '“{{value}}” is not a valid number for {{option}}.',
    fileUnreadable: 'Could not read {{file}}: {{detail}}',
    fileMissing: 'Could not read {{file}}: the file does not exist.',
    fileForbidden: 'Could not read {{file}}: permission denied.',
    fileIsFolder: 'Could not read {{file}}: it is a folder.',
    unknownOption: 'Unknown option: {{option}}. Use “help” to list the options.',
    fileNotJson: '{{file}} is not valid JSON: {{detail}}',
    created: 'Communiqué {{id}} created.',
    noCommuniques: 'No communiqués.',
    notWithOffice: '"{{verb}}" works on a database of this computer or is the server itself: it does not take --office.',
    officeOrDb: 'Use --office (the office server) or --db (a database), not both.',
    badOfficeUrl: '"{{value}}" will not do for --office: write the office server\'s address, https://SERVER:PORT.',
    badFingerprint: '"{{value}}" is not a SHA-256 fingerprint: 32 pairs of hexadecimal digits separated by ":", as the server prints it.',
    officeCertificateChanged:
      'The certificate of the server {{url}} is not the one expected (fingerprint {{found}}; expected {{expected}}). Nothing was sent. If IT changed it, ask them for the new fingerprint; if not, someone may be impersonating the server.',
    officeUnreachable: 'Could not reach the office server {{url}}: {{detail}}. Check the network and the address, and try again.',
    serveOfficeNoAddress: '"serve --office" takes no address: listen on one with --listen HOST:PORT.',
    officePortInUse: 'Port {{port}} is already in use (another office server already running?); choose another with --listen HOST:PORT.',
    officeUntrusted:
      "This computer does not trust the certificate of the server {{url}} ({{detail}}). Compare the fingerprint IT gave you and pass it with --fingerprint (or REDACTA_OFFICE_FINGERPRINT), or install the office's authority with NODE_EXTRA_CA_CERTS. Nothing was sent.",
    officeOnlyOption: '{{option}} is for the office server: use it with "serve --office".',
    plainOnlyOption: "{{option}} is for this computer's browser mode; the office server takes --listen HOST:PORT.",
    certAndKey: 'Give --cert and --key together (the certificate and its private key, PEM), or neither for the server to make its own.',
    badListen: '"{{value}}" will not do for --listen: write HOST:PORT, for example 0.0.0.0:47443 or [::]:47443.',
    listenNotHere: 'This computer has no address {{host}}: choose one of its own for --listen, or 0.0.0.0 for all.',
    officeNeedsProfile:
      'The database {{db}} has no profile, and an office server only serves signed-in people. First create the administrator profile, on this computer: npm run -s redacta -- --db {{db}} users add NAME --role admin',
    officeFingerprint: 'Certificate SHA-256 fingerprint: {{fingerprint}}',
    officeServing: 'Office server running with the certificate {{file}}. Ctrl+C to stop it.',
    officeServingSelfSigned:
      'Office server running with a certificate of its own ({{file}}): give the fingerprint above to every computer that connects, to compare the first time. Ctrl+C to stop it.',
    certificate: {
      unreadable: 'Could not read {{file}}.',
      notCertificate: '{{file}} is not a PEM certificate.',
      notKey: '{{file}} is not a PEM private key (without a passphrase).',
      keyMismatch: 'The key {{file}} does not belong to the certificate given.',
      expired: 'The certificate {{file}} has expired: renew it.',
    },
    serving: 'Redacta in browser mode. Open the address above in a browser on this machine; Ctrl+C to quit.',
    rendererMissing: 'The interface is not built ({{dir}}). Run “npm run build” or use “npm run web”.',
    portInUse: 'Port {{port}} is already in use; choose another with --port or use --port 0.',
    cannotOpenDatabase: 'Could not open database {{file}}: {{detail}}',
    needAs: 'This database has profiles: say who acts with --as PROFILE.',
    needPassphrase: 'The passphrase of {{name}} is missing: put it in REDACTA_PASSPHRASE or run the command in a terminal.',
    passphrasePrompt: 'Passphrase of {{name}}: ',
    newPassphrasePrompt: 'Passphrase for {{name}} (10 characters or more): ',
    repeatPassphrasePrompt: 'Repeat it: ',
    needNewPassphrase: 'The new profile’s passphrase is missing: put it in REDACTA_NEW_PASSPHRASE or run the command in a terminal.',
    passphrasesDiffer: 'The two passphrases differ; no profile was created.',
    usersUsage: 'Usage: users add NAME --role redaccion,edicion,difusion,admin [--display "Display name"] · users list',
    badRole: 'Unknown role: “{{role}}”. Roles: redaccion, edicion, difusion, admin.',
    userCreated: 'Profile {{name}} created ({{roles}}).',
    userName: 'Profile',
    userDisplay: 'Name',
    userRoles: 'Roles',
    userActive: 'Active',
    submitted: 'Communiqué {{id}} submitted for review (v{{seq}}).',
    approved: 'Communiqué {{id}} approved (v{{seq}}, sha256 {{sha}}…): number {{number}}/{{year}}.',
    changesRequested: 'Communiqué {{id}} sent back for changes (v{{seq}}).',
    published: 'Communiqué {{id}} published on {{date}}.',
    notInReview: 'Communiqué {{id}} has no version in review.',
    badFormat: '“{{format}}” is not an export format: use docx, pdf, txt or html.',
    existsHint: 'To replace what exists use --overwrite; to leave it as it is, --skip-existing.',
    overwriteOrSkip: 'Use --overwrite or --skip-existing, not both.',
    exportDraft: 'BORRADOR',
    exportClean: 'approved, v{{seq}}',
    export: {
      written: '{{file}} ({{state}})',
      replaced: '{{file}} ({{state}}; replaced the previous one)',
      skipped: '{{file}} skipped: it already existed',
    },
    exportProgress: '[{{done}}/{{total}}] {{what}}',
    outFolderUnusable: 'Cannot use the folder {{folder}}: {{detail}}',
    verify: {
      known: '{{file}}: {{format}} export of communiqué {{id}} (“{{title}}”), {{version}}, {{state}}; made by {{by}} on {{at}} as {{exportedAs}}.',
      modified:
        '{{file}}: claims to be the {{format}} export of communiqué {{id}} (“{{title}}”), {{version}}, made by {{by}} on {{at}}, but its content changed since.',
      unknown: '{{file}}: Redacta did not export this file (SHA-256 {{sha}}…), or it was changed leaving no trace.',
      approved: 'approved, number {{number}}/{{year}}',
      workingCopy: 'working copy',
      notAllKnown: 'Files that are not intact Redacta exports: {{doubtful}} of {{total}}.',
    },
    someFailed: '{{failures}} of {{total}} could not be completed (see above).',
    badDate: '“{{value}}” is not a YYYY-MM-DD date.',
    voided: 'Number {{number}} of {{series}} in {{year}} voided; communiqué {{id}} is withdrawn.',
    noHits: 'Nothing matches “{{query}}”.',
    where: 'Where',
    hitCount_one: '{{count}} result.',
    hitCount_other: '{{count}} results ({{shown}} shown).',
    badLanguage: 'Not a language: “{{language}}” (es or en).',
    noNumbers: 'No numbers of {{series}} in {{year}}.',
    numberingContinues: 'Numbers of {{series}} in {{year}} up to {{upTo}}: issued outside Redacta. The next is {{next}}.',
    issuedOutside: 'Up to {{upTo}}: issued outside Redacta (stated by {{by}} on {{when}}: “{{reason}}”).',
    nextNumber: 'Next number: {{next}}.',
    state: 'State',
    by: 'Who',
    when: 'When',
    action: 'Action',
    details: 'Details',
    numberState: { assigned: 'assigned', voided: 'voided' },
    numberPending: '(number on approval)',
    unnumbered: '(unnumbered)',
  },
};
