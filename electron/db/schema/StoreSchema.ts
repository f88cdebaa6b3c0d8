import type { Generated, GeneratedAlways } from 'kysely';

// The store's tables as both engines hold them (SQLite's migrations 1–13, PostgreSQL's 1–3): one set of types for the
// query builder. Texts are text (dates as ISO strings, JSON as its exact text), flags are 0/1, ids are integers.

/** A numbered or unnumbered kind of communiqué. */
export interface SeriesTable {
  id: string;
  label_es: string;
  label_en: string;
  number_format_es: string;
  number_format_en: string;
  numbered: number;
  yearly_reset: Generated<number>;
  position: Generated<number>;
  created_at: string;
  requires_summary: Generated<number>;
}

/** A letterhead and the date from which it is used. */
export interface LetterheadsTable {
  id: Generated<number>;
  name: string;
  valid_from: string;
  definition: string;
  created_at: string;
}

/** A person's profile. */
export interface UsersTable {
  id: Generated<number>;
  name: string;
  display_name: string;
  passphrase_hash: string;
  active: Generated<number>;
  created_at: string;
}

/** One role of one profile. */
export interface UserRolesTable {
  user_id: number;
  role: string;
}

/** A communiqué: its working text and where it stands. */
export interface CommuniquesTable {
  id: Generated<number>;
  series_id: string;
  language: string;
  letterhead_id: number;
  translation_of: number | null;
  status: Generated<string>;
  number: number | null;
  year: number | null;
  content: string;
  title: GeneratedAlways<string | null>;
  revision: Generated<number>;
  created_at: string;
  created_by: string;
  updated_at: string;
  updated_by: string;
  approved_version_id: number | null;
  published_version_id: number | null;
  published_on: string | null;
  correction_of: number | null;
  translation_synced_version_id: number | null;
  date: GeneratedAlways<string | null>;
}

/** A frozen version of a communiqué's text. */
export interface VersionsTable {
  id: Generated<number>;
  communique_id: number;
  seq: number;
  content: string;
  schema_version: number;
  sha256: string;
  reason: string;
  author: string;
  created_at: string;
  letterhead_id: number | null;
}

/** One entry of the audit log. */
export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  actor: string;
  action: string;
  communique_id: number | null;
  details: Generated<string>;
}

/** A review comment on a version. */
export interface CommentsTable {
  id: Generated<number>;
  communique_id: number;
  version_id: number;
  parent_id: number | null;
  anchor_field: string;
  anchor_index: number | null;
  body: string;
  author: string;
  created_at: string;
  resolved_by: string | null;
  resolved_at: string | null;
}

/** An editor's decision on a version. */
export interface DecisionsTable {
  id: Generated<number>;
  version_id: number;
  decision: string;
  version_sha256: string;
  decided_by: string;
  decided_at: string;
  comment_id: number | null;
}

/** A number given (or voided) in a series and year. */
export interface NumberLogTable {
  series_id: string;
  year: number;
  number: number;
  communique_id: number;
  version_id: number | null;
  state: string;
  assigned_by: string;
  assigned_at: string;
  voided_by: string | null;
  voided_at: string | null;
  void_reason: string | null;
}

/** The last number given per series and year: the row an approval locks to take the next. */
export interface NumberCountersTable {
  series_id: string;
  year: number;
  last_number: number;
}

/** Numbers an office issued before Redacta, per series and year. */
export interface NumbersIssuedOutsideTable {
  series_id: string;
  year: number;
  up_to: number;
  stated_by: string;
  stated_at: string;
  reason: string;
}

/** A file made of a communiqué. */
export interface ExportsTable {
  id: Generated<number>;
  export_key: string;
  communique_id: number;
  version_id: number | null;
  revision: number;
  format: string;
  draft: number;
  number: number | null;
  year: number | null;
  file_name: string;
  sha256: string;
  size: number;
  exported_by: string;
  exported_at: string;
}

/** A word the office's dictionary accepts. */
export interface OfficeWordsTable {
  language: string;
  word: string;
  added_by: string;
  added_at: string;
}

/** The file an imported communiqué came from. */
export interface ImportedSourcesTable {
  communique_id: number;
  file_name: string;
  file_sha256: string;
  format: string;
  content_sha256: string;
  imported_by: string;
  imported_at: string;
}

/** Who wrote or changed a communiqué's text since its last approval (kept by the engine's triggers). */
export interface CommuniqueEditorsTable {
  communique_id: number;
  user: string;
}

/**
 * PostgreSQL's search table: each communiqué's folded words per field, and their vectors (generated). On SQLite the same
 * words live in an FTS5 table keyed by rowid, read through its own queries.
 */
export interface CommuniqueSearchTable {
  id: number;
  title: string;
  summary: string;
  body: string;
  people: string;
  title_words: GeneratedAlways<string>;
  summary_words: GeneratedAlways<string>;
  body_words: GeneratedAlways<string>;
  people_words: GeneratedAlways<string>;
  words: GeneratedAlways<string>;
}

/** A live or ended session, by its token's SHA-256 (the token itself is only ever with its holder). */
export interface SessionsTable {
  token_digest: string;
  user_id: number;
  credential: string;
  opened_at: number;
  used_at: number;
}

/** A draft started away from the office, by the name its desk gave it (per person), and the revision its create left. */
export interface DraftKeysTable {
  created_by: string;
  draft_key: string;
  communique_id: number;
  revision: number;
}

/** Every table the store's code reads and writes, by name. */
export interface StoreSchema {
  series: SeriesTable;
  letterheads: LetterheadsTable;
  users: UsersTable;
  user_roles: UserRolesTable;
  communiques: CommuniquesTable;
  versions: VersionsTable;
  audit_log: AuditLogTable;
  comments: CommentsTable;
  decisions: DecisionsTable;
  number_log: NumberLogTable;
  number_counters: NumberCountersTable;
  numbers_issued_outside: NumbersIssuedOutsideTable;
  exports: ExportsTable;
  office_words: OfficeWordsTable;
  imported_sources: ImportedSourcesTable;
  communique_editors: CommuniqueEditorsTable;
  communique_search: CommuniqueSearchTable;
  sessions: SessionsTable;
  draft_keys: DraftKeysTable;
}
