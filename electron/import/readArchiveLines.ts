import type { ArchiveEntry } from '../../shared/domain/archiveEntry';
import { archiveEntrySchema } from '../../shared/domain/archiveEntry';
import { importLimits } from './importLimits';

/** The entries of an archive file, or the first line that is not one (1-based). */
export type ArchiveLines = { entries: ArchiveEntry[] } | { badLine: number };

/** Reads an archive file: one entry per line (blank lines skipped), each validated whole, with bounded size and depth. */
export function readArchiveLines(text: string): ArchiveLines {
  const entries: ArchiveEntry[] = [];
  const lines = text.split(/\r?\n/);
  if (lines.length > importLimits.archiveLines) return { badLine: importLimits.archiveLines + 1 };
  for (const [index, line] of lines.entries()) {
    if (line.trim() === '') continue;
    if (line.length > importLimits.archiveLineChars || nestedTooDeep(line)) return { badLine: index + 1 };
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      return { badLine: index + 1 };
    }
    const parsed = archiveEntrySchema.safeParse(value);
    if (!parsed.success) return { badLine: index + 1 };
    entries.push(parsed.data);
  }
  return { entries };
}

/** Whether a JSON text opens more than 200 arrays or objects inside each other (a body is never that deep). */
function nestedTooDeep(json: string): boolean {
  let depth = 0;
  let inString = false;
  for (let at = 0; at < json.length; at++) {
    const char = json[at];
    if (inString) {
      if (char === '\\') at++;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '{' || char === '[') {
      if (++depth > 200) return true;
    } else if (char === '}' || char === ']') depth--;
  }
  return false;
}
