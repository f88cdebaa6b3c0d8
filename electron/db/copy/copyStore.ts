import type { Content } from '../../../shared/domain/content';
import { foldedSearchText } from '../../../shared/text/searchableText';
import { AppError } from '../../api/AppError';
import type { CopiedTable } from './copiedTables';
import { copiedTables, versionPointers } from './copiedTables';
import type { CopyEnd, Row } from './CopyEnd';
import { quoted } from './CopyEnd';

/** How many rows a copy reads at a time. */
const pageSize = 500;

/** What a copy moved: rows per table. */
export type CopyOutcome = Record<string, number>;

/** Tables a target must have no rows in: it is a new store, not one in use (its default series and letterhead aside). */
const mustBeEmpty = ['communiques', 'users', 'audit_log', 'office_words'];

/**
 * Copies a whole store from one engine to the other (or to the same), keeping every id, text, hash, number, comment,
 * export and audit entry as they are: the target must be new (TARGET_NOT_EMPTY otherwise) and is written in one
 * transaction, so a copy that fails leaves it as it was; the source is read in one snapshot. Each engine's search index
 * is built from the communiqués' text; the editors since the last approval are copied as the source has them.
 */
export async function copyStore(source: CopyEnd, target: CopyEnd): Promise<CopyOutcome> {
  for (const table of mustBeEmpty) if ((await target.count(table)) > 0) throw new AppError('TARGET_NOT_EMPTY', { target: target.where, table });
  const outcome: CopyOutcome = {};
  await source.transaction('read', () =>
    target.transaction('write', async () => {
      // The new store's own first-run rows give way to the source's.
      await target.run('DELETE FROM letterheads');
      await target.run('DELETE FROM series');
      const pointers: Row[] = [];
      for (const table of copiedTables) {
        if (table.table === 'communique_editors') continue;
        outcome[table.table] = await copyTable(source, target, table, (rows) => {
          if (table.table !== 'communiques') return rows;
          // Versions point back at their communiqué: its version columns are written once the versions are in.
          return rows.map((row) => {
            if (versionPointers.some((column) => row[column] !== null)) pointers.push(row);
            return { ...row, ...Object.fromEntries(versionPointers.map((column) => [column, null])) };
          });
        });
        if (table.table === 'versions')
          for (const row of pointers)
            await target.run(`UPDATE communiques SET ${versionPointers.map((column) => `${quoted(column)} = ?`).join(', ')} WHERE id = ?`, [
              ...versionPointers.map((column) => row[column]),
              row.id,
            ]);
      }
      // The engine's triggers recorded editors as rows went in: the source's record replaces theirs.
      await target.run('DELETE FROM communique_editors');
      const editors = copiedTables.find((table) => table.table === 'communique_editors');
      if (editors) outcome.communique_editors = await copyTable(source, target, editors, (rows) => rows);
      await indexAll(source, target);
      if (target.engine === 'postgres') await resetIdentities(target);
      await countersFromLog(target);
    }),
  );
  return outcome;
}

/** Moves one table's rows page by page, through `shape`; returns how many. */
async function copyTable(source: CopyEnd, target: CopyEnd, table: CopiedTable, shape: (rows: Row[]) => Row[]): Promise<number> {
  let moved = 0;
  let after: Row | null = null;
  for (;;) {
    const rows = await source.page(table, after, pageSize);
    if (rows.length === 0) return moved;
    await target.insert(table, shape(rows));
    moved += rows.length;
    after = rows.at(-1) ?? null;
  }
}

/** Builds the target's search index from the communiqués' text, as every save does. */
async function indexAll(source: CopyEnd, target: CopyEnd): Promise<void> {
  const texts: CopiedTable = { table: 'communiques', columns: ['id', 'content'], key: ['id'] };
  let after: Row | null = null;
  for (;;) {
    const rows = await source.page(texts, after, pageSize);
    if (rows.length === 0) return;
    for (const row of rows) await target.index(Number(row.id), foldedSearchText(JSON.parse(String(row.content)) as Content));
    after = rows.at(-1) ?? null;
  }
}

/** The counter row per series and year starts at the highest number the copy brought (given, voided or issued outside). */
async function countersFromLog(target: CopyEnd): Promise<void> {
  await target.run(
    `INSERT INTO number_counters (series_id, year, last_number)
     SELECT series_id, year, max(number) FROM (
       SELECT series_id, year, number FROM number_log UNION ALL SELECT series_id, year, up_to FROM numbers_issued_outside
     ) AS given GROUP BY series_id, year`,
  );
}

/** The next id each table gives on PostgreSQL comes after the ids the copy brought. */
async function resetIdentities(target: CopyEnd): Promise<void> {
  for (const table of copiedTables.filter((one) => one.key.length === 1 && one.key[0] === 'id' && one.table !== 'series'))
    await target.run(`SELECT setval(pg_get_serial_sequence('${table.table}', 'id'), COALESCE((SELECT max(id) FROM ${quoted(table.table)}), 0) + 1, false)`);
}
