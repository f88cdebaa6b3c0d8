import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { ExportFormat } from '../../../shared/export/exportFormat';
import { exportFormatSchema } from '../../../shared/export/exportFormat';
import type { MethodOutput } from '../../../shared/contract/contract';
import { AppError } from '../../api/AppError';
import type { IfExists } from '../../export/writeExportFile';
import { writeExportFile } from '../../export/writeExportFile';
import { CliError } from '../CliError';
import type { Translate } from '../Translate';
import type { CliContext } from '../CliContext';
import { parseId, parseInteger } from '../parseInteger';

/** Files exported at once: the browser prints PDFs (two pages at a time) while Word files are built (measured best on 2 cores). */
const parallel = 3;

/**
 * `export ID… --format docx,pdf --out DIR [--version N|working] [--overwrite|--skip-existing]`: writes each
 * communiqué in each format into DIR, in this one process with one warm browser; progress on stderr.
 */
export async function exportCommand(context: CliContext): Promise<void> {
  const { positionals, options, call, io, t, office } = context;
  const ids = positionals.slice(1).map((value) => parseId(value, t));
  if (ids.length === 0) throw new CliError(2, t('cli.missingArgument', { what: t('cli.arg.ids') }));
  if (!options.out) throw new CliError(2, t('cli.missingArgument', { what: t('cli.arg.out') }));
  const formats = (options.format ?? '').split(',').filter(Boolean);
  if (formats.length === 0) throw new CliError(2, t('cli.missingArgument', { what: t('cli.arg.formats') }));
  const bad = formats.find((format) => !exportFormatSchema.safeParse(format).success);
  if (bad) throw new CliError(2, t('cli.badFormat', { format: bad }));
  if (options.overwrite && options['skip-existing']) throw new CliError(2, t('cli.overwriteOrSkip'));
  const version = options.version === undefined ? undefined : options.version === 'working' ? 'working' : parseInteger(options.version, '--version', t);
  const folder = resolve(options.out);
  const ifExists = options.overwrite ? 'replace' : options['skip-existing'] ? 'skip' : 'ask';
  // The folder named is the one chosen: made if it does not exist yet.
  await mkdir(folder, { recursive: true }).catch((error: unknown) => {
    throw new CliError(1, t('cli.outFolderUnusable', { folder, detail: error instanceof Error ? error.message : String(error) }));
  });

  const jobs = ids.flatMap((id) => formats.map((format) => ({ id, format: exportFormatSchema.parse(format) as ExportFormat })));
  const results: unknown[] = new Array(jobs.length);
  let done = 0;
  let failures = 0;
  let existed = false;
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const index = next++;
      const job = jobs[index];
      if (!job) break;
      let what: string;
      try {
        const which: { version?: number | 'working' } = version === undefined ? {} : { version };
        // On an office server the file is made there and written here: nothing reaches the server's disk.
        const written = office
          ? await writtenHere(await call('renderExport', { id: job.id, format: job.format, ...which }), folder, ifExists, t)
          : await call('exportToFolder', { id: job.id, format: job.format, folder, ifExists, ...which });
        const state = written.draft ? t('cli.exportDraft') : t('cli.exportClean', { seq: written.record?.versionSeq ?? '' });
        results[index] = {
          id: job.id,
          format: job.format,
          fileName: written.fileName,
          outcome: written.outcome,
          draft: written.draft,
          sha256: written.record?.sha256 ?? null,
        };
        what = written.fileName;
        if (!options.json) io.out(t(`cli.export.${written.outcome}`, { file: written.fileName, state }));
      } catch (error) {
        if (!(error instanceof CliError)) throw error;
        failures += 1;
        existed ||= error.code === 'FILE_EXISTS';
        results[index] = { id: job.id, format: job.format, error: error.message };
        what = `${job.id} ${job.format}: ${error.message}`;
      }
      done += 1;
      io.err(t('cli.exportProgress', { done, total: jobs.length, what }));
    }
  };
  await Promise.all(Array.from({ length: Math.min(parallel, jobs.length) }, worker));
  if (options.json) io.out(JSON.stringify(results, null, 2));
  if (existed) io.err(t('cli.existsHint'));
  if (failures > 0) throw new CliError(1, t('cli.someFailed', { failures, total: jobs.length }));
}

/** A file the office made, written into this computer's folder as a desk's export would be (atomically, never over a file unless asked). */
async function writtenHere(made: MethodOutput<'renderExport'>, folder: string, ifExists: IfExists, t: Translate) {
  try {
    const outcome = await writeExportFile(folder, made.fileName, Buffer.from(made.base64, 'base64'), ifExists);
    return { fileName: made.fileName, outcome, draft: made.draft, record: made.record };
  } catch (error) {
    if (error instanceof AppError) throw new CliError(1, t(`errors.${error.code}`, error.details), error.code);
    throw error;
  }
}
