import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { tempDir } from './tempDir';

/** Opens a DOCX in LibreOffice (headless, a profile of its own) and saves it as PDF, as a Word user would print it. */
export function libreOfficePdf(docx: Uint8Array, name = 'documento.docx'): string {
  const dir = tempDir();
  const input = join(dir, name);
  writeFileSync(input, docx);
  const profile = join(dir, 'profile');
  mkdirSync(profile);
  execFileSync('soffice', [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, input], {
    stdio: 'ignore',
    timeout: 120_000,
  });
  return join(dir, basename(name).replace(/\.docx$/, '.pdf'));
}
