import type { Database } from 'better-sqlite3';
import type { Communique, CommuniqueSummary } from '../../shared/domain/communique';
import type { Content } from '../../shared/domain/content';
import type { Language } from '../../shared/domain/language';
import { contentSchema } from '../../shared/domain/content';
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
  content: string;
  revision: number;
  created_at: string;
  created_by: string;
  updated_at: string;
  updated_by: string;
}

interface SummaryRow {
  id: number;
  series_id: string;
  number: number | null;
  year: number | null;
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
}

/** A working-copy save, accepted only if nobody saved since `expectedRevision`. */
export interface WorkingCopySave {
  id: number;
  expectedRevision: number;
  content: Content;
  actor: string;
  at: string;
}

/** The outcome of a save: stored, refused as stale, or no such communiqué. */
export type SaveOutcome =
  | { kind: 'saved'; revision: number; updatedAt: string; status: CommuniqueStatus }
  | { kind: 'conflict'; currentRevision: number }
  | { kind: 'missing' };

/** Stores communiqués and their working copies. */
export function communiqueRepository(db: Database) {
  const insert = db.prepare(
    `INSERT INTO communiques (series_id, language, letterhead_id, content, created_at, created_by, updated_at, updated_by)
     VALUES (@series, @language, @letterheadId, @content, @at, @actor, @at, @actor)`,
  );
  const byId = db.prepare<[number], CommuniqueRow>('SELECT * FROM communiques WHERE id = ?');
  const summaries = db.prepare<[number], SummaryRow>(
    `SELECT id, series_id, number, year, language, status, title, updated_at
     FROM communiques ORDER BY updated_at DESC, id DESC LIMIT ?`,
  );
  const update = db.prepare(
    `UPDATE communiques
     SET series_id = @series, language = @language, content = @content,
         revision = revision + 1, updated_at = @at, updated_by = @actor
     WHERE id = @id AND revision = @expectedRevision
     RETURNING revision, updated_at AS updatedAt, status`,
  );
  const revisionOf = db.prepare<[number], { revision: number }>('SELECT revision FROM communiques WHERE id = ?');
  const linksOf = db.prepare<{ id: number; original: number | null }, { id: number; language: string; relation: 'original' | 'translation' }>(
    `SELECT id, language, 'original' AS relation FROM communiques WHERE id = :original
     UNION ALL
     SELECT id, language, 'translation' AS relation FROM communiques WHERE translation_of = :id
     ORDER BY id`,
  );
  const insertTranslation = db.prepare(
    `INSERT INTO communiques (series_id, language, letterhead_id, translation_of, content, created_at, created_by, updated_at, updated_by)
     VALUES (@series, @language, @letterheadId, @original, @content, @at, @actor, @at, @actor)`,
  );

  return {
    /** Stores a new draft and returns its id. */
    insert: (draft: NewCommunique): number => {
      const { series, language } = draft.content;
      const result = insert.run({
        series,
        language,
        letterheadId: draft.letterheadId,
        content: storedContent(draft.content),
        at: draft.at,
        actor: draft.actor,
      });
      return Number(result.lastInsertRowid);
    },
    /** One communiqué, or undefined. */
    get: (id: number): Communique | undefined => {
      const row = byId.get(id);
      if (!row) return undefined;
      const linked = linksOf.all({ id, original: row.translation_of }).map((link) => ({ ...link, language: link.language as Language }));
      return toCommunique(row, linked);
    },
    /** Stores the translation of `original` and returns its id. */
    insertTranslation: (draft: NewCommunique & { original: number }): number => {
      const { series, language } = draft.content;
      return Number(
        insertTranslation.run({
          series,
          language,
          letterheadId: draft.letterheadId,
          original: draft.original,
          content: storedContent(draft.content),
          at: draft.at,
          actor: draft.actor,
        }).lastInsertRowid,
      );
    },
    /** The most recently changed communiqués first. */
    list: (limit: number): CommuniqueSummary[] => summaries.all(limit).map(toSummary),
    /** Saves a working copy unless it is stale. */
    save: (save: WorkingCopySave): SaveOutcome => {
      const { series, language } = save.content;
      const row = update.get({
        id: save.id,
        expectedRevision: save.expectedRevision,
        series,
        language,
        content: storedContent(save.content),
        at: save.at,
        actor: save.actor,
      }) as { revision: number; updatedAt: string; status: CommuniqueStatus } | undefined;
      if (row) return { kind: 'saved', ...row };
      const current = revisionOf.get(save.id);
      return current ? { kind: 'conflict', currentRevision: current.revision } : { kind: 'missing' };
    },
  };
}

/** Series and language live in their own columns; the JSON keeps the text. */
function storedContent(content: Content): string {
  const { series: _series, language: _language, ...text } = content;
  return JSON.stringify(text);
}

function toCommunique(row: CommuniqueRow, linked: Communique['linked']): Communique {
  const text: unknown = JSON.parse(row.content);
  return {
    id: row.id,
    status: row.status as CommuniqueStatus,
    number: row.number,
    year: row.year,
    revision: row.revision,
    letterheadId: row.letterhead_id,
    translationOf: row.translation_of,
    createdAt: row.created_at,
    createdBy: row.created_by,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
    content: contentSchema.parse({ ...(text as object), series: row.series_id, language: row.language }),
    linked,
  };
}

function toSummary(row: SummaryRow): CommuniqueSummary {
  return {
    id: row.id,
    series: row.series_id,
    number: row.number,
    year: row.year,
    language: row.language as CommuniqueSummary['language'],
    status: row.status as CommuniqueStatus,
    title: row.title ?? '',
    updatedAt: row.updated_at,
  };
}
