/** A table as a copy between engines moves it: its stored columns (never generated ones), in the order rows are read. */
export interface CopiedTable {
  table: string;
  columns: readonly string[];
  /** The columns that order its rows (and say which row is which when two stores are compared). */
  key: readonly string[];
}

/**
 * Every table of the store that a copy carries, parents before children. The search index is not among them: each
 * engine builds its own from the communiqués' text. Communiqués point at versions and versions at communiqués: their
 * version columns are written after the versions (see copyStore).
 */
export const copiedTables: readonly CopiedTable[] = [
  {
    table: 'series',
    columns: ['id', 'label_es', 'label_en', 'number_format_es', 'number_format_en', 'numbered', 'yearly_reset', 'position', 'created_at', 'requires_summary'],
    key: ['id'],
  },
  { table: 'letterheads', columns: ['id', 'name', 'valid_from', 'definition', 'created_at'], key: ['id'] },
  { table: 'users', columns: ['id', 'name', 'display_name', 'passphrase_hash', 'active', 'created_at'], key: ['id'] },
  { table: 'user_roles', columns: ['user_id', 'role'], key: ['user_id', 'role'] },
  {
    table: 'communiques',
    columns: [
      'id',
      'series_id',
      'language',
      'letterhead_id',
      'translation_of',
      'status',
      'number',
      'year',
      'content',
      'revision',
      'created_at',
      'created_by',
      'updated_at',
      'updated_by',
      'approved_version_id',
      'published_version_id',
      'published_on',
      'correction_of',
      'translation_synced_version_id',
    ],
    key: ['id'],
  },
  {
    table: 'versions',
    columns: ['id', 'communique_id', 'seq', 'content', 'schema_version', 'sha256', 'reason', 'author', 'created_at', 'letterhead_id'],
    key: ['id'],
  },
  {
    table: 'comments',
    columns: ['id', 'communique_id', 'version_id', 'parent_id', 'anchor_field', 'anchor_index', 'body', 'author', 'created_at', 'resolved_by', 'resolved_at'],
    key: ['id'],
  },
  { table: 'decisions', columns: ['id', 'version_id', 'decision', 'version_sha256', 'decided_by', 'decided_at', 'comment_id'], key: ['id'] },
  {
    table: 'number_log',
    columns: ['series_id', 'year', 'number', 'communique_id', 'version_id', 'state', 'assigned_by', 'assigned_at', 'voided_by', 'voided_at', 'void_reason'],
    key: ['series_id', 'year', 'number'],
  },
  { table: 'numbers_issued_outside', columns: ['series_id', 'year', 'up_to', 'stated_by', 'stated_at', 'reason'], key: ['series_id', 'year', 'up_to'] },
  {
    table: 'exports',
    columns: [
      'id',
      'export_key',
      'communique_id',
      'version_id',
      'revision',
      'format',
      'draft',
      'number',
      'year',
      'file_name',
      'sha256',
      'size',
      'exported_by',
      'exported_at',
    ],
    key: ['id'],
  },
  { table: 'office_words', columns: ['language', 'word', 'added_by', 'added_at'], key: ['language', 'word'] },
  {
    table: 'imported_sources',
    columns: ['communique_id', 'file_name', 'file_sha256', 'format', 'content_sha256', 'imported_by', 'imported_at'],
    key: ['communique_id'],
  },
  { table: 'draft_keys', columns: ['created_by', 'draft_key', 'communique_id', 'revision'], key: ['created_by', 'draft_key'] },
  { table: 'audit_log', columns: ['id', 'at', 'actor', 'action', 'communique_id', 'details'], key: ['id'] },
  { table: 'communique_editors', columns: ['communique_id', 'user'], key: ['communique_id', 'user'] },
];

/** The columns of communiqués that point at versions: written once the versions are in. */
export const versionPointers = ['approved_version_id', 'published_version_id', 'translation_synced_version_id'] as const;
