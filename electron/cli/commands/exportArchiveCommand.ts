import { createWriteStream } from 'node:fs';
import { access } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { finished } from 'node:stream/promises';
import { CliError } from '../CliError';
import type { CliContext } from '../CliContext';

/**
 * `export-archive OUT.jsonl [--overwrite]`: every communiqué as one archive line (content, own number and year, status,
 * publication date, id and original), a thousand at a time; importing the file into an empty database gives the same
 * communiqués.
 */
export async function exportArchiveCommand({ positionals, options, call, io, t }: CliContext): Promise<void> {
  const target = positionals[1];
  if (!target) throw new CliError(2, t('cli.missingArgument', { what: 'OUT.jsonl' }));
  const file = resolve(target);
  const exists = await access(file).then(
    () => true,
    () => false,
  );
  if (exists && !options.overwrite) throw new CliError(1, t('errors.FILE_EXISTS', { fileName: basename(file), folder: dirname(file) }));
  const out = createWriteStream(file, { encoding: 'utf8' });
  let count = 0;
  try {
    for (let after = 0; ; ) {
      const page = await call('exportArchivePage', { afterId: after, limit: 1000 });
      if (page.entries.length === 0) break;
      for (const entry of page.entries) if (!out.write(`${JSON.stringify(entry)}\n`)) await new Promise<void>((done) => out.once('drain', () => done()));
      count += page.entries.length;
      after = page.lastId;
    }
  } finally {
    out.end();
    await finished(out);
  }
  if (options.json) return io.out(JSON.stringify({ file, count }));
  io.out(t('cliImport.exported', { count, file }));
}
