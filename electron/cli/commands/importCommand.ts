import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { FileReading } from '../../../shared/domain/importItem';
import { CliError } from '../CliError';
import type { CliContext } from '../CliContext';

/** What `import` says of one file (`--json`: one per file). */
interface FileResult {
  file: string;
  ok: boolean;
  id: number | null;
  ids: number[];
  skipped: number;
  warnings: string[];
  /** What was read: each communiqué's series, number, date and title (so a dry run can be checked). */
  read: { series: string; number: number | null; date: string | null; title: string }[];
  error: string | null;
}

/** The files named, a folder's files (hidden ones aside) in name order; a path that does not exist is reported, not fatal. */
async function filesOf(paths: string[]): Promise<{ files: string[]; missing: string[] }> {
  const files: string[] = [];
  const missing: string[] = [];
  for (const path of paths) {
    const found = await stat(path).catch(() => null);
    if (!found) missing.push(path);
    else if (found.isDirectory()) {
      const entries = await readdir(path, { recursive: true, withFileTypes: true });
      const inside = entries.filter((entry) => entry.isFile() && !entry.name.startsWith('.')).map((entry) => join(entry.parentPath, entry.name));
      files.push(...inside.sort((a, b) => a.localeCompare(b)));
    } else files.push(path);
  }
  return { files, missing };
}

/**
 * `import FILE|DIR… [--dry-run] [--json]`: reads each file as the app's preview does, then stores each file in its own
 * transaction (originals before translations, so a translation finds its original); duplicates are skipped. With
 * `--dry-run` nothing is stored. One result per file: `{file, ok, id, ids, skipped, warnings, read, error}`.
 */
export async function importCommand({ positionals, options, call, io, t }: CliContext): Promise<void> {
  const paths = positionals.slice(1);
  if (paths.length === 0) throw new CliError(2, t('cli.missingArgument', { what: t('cli.arg.files') }));
  const { files, missing } = await filesOf(paths);
  const results = new Map<string, FileResult>();
  const readings: { file: string; reading: FileReading }[] = [];
  const result = (file: string, fields: Partial<FileResult>): FileResult => {
    const blank: FileResult = { file, ok: false, id: null, ids: [], skipped: 0, warnings: [], read: [], error: null };
    return Object.assign(blank, fields);
  };
  for (const path of missing) results.set(path, result(path, { error: t('cliImport.notAFolderOrFile', { path }) }));
  for (const file of files) {
    const bytes = await readFile(file);
    const reading = await call('readImportFile', { name: basename(file), data: bytes.toString('base64') });
    const warnings = [...new Set(reading.items.flatMap((item) => item.warnings))];
    if (reading.refused) results.set(file, result(file, { error: t(`import.refused.${reading.refused.reason}`, { line: reading.refused.line }) }));
    else {
      const read = reading.items.map((item) => ({ series: item.content.series, number: item.number, date: item.content.date, title: item.content.title }));
      results.set(file, result(file, { ok: true, warnings, read }));
      readings.push({ file, reading });
    }
  }
  if (!options['dry-run']) {
    const translationsLast = [...readings].sort(
      (a, b) => Number(a.reading.items[0]?.content.language === 'en') - Number(b.reading.items[0]?.content.language === 'en'),
    );
    for (const { file, reading } of translationsLast) {
      const format = reading.format;
      if (!format) continue;
      try {
        const outcome = await call('importArchiveFile', { file: reading.file, sha256: reading.sha256, format, items: reading.items });
        const ids = outcome.imported.map((item) => item.id);
        results.set(file, { ...(results.get(file) ?? result(file, {})), ok: true, id: ids[0] ?? null, ids, skipped: outcome.skipped });
      } catch (error) {
        results.set(file, { ...(results.get(file) ?? result(file, {})), ok: false, error: error instanceof Error ? error.message : String(error) });
      }
    }
  }
  const ordered = [...missing, ...files].map((file) => results.get(file) ?? result(file, {}));
  // Exit status 1 when any file did not come in, whatever the output's shape.
  const failed = ordered.some((one) => !one.ok);
  if (options.json) {
    io.out(JSON.stringify(ordered));
    if (failed) throw new CliError(1, '');
    return;
  }
  for (const one of ordered) {
    if (!one.ok) io.out(t('cliImport.failed', { file: one.file, message: one.error }));
    else if (options['dry-run'])
      io.out(t('cliImport.wouldImport', { file: one.file, title: readings.find((r) => r.file === one.file)?.reading.items[0]?.content.title ?? '' }));
    else if (one.ids.length > 0) io.out(t('cliImport.imported', { file: one.file, ids: one.ids.join(', ') }));
    else io.out(t('cliImport.skipped', { file: one.file, count: one.skipped }));
    // What the preview would show beside the file: the fields to check before relying on them.
    if (one.ok && one.warnings.length > 0) io.out(t('cliImport.warnings', { list: one.warnings.map((warning) => t(`import.warning.${warning}`)).join(' ') }));
  }
  const counts = { ok: ordered.filter((one) => one.ok).length, total: ordered.length };
  io.out(options['dry-run'] ? `${t('cliImport.summaryDry', counts)} ${t('cliImport.dryRun')}` : t('cliImport.summary', counts));
  if (failed) throw new CliError(1, '');
}
