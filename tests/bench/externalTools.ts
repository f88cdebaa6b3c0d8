import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { timed } from './measure';

const run = promisify(execFile);

/** Whether a command is on this machine (the comparisons need pandoc and LibreOffice from Debian's packages). */
export function available(command: string): boolean {
  return ['/usr/bin', '/usr/local/bin'].some((dir) => existsSync(join(dir, command)));
}

/** Wall time of pandoc converting a Markdown file to `format` (html or docx). */
export function pandoc(input: string, output: string): Promise<number> {
  return timed(() => run('pandoc', [input, '-o', output]));
}

/** Wall time of LibreOffice (headless, its own profile) converting a document to PDF: it lays out and paginates. */
export function libreOfficeToPdf(input: string, outDir: string, profile: string): Promise<number> {
  return timed(() =>
    run('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, input], { timeout: 180_000 }),
  );
}
