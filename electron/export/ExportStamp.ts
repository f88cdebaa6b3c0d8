/** What an exported file says about itself (document properties), so anyone can tell where it came from. */
export interface ExportStamp {
  /** The export's own key, written into the file: `verify` finds the record by it even when the file was changed. */
  exportKey: string;
  communiqueId: number;
  numberLine: string;
  /** The version exported, or null for the working copy. */
  versionSeq: number | null;
  versionSha256: string | null;
  approvedBy: string | null;
  approvedAt: string | null;
  exportedBy: string;
  exportedAt: string;
  draft: boolean;
}

/** The keyword that carries the export key in a file's properties. */
export const exportKeyword = (key: string) => `redacta-export:${key}`;

/** Reads the export key back from a file's keywords, if it has one. */
export function exportKeyFrom(keywords: string): string | null {
  return /redacta-export:([0-9a-f-]{36})/.exec(keywords)?.[1] ?? null;
}
