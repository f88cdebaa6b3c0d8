import type { Catalog } from './catalog';
import type { es } from './es';

/** English messages. */
export const en: Catalog<typeof es> = {
  app: {
    name: 'Redacta',
    tagline: 'Editorial desk',
    mainNav: 'Main navigation',
    uiLanguage: 'Interface language',
    loading: 'Loading…',
  },
  languageName: { es: 'Spanish', en: 'English' },
  status: {
    draft: 'Draft',
    in_review: 'In review',
    changes_requested: 'Changes requested',
    approved: 'Approved',
    published: 'Published',
    withdrawn: 'Withdrawn',
  },
  list: {
    heading: 'Communiqués',
    newCommunique: 'New communiqué',
    empty: 'No communiqués yet. Create the first one with “New communiqué”.',
    number: 'Number',
    series: 'Series',
    title: 'Title',
    language: 'Language',
    status: 'Status',
    updated: 'Modified',
    untitled: '(untitled)',
    pendingNumber: 'pending',
    open: 'Open {{title}}',
  },
  editor: {
    heading: 'Communiqué',
    back: 'Back to the list',
    numberLine: 'Number',
    dateline: 'Dateline',
    closingMark: 'Closing mark (from the letterhead)',
    metadata: 'Communiqué details',
    series: 'Series',
    language: 'Document language',
    place: 'Place',
    date: 'Date',
    title: 'Title',
    summary: 'Summary bullets',
    summaryHint: 'Two to four lines that sum up the story. Alt+↑ and Alt+↓ reorder them.',
    bullet: 'Bullet {{n}}',
    addBullet: 'Add bullet',
    moveUp: 'Move bullet {{n}} up',
    moveDown: 'Move bullet {{n}} down',
    removeBullet: 'Remove bullet {{n}}',
    body: 'Communiqué body',
    toolbar: 'Body formatting',
    bold: 'Bold',
    italic: 'Italic',
    bulletList: 'Bulleted list',
    orderedList: 'Numbered list',
    blockquote: 'Quote',
    link: 'Link',
    linkUrl: 'Link address',
    applyLink: 'Apply link',
    removeLink: 'Remove link',
    cancel: 'Cancel',
    invalidLink: 'Use an address starting with http://, https:// or mailto:',
    notFound: 'Communiqué {{id}} was not found.',
  },
  save: {
    saved: 'Saved',
    savedAt: 'Saved at {{time}}',
    saving: 'Saving…',
    pending: 'Unsaved changes',
    failed: 'Could not save: {{message}}',
    retry: 'Retry',
    conflictTitle: 'Another window changed this draft',
    conflictBody: 'Your changes in this window were not saved, so as not to overwrite the other ones. Choose what to keep.',
    keepMine: 'Save my version over it',
    loadSaved: 'Load the saved version and discard my changes',
    leaveWarning: 'There are unsaved changes.',
  },
  preview: {
    heading: 'Preview',
    pages_one: '{{count}} page',
    pages_other: '{{count}} pages',
    page: 'Page {{x}} of {{y}}',
  },
  rescue: {
    title: 'Some of your text was never saved',
    body: 'This machine kept what you wrote in this communiqué on {{when}}, before it could be saved. You can recover it (it replaces the saved text) or discard it.',
    restore: 'Recover my text',
    discard: 'Discard it',
  },
  errors: {
    INVALID_INPUT: 'The data is not valid: {{issues}}',
    NOT_FOUND: 'Communiqué {{id}} does not exist.',
    LETTERHEAD_NOT_FOUND: 'Letterhead {{id}} does not exist.',
    UNKNOWN_SERIES: 'Series “{{series}}” does not exist. Available series: {{available}}.',
    REVISION_CONFLICT:
      'Draft {{id}} was changed in another window (revision {{current}}; you were editing {{expected}}). Nothing was saved, so as not to overwrite those changes.',
    FORBIDDEN: 'Your profile ({{actor}}) is not allowed to do this.',
    UNAUTHORIZED: 'The session token is missing or wrong.',
    UNKNOWN_METHOD: 'Operation “{{method}}” does not exist.',
    DATABASE_TOO_NEW:
      'Database {{path}} was written by a newer version of Redacta (schema {{found}}; this version knows up to {{supported}}). Update Redacta; the database was not changed.',
    INTERNAL: 'Internal error: {{detail}}',
    UNAVAILABLE: 'Cannot reach the Redacta service: {{detail}}',
  },
  browser: {
    unauthorized:
      'This tab does not have the session token. Open the full address printed by “npm run web” (it includes ?token=…).',
  },
  cli: {
    usage: `Usage: npm run -s redacta -- [--db FILE] [--as USER] <verb> … [--json]

Verbs:
  new --from FILE.json   create a draft from the file's content
  list [--limit N]       list communiqués, most recent first
  show ID                show one communiqué
  serve [--port N]       open browser mode on 127.0.0.1:47321 (--port 0 picks a free port)
  help                   show this help

Options:
  --db FILE    SQLite database (default: {{defaultDb}})
  --as USER    person acting
  --json       JSON output

Exit status: 0 on success, 1 on a user error, 2 on bad usage.`,
    unknownVerb: 'Unknown verb: “{{verb}}”. Use “help” to list the verbs.',
    missingVerb: 'Missing verb. Use “help” to list the verbs.',
    badOption: 'Invalid option: {{detail}}',
    missingArgument: 'Missing {{what}}.',
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
    serving: 'Redacta in browser mode. Open the address above in a browser on this machine; Ctrl+C to quit.',
    rendererMissing: 'The interface is not built ({{dir}}). Run “npm run build” or use “npm run web”.',
    portInUse: 'Port {{port}} is already in use; choose another with --port or use --port 0.',
    cannotOpenDatabase: 'Could not open database {{file}}: {{detail}}',
    numberPending: '(number on approval)',
    unnumbered: '(unnumbered)',
  },
};
