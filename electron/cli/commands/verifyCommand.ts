import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { CliError } from '../CliError';
import type { CliContext } from '../CliContext';
import { describeReadError } from '../describeReadError';

/** `verify FILE…`: which communiqué and version each file is (exit 0), or that it is unknown or was changed (exit 1). */
export async function verifyCommand({ positionals, options, call, io, t }: CliContext): Promise<void> {
  const files = positionals.slice(1);
  if (files.length === 0) throw new CliError(2, t('cli.missingArgument', { what: t('cli.arg.files') }));
  const verdicts: unknown[] = [];
  let doubtful = 0;
  for (const file of files) {
    let bytes: Buffer;
    try {
      bytes = await readFile(file);
    } catch (error) {
      throw new CliError(1, describeReadError(error, file, t));
    }
    const verdict = await call('verifyExport', { base64: bytes.toString('base64') });
    verdicts.push({ file, ...verdict });
    if (verdict.status !== 'known') doubtful += 1;
    if (options.json) continue;
    const name = basename(file);
    if (verdict.status === 'unknown') {
      io.out(t('cli.verify.unknown', { file: name, sha: verdict.sha256.slice(0, 12) }));
      continue;
    }
    const { record } = verdict;
    const values = {
      file: name,
      format: record.format.toUpperCase(),
      id: record.communiqueId,
      title: verdict.title,
      version: record.versionSeq === null ? t('cli.verify.workingCopy') : `v${record.versionSeq}`,
      state: record.draft ? t('cli.exportDraft') : t('cli.verify.approved', { number: record.number ?? '—', year: record.year ?? '—' }),
      by: record.exportedBy,
      at: record.exportedAt.slice(0, 16).replace('T', ' '),
      exportedAs: record.fileName,
    };
    io.out(t(`cli.verify.${verdict.status}`, values));
  }
  if (options.json) io.out(JSON.stringify(verdicts, null, 2));
  if (doubtful > 0) throw new CliError(1, t('cli.verify.notAllKnown', { doubtful, total: files.length }));
}
