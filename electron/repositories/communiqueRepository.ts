import { sql } from 'kysely';
import type { Communique, CommuniqueSummary } from '../../shared/domain/communique';
import type { Content } from '../../shared/domain/content';
import type { ImportFormat } from '../../shared/domain/importItem';
import { contentSchema } from '../../shared/domain/content';
import type { Language } from '../../shared/domain/language';
import type { CommuniqueStatus } from '../../shared/domain/status';
import type { Engine } from '../db/Engine';
import { engineSql, splitJoined } from './engineSql';
import { searchIndex } from './searchIndex';
import type { StoreQueries } from './StoreQueries';
import { storedJson } from './storedJson';

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
  | { kind: 'conflict'; currentRevision: number; savedBy: string }
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
export function communiqueRepository(db: StoreQueries, engine: Engine) {
  const { joined } = engineSql(engine);
  const reindex = searchIndex(db, engine);
  const summaries = sql.raw(`SELECT ${summaryColumns} FROM ${summaryFrom}`);

  return {
    /** Stores a new draft (a translation or a correction when linked) and returns its id. */
    insert: async (draft: NewCommunique): Promise<number> => {
      const { id } = await db
        .insertInto('communiques')
        .values({
          series_id: draft.content.series,
          language: draft.content.language,
          letterhead_id: draft.letterheadId,
          translation_of: draft.translationOf ?? null,
          correction_of: draft.correctionOf ?? null,
          translation_synced_version_id: draft.translationSyncedVersionId ?? null,
          content: storedContent(draft.content),
          created_at: draft.at,
          created_by: draft.actor,
          updated_at: draft.at,
          updated_by: draft.actor,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await reindex(id, draft.content);
      return id;
    },
    /** One communiqué with where it stands, or undefined. */
    get: async (id: number): Promise<Communique | undefined> => {
      const row = (await sql<CommuniqueRow>`${sql.raw(select)} WHERE c.id = ${id}`.execute(db)).rows[0];
      if (!row) return undefined;
      const links = await sql<{ id: number; language: Language; relation: 'original' | 'translation' }>`
        SELECT id, language, 'original' AS relation FROM communiques WHERE id = ${row.translation_of}
        UNION ALL
        SELECT id, language, 'translation' AS relation FROM communiques WHERE translation_of = ${id}
        ORDER BY id`.execute(db);
      // Kept by the engine's triggers: who wrote or changed the text since its last approval.
      const editors = await db.selectFrom('communique_editors').select('user').where('communique_id', '=', id).orderBy('user').execute();
      return toCommunique(
        row,
        links.rows,
        editors.map((editor) => editor.user),
      );
    },
    /** The most recently changed communiqués first (all of them without a limit). */
    list: async (limit?: number): Promise<CommuniqueSummary[]> =>
      (await sql<SummaryRow>`${summaries} ORDER BY c.updated_at DESC, c.id DESC ${limit === undefined ? sql`` : sql`LIMIT ${limit}`}`.execute(db)).rows.map(
        toSummary,
      ),
    /** Communiqués in one status, most recent first, with who submitted the version under review and who changed its text since the last approval. */
    withStatus: async (status: CommuniqueStatus) => {
      const { rows } = await sql<SummaryRow & { latest_author: string | null; editors: string | null }>`
        SELECT ${sql.raw(summaryColumns)},
          (SELECT author FROM versions WHERE communique_id = c.id AND reason = 'submit' ORDER BY seq DESC LIMIT 1) AS latest_author,
          (SELECT ${joined(sql.ref('e.user'))} FROM communique_editors e WHERE e.communique_id = c.id) AS editors
        FROM ${sql.raw(summaryFrom)} WHERE c.status = ${status} ORDER BY c.updated_at DESC, c.id DESC`.execute(db);
      return rows.map((row) => ({ summary: toSummary(row), submittedBy: row.latest_author, editors: splitJoined(row.editors).sort() }));
    },
    /** Saves a working copy unless it is stale. */
    save: async (save: WorkingCopySave): Promise<SaveOutcome> => {
      const row = await db
        .updateTable('communiques')
        .set((set) => ({
          series_id: save.content.series,
          language: save.content.language,
          content: storedContent(save.content),
          status: save.status,
          revision: set('revision', '+', 1),
          updated_at: save.at,
          updated_by: save.actor,
        }))
        .where('id', '=', save.id)
        .where('revision', '=', save.expectedRevision)
        .returning(['revision', 'updated_at', 'status'])
        .executeTakeFirst();
      if (row) {
        await reindex(save.id, save.content);
        return { kind: 'saved', revision: row.revision, updatedAt: row.updated_at, status: row.status as CommuniqueStatus };
      }
      const current = await db.selectFrom('communiques').select(['revision', 'updated_by']).where('id', '=', save.id).executeTakeFirst();
      return current ? { kind: 'conflict', currentRevision: current.revision, savedBy: current.updated_by } : { kind: 'missing' };
    },
    /** Moves a communiqué to another status. */
    setStatus: async (id: number, status: CommuniqueStatus, actor: string, at: string): Promise<void> => {
      await db.updateTable('communiques').set({ status, updated_at: at, updated_by: actor }).where('id', '=', id).execute();
    },
    /** Records an approval: the version, and the number (null for unnumbered series). */
    setApproval: async (id: number, approval: { versionId: number; number: number | null; year: number | null }, actor: string, at: string): Promise<void> => {
      await db
        .updateTable('communiques')
        .set({
          status: 'approved',
          approved_version_id: approval.versionId,
          number: approval.number,
          year: approval.year,
          updated_at: at,
          updated_by: actor,
        })
        .where('id', '=', id)
        .execute();
    },
    /** Records that the approved version was published on a date. */
    setPublication: async (id: number, publishedOn: string, actor: string, at: string): Promise<void> => {
      await db
        .updateTable('communiques')
        .set((set) => ({
          status: 'published',
          published_version_id: set.ref('approved_version_id'),
          published_on: publishedOn,
          updated_at: at,
          updated_by: actor,
        }))
        .where('id', '=', id)
        .execute();
    },
    /** Records which approved version of its original a translation is up to date with. */
    setTranslationSynced: async (id: number, versionId: number | null): Promise<void> => {
      await db.updateTable('communiques').set({ translation_synced_version_id: versionId }).where('id', '=', id).execute();
    },
    /** The approved version of a communiqué, if any. */
    approvedVersionId: async (id: number): Promise<number | null> =>
      (await db.selectFrom('communiques').select('approved_version_id').where('id', '=', id).executeTakeFirst())?.approved_version_id ?? null,
  };
}

/** Series and language live in their own columns; the JSON keeps the text. */
function storedContent(content: Content): string {
  const { series: _series, language: _language, ...text } = content;
  return storedJson(text);
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
