import { randomBytes } from 'node:crypto';

// `.NAME.PID-RANDOM.tmp`: hidden, beside the file it becomes, and naming the process that writes it.
const pattern = /^\..+\.(?:(\d+)-)?[0-9a-f]{12}\.tmp$/;

/** The name of the temporary file an export is written to before it takes its own name. */
export function exportTempName(fileName: string): string {
  return `.${fileName}.${process.pid}-${randomBytes(6).toString('hex')}.tmp`;
}

/**
 * Whether a name is one of our temporary export files, and which process wrote it (null for those written before
 * the name carried it).
 */
export function exportTempOwner(name: string): { pid: number | null } | null {
  const match = pattern.exec(name);
  if (!match) return null;
  return { pid: match[1] === undefined ? null : Number(match[1]) };
}
