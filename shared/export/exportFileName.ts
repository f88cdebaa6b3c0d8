import type { Language } from '../domain/language';
import type { Series } from '../domain/series';
import { asciiFileWord } from './asciiFileWord';
import type { ExportFormat } from './exportFormat';

/** What a file name is made from. */
export interface FileNameSource {
  series: Series;
  language: Language;
  communiqueId: number;
  /** The number and year when the export is the approved text, null otherwise. */
  number: number | null;
  year: number | null;
  /** The version exported, or null for the working copy. */
  versionSeq: number | null;
  /** Unapproved text: the name says so. */
  draft: boolean;
  format: ExportFormat;
}

/**
 * The file's name, ASCII-safe: `Comunicado-223-2021.docx`, `Joint-Release-035-2023-en.pdf`; a draft says so and which
 * text it is (`Comunicado-BORRADOR-12-v3.pdf`); an unnumbered series uses the communiqué's id.
 */
export function exportFileName(source: FileNameSource): string {
  const label = asciiFileWord(source.series.label[source.language]) || asciiFileWord(source.series.id);
  const language = source.language === 'es' ? '' : `-${source.language}`;
  let stem: string;
  if (source.draft) stem = `${label}-BORRADOR-${source.communiqueId}${source.versionSeq === null ? '' : `-v${source.versionSeq}`}`;
  else if (source.number !== null && source.year !== null) stem = `${label}-${String(source.number).padStart(3, '0')}-${source.year}`;
  else stem = `${label}-${source.communiqueId}`;
  return `${stem}${language}.${source.format}`;
}
