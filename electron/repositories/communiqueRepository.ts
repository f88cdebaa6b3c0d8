import type { Database } from 'better-sqlite3';
import { foldedSearchText } from '../../shared/text/searchableText';
import type { Communique, CommuniqueSummary } from '../../shared/domain/communique';
import type { Content } from '../../shared/domain/content';
import type { ImportFormat } from '../../shared/domain/importItem';
import { contentSchema } from '../../shared/domain/content';
import type { Language } from '../../shared/domain/language';
import type { CommuniqueStatus } from '../../shared/domain/status';

interface CommuniqueRow {
  id: number;
  series_id: string;
  language: string;
  letterhead_id: number;
  translation_of: number | null;
  status: string;
  number: number | null;
  year: number | null;
  /** The number shown: its own, or a translation's original's. */
  shown_number: number | null;
  shown_year: number | null;
  content: string;
  revision: number;
  created_at: string;
  created_by: string;
  updated_at: string;
  updated_by: string;
  published_on: string | null;
  correction_of: number | null;
  latest_id: number | null;
  latest_seq: number | null;
  latest_sha256: string | null;
  latest_author: string | null;
  approved_id: number | null;
  approved_seq: number | null;
  approved_sha256: string | null;
  original_approved_seq: number | null;
  synced_seq: number | null;
  source_file: string | null;
  source_format: ImportFormat | null;
  source_by: string | null;
  source_at: string | null;
}

/** A list row as the summary columns read it. */
export interface SummaryRow {
  id: number;
  series_id: string;
  shown_number: number | null;
  shown_year: number | null;
  language: string;
  status: string;
  title: string | null;
  updated_at: string;
}

/** A new draft to store. */
export interface NewCommunique {
  content: Content;
  letterheadId: number;
  actor: string;
  at: string;
  translationOf?: number | undefined;
  correctionOf?: number | undefined;
  translationSyncedVersionId?: number | null | undefined;
}

/** A working-copy save, accepted only if nobody saved since `expectedRevision`. */
export interface WorkingCopySave {
  id: number;
  expectedRevision: number;
  content: Content;
  actor: string;
  at: string;
  /** The status the communiqué takes with this save (an approved one goes back to draft). */
  status: CommuniqueStatus;
}

/** The outcome of a save: stored, refused as stale, or no such communiqué. */
export type SaveOutcome =
  | { kind: 'saved'; revision: number; updatedAt: string; status: CommuniqueStatus }
  | { kind: 'conflict'; currentRevision: number }
  | { kind: 'missing' };

/** A translation never holds a number of its own: it shows its original's, while the original holds it. */
const shown = (column: 'number' | 'year') =>
  `CASE WHEN c.translation_of IS NULL THEN c.${column} WHEN o.status = 'withdrawn' THEN NULL ELSE o.${column} END AS shown_${column}`;

const select = `
  SELECT c.*, ${shown('number')}, ${shown('year')},
    lv.id AS latest_id, lv.seq AS latest_seq, lv.sha256 AS latest_sha256, lv.author AS latest_author,
    av.id AS approved_id, av.seq AS approved_seq, av.sha256 AS approved_sha256,
    oav.seq AS original_approved_seq, sv.seq AS synced_seq,
    src.file_name AS source_file, src.format AS source_format, src.imported_by AS source_by, src.imported_at AS source_at
  FROM communiques c
  LEFT JOIN imported_sources src ON src.communique_id = c.id
  LEFT JOIN versions lv ON lv.id = (SELECT id FROM versions WHERE communique_id = c.id AND reason = 'submit' ORDER BY seq DESC LIMIT 1)
  LEFT JOIN versions av ON av.id = c.approved_version_id
  LEFT JOIN communiques o ON o.id = c.translation_of
  LEFT JOIN versions oav ON oav.id = o.approved_version_id
  LEFT JOIN versions sv ON sv.id = c.translation_synced_version_id`;

/** The columns of a list row, and what they read from (a translation shows its original's number). */
export const summaryColumns = `c.id, c.series_id, ${shown('number')}, ${shown('year')}, c.language, c.status, c.title, c.updated_at`;
export const summaryJoin = 'LEFT JOIN communiques o ON o.id = c.translation_of';
export const summaryFrom = `communiques c ${summaryJoin}`;

/** Stores communiqués, their working copies and where they stand in the review flow. */
export function communiqueRepository(db: Database) {
  const insert = db.prepare(
    `INSERT INTO communiques (series_id, language, letterhead_id, translation_of, correction_of, translation_synced_version_id,
                              content, created_at, created_by, updated_at, updated_by)
     VALUES (@series, @language, @letterheadId, @translationOf, @correctionOf, @synced, @content, @at, @actor, @at, @actor)`,
  );
  const byId = db.prepare<[number], CommuniqueRow>(`${select} WHERE c.id = ?`);
  const summaries = db.prepare<[number], SummaryRow>(`SELECT ${summaryColumns} FROM ${summaryFrom} ORDER BY c.updated_at DESC, c.id DESC LIMIT ?`);
  const byStatus = db.prepare<[string], SummaryRow & { latest_author: string | null; editors: string }>(
    `SELECT ${summaryColumns},
       (SELECT author FROM versions WHERE communique_id = c.id AND reason = 'submit' ORDER BY seq DESC LIMIT 1) AS latest_author,
       (SELECT json_group_array(user) FROM communique_editors WHERE communique_id = c.id) AS editors
     FROM ${summaryFrom} WHERE c.status = ? ORDER BY c.updated_at DESC, c.id DESC`,
  );
  const update = db.prepare(
    `UPDATE communiques
     SET series_id = @series, language = @language, content = @content, status = @status,
         revision = revision + 1, updated_at = @at, updated_by = @actor
     WHERE id = @id AND revision = @expectedRevision
     RETURNING revision, updated_at AS updatedAt, status`,
  );
  // Kept by the triggers of migration 0011: who wrote or changed the text since its last approval.
  const editorsOf = db.prepare<[number], { user: string }>('SELECT user FROM communique_editors WHERE communique_id = ? ORDER BY user');
  const revisionOf = db.prepare<[number], { revision: number }>('SELECT revision FROM communiques WHERE id = ?');
  const linksOf = db.prepare<{ id: number; original: number | null }, { id: number; language: string; relation: 'original' | 'translation' }>(
    `SELECT id, language, 'original' AS relation FROM communiques WHERE id = :original
     UNION ALL
     SELECT id, language, 'translation' AS relation FROM communiques WHERE translation_of = :id
     ORDER BY id`,
  );
  const setStatus = db.prepare('UPDATE communiques SET status = @status, updated_at = @at, updated_by = @actor WHERE id = @id');
  const setApproval = db.prepare(
    `UPDATE communiques SET status = 'approved', approved_version_id = @versionId, number = @number, year = @year,
       updated_at = @at, updated_by = @actor WHERE id = @id`,
  );
  const setPublication = db.prepare(
    `UPDATE communiques SET status = 'published', published_version_id = approved_version_id, published_on = @publishedOn,
       updated_at = @at, updated_by = @actor WHERE id = @id`,
  );
  const setSynced = db.prepare('UPDATE communiques SET translation_synced_version_id = @versionId WHERE id = @id');
  // The search index follows every write of the working text (see migration 0008).
  const unindex = db.prepare('DELETE FROM communique_search WHERE rowid = ?');
  const index = db.prepare('INSERT INTO communique_search (rowid, title, summary, body, people) VALUES (?, ?, ?, ?, ?)');
  const reindex = (id: number, content: Content) => {
    const text = foldedSearchText(content);
    unindex.run(id);
    index.run(id, text.title, text.summary, text.body, text.people);
  };
  const approvedVersionOf = db.prepare<[number], { approved_version_id: number | null }>('SELECT approved_version_id FROM communiques WHERE id = ?');

  return {
    /** Stores a new draft (a translation or a correction when linked) and returns its id. */
    insert: (draft: NewCommunique): number => {
      const id = Number(
        insert.run({
          series: draft.content.series,
          language: draft.content.language,
          letterheadId: draft.letterheadId,
          translationOf: draft.translationOf ?? null,
          correctionOf: draft.correctionOf ?? null,
          synced: draft.translationSyncedVersionId ?? null,
          content: storedContent(draft.content),
          at: draft.at,
          actor: draft.actor,
        }).lastInsertRowid,
      );
      reindex(id, draft.content);
      return id;
    },
    /** One communiqué with where it stands, or undefined. */
    get: (id: number): Communique | undefined => {
      const row = byId.get(id);
      if (!row) return undefined;
      const linked = linksOf.all({ id, original: row.translation_of }).map((link) => ({ ...link, language: link.language as Language }));
      const editors = editorsOf.all(id).map((editor) => editor.user);
      return toCommunique(row, linked, editors);
    },
    /** The most recently changed communiqués first. */
    list: (limit: number): CommuniqueSummary[] => summaries.all(limit).map(toSummary),
    /** Communiqués in one status, most recent first, with who submitted the version under review and who changed its text since the last approval. */
    withStatus: (status: CommuniqueStatus) =>
      byStatus.all(status).map((row) => ({ summary: toSummary(row), submittedBy: row.latest_author, editors: JSON.parse(row.editors) as string[] })),
    /** Saves a working copy unless it is stale. */
    save: (save: WorkingCopySave): SaveOutcome => {
      const row = update.get({
        id: save.id,
        expectedRevision: save.expectedRevision,
        series: save.content.series,
        language: save.content.language,
        content: storedContent(save.content),
        status: save.status,
        at: save.at,
        actor: save.actor,
      }) as { revision: number; updatedAt: string; status: CommuniqueStatus } | undefined;
      if (row) {
        reindex(save.id, save.content);
        return { kind: 'saved', ...row };
      }
      const current = revisionOf.get(save.id);
      return current ? { kind: 'conflict', currentRevision: current.revision } : { kind: 'missing' };
    },
    /** Moves a communiqué to another status. */
    setStatus: (id: number, status: CommuniqueStatus, actor: string, at: string): void => void setStatus.run({ id, status, actor, at }),
    /** Records an approval: the version, and the number (null for unnumbered series). */
    setApproval: (id: number, approval: { versionId: number; number: number | null; year: number | null }, actor: string, at: string): void =>
      void setApproval.run({ id, ...approval, actor, at }),
    /** Records that the approved version was published on a date. */
    setPublication: (id: number, publishedOn: string, actor: string, at: string): void => void setPublication.run({ id, publishedOn, actor, at }),
    /** Records which approved version of its original a translation is up to date with. */
    setTranslationSynced: (id: number, versionId: number | null): void => void setSynced.run({ id, versionId }),
    /** The approved version of a communiqué, if any. */
    approvedVersionId: (id: number): number | null => approvedVersionOf.get(id)?.approved_version_id ?? null,
  };
}

/** Series and language live in their own columns; the JSON keeps the text. */
function storedContent(content: Content): string {
  const { series: _series, language: _language, ...text } = content;
  return JSON.stringify(text);
}

function toCommunique(row: CommuniqueRow, linked: Communique['linked'], editors: string[]): Communique {
  const text: unknown = JSON.parse(row.content);
  return {
    id: row.id,
    status: row.status as CommuniqueStatus,
    number: row.shown_number,
    year: row.shown_year,
    revision: row.revision,
    letterheadId: row.letterhead_id,
    translationOf: row.translation_of,
    createdAt: row.created_at,
    createdBy: row.created_by,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
    content: contentSchema.parse({ ...(text as object), series: row.series_id, language: row.language }),
    linked,
    latestVersion:
      row.latest_id && row.latest_seq && row.latest_sha256 && row.latest_author
        ? { id: row.latest_id, seq: row.latest_seq, sha256: row.latest_sha256, author: row.latest_author }
        : null,
    editors,
    approvedVersion:
      row.approved_id && row.approved_seq && row.approved_sha256 ? { id: row.approved_id, seq: row.approved_seq, sha256: row.approved_sha256 } : null,
    publishedOn: row.published_on,
    correctionOf: row.correction_of,
    translationSync:
      row.translation_of === null
        ? null
        : {
            originalApprovedSeq: row.original_approved_seq,
            syncedSeq: row.synced_seq,
            outOfDate: row.original_approved_seq !== null && row.original_approved_seq !== row.synced_seq,
          },
    importedFrom:
      row.source_file && row.source_format && row.source_by && row.source_at
        ? { fileName: row.source_file, format: row.source_format, importedBy: row.source_by, importedAt: row.source_at }
        : null,
  };
}

/** A list row as the contract shapes it. */
export function toSummary(row: SummaryRow): CommuniqueSummary {
  return {
    id: row.id,
    series: row.series_id,
    number: row.shown_number,
    year: row.shown_year,
    language: row.language as CommuniqueSummary['language'],
    status: row.status as CommuniqueStatus,
    title: row.title ?? '',
    updatedAt: row.updated_at,
  };
}
