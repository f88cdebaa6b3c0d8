import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { unzipSync } from 'fflate';

type Db = BetterSqlite3.Database;

/** SQLite's own check of the whole file: a list of problems, `['ok']` when there are none. */
export function integrityProblems(db: Db): string[] {
  const verdict = db.pragma('integrity_check', { simple: false }) as { integrity_check: string }[];
  return verdict.map((row) => row.integrity_check).filter((line) => line !== 'ok');
}

/** The autosaved draft as stored: its revision and title. */
export function savedDraft(db: Db, id: number): { revision: number; title: string } {
  return db.prepare('SELECT revision, title FROM communiques WHERE id = ?').get(id) as { revision: number; title: string };
}

/** Each (series, year) holds the numbers 1..n once each, every one on the communiqué that shows it, and back. */
export function numberProblems(db: Db): { problems: string[]; numbers: number } {
  const problems: string[] = [];
  const rows = db.prepare('SELECT series_id, year, number, communique_id, state FROM number_log ORDER BY series_id, year, number').all() as {
    series_id: string;
    year: number;
    number: number;
    communique_id: number;
    state: string;
  }[];
  const expected = new Map<string, number>();
  for (const row of rows) {
    const group = `${row.series_id}/${row.year}`;
    const want = (expected.get(group) ?? 0) + 1;
    if (row.number !== want) problems.push(`${group}: ${row.number} where ${want} was due`);
    expected.set(group, row.number);
    if (row.state !== 'assigned') problems.push(`${group} ${row.number} is ${row.state}`);
  }
  const shown = db
    .prepare(
      `SELECT c.id, c.number, c.year, n.communique_id AS logged_for FROM communiques c
       LEFT JOIN number_log n ON n.series_id = c.series_id AND n.year = c.year AND n.number = c.number
       WHERE c.number IS NOT NULL AND (n.communique_id IS NULL OR n.communique_id <> c.id)`,
    )
    .all() as { id: number; number: number; year: number; logged_for: number | null }[];
  for (const row of shown) problems.push(`communiqué ${row.id} shows ${row.number}/${row.year}, logged for ${row.logged_for}`);
  const unshown = db
    .prepare('SELECT n.number, n.communique_id FROM number_log n JOIN communiques c ON c.id = n.communique_id WHERE c.number IS NOT n.number')
    .all() as { number: number; communique_id: number }[];
  for (const row of unshown) problems.push(`number ${row.number} logged for ${row.communique_id}, which does not show it`);
  const approvedWithout = db.prepare("SELECT id FROM communiques WHERE status IN ('approved', 'published') AND number IS NULL").all() as { id: number }[];
  for (const row of approvedWithout) problems.push(`communiqué ${row.id} is issued without a number`);
  return { problems, numbers: rows.length };
}

/** Every imported file came in whole (`itemsPerFile` communiqués), each one published with its version and number. */
export function importProblems(db: Db, itemsPerFile: number): { problems: string[]; files: number } {
  const problems: string[] = [];
  const files = db.prepare('SELECT file_name, count(*) AS items FROM imported_sources GROUP BY file_sha256').all() as { file_name: string; items: number }[];
  for (const file of files) if (file.items !== itemsPerFile) problems.push(`${file.file_name}: ${file.items} of ${itemsPerFile} communiqués`);
  const broken = db
    .prepare(
      `SELECT s.communique_id AS id, c.status, c.number, v.id AS version FROM imported_sources s
       LEFT JOIN communiques c ON c.id = s.communique_id LEFT JOIN versions v ON v.id = c.approved_version_id
       WHERE c.status IS NOT 'published' OR c.number IS NULL OR v.id IS NULL`,
    )
    .all() as { id: number; status: string | null; number: number | null; version: number | null }[];
  for (const row of broken) problems.push(`imported ${row.id} is incomplete: ${JSON.stringify(row)}`);
  return { problems, files: files.length };
}

/** A temporary export file's name, as writeExportFile makes it: `.NAME.PID-RANDOM.tmp`. */
const tempName = /^\..+\.(\d+)-[0-9a-f]+\.tmp$/;

/** What the export folder holds: its files, the temporary ones by the process that left them. */
export function exportFolderFiles(folder: string) {
  const names = readdirSync(folder);
  const temps = names.filter((name) => name.endsWith('.tmp')).map((name) => ({ name, owner: Number(tempName.exec(name)?.[1] ?? Number.NaN) }));
  return { files: names.filter((name) => !name.endsWith('.tmp')), temps };
}

/**
 * Checks exported files are whole: a Word file opens as a zip with its document; a text file ends with the letterhead's
 * closing mark and a line end, as the exporter writes it. Counts those with no export record (made, then killed
 * before the record was stored).
 */
export function exportFileProblems(db: Db, folder: string, names: string[]): { problems: string[]; unrecorded: number } {
  const problems: string[] = [];
  const closing = (db.prepare("SELECT json_extract(definition, '$.closingMarks.es') AS mark FROM letterheads").all() as { mark: string }[]).map(
    (row) => `${row.mark}\n`,
  );
  const recorded = db.prepare('SELECT 1 FROM exports WHERE file_name = ? AND sha256 = ?');
  let unrecorded = 0;
  for (const name of names) {
    const path = join(folder, name);
    const bytes = readFileSync(path);
    if (statSync(path).size === 0) problems.push(`${name} is empty`);
    if (name.endsWith('.docx')) {
      try {
        if (!unzipSync(bytes)['word/document.xml']) problems.push(`${name} has no document`);
      } catch (error) {
        problems.push(`${name} does not open: ${(error as Error).message}`);
      }
    } else if (name.endsWith('.txt')) {
      const text = bytes.toString('utf8');
      if (!closing.some((mark) => text.endsWith(mark))) problems.push(`${name} is cut: …${JSON.stringify(text.slice(-30))}`);
    } else problems.push(`${name} is not an export`);
    if (!recorded.get(name, createHash('sha256').update(bytes).digest('hex'))) unrecorded += 1;
  }
  return { problems, unrecorded };
}
