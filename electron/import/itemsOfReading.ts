import { plainTextToBody } from '../../shared/body/plainTextToBody';
import type { ArchiveEntry } from '../../shared/domain/archiveEntry';
import type { ImportItem, ImportRefusal } from '../../shared/domain/importItem';
import type { Series } from '../../shared/domain/series';
import { readCommuniqueText } from '../../shared/import/readCommuniqueText';
import { seriesForLabel, seriesIdForLabel } from '../../shared/import/seriesForLabel';
import { readArchiveLines } from './readArchiveLines';
import type { TextReading } from './TextReading';

/** The communiqués a file's text gives, before the archive is consulted; or why it gives none. */
export type ItemsOfReading = { items: ImportItem[] } | { refused: ImportRefusal; line: number | null };

const blank = { duplicateOf: null, onDuplicate: 'skip', translationOf: null, key: null, translationOfKey: null } as const;

/**
 * Turns a file's text into import items: an archive file's entries as they are (lossless), or the one communiqué a
 * release's text reads as, published, in the office's series its label names (or a new series offered for it).
 */
export function itemsOfReading(reading: TextReading, officeSeries: readonly Series[]): ItemsOfReading {
  if ('refused' in reading) return { refused: reading.refused, line: reading.line ?? null };
  if (reading.format === 'jsonl') {
    const lines = readArchiveLines(reading.text);
    if ('badLine' in lines) return { refused: 'badLine', line: lines.badLine };
    if (lines.entries.length === 0) return { refused: 'empty', line: null };
    return { items: lines.entries.map((entry) => itemOfEntry(entry, officeSeries)) };
  }
  const read = readCommuniqueText(reading.text);
  if ('refused' in read) return { refused: read.refused, line: null };
  const known = read.seriesLabel === null ? null : seriesForLabel(read.seriesLabel, officeSeries);
  // No number line: an unnumbered series fits best; a label the office does not have is offered as a new series.
  const fallback = officeSeries.find((series) => !series.numbered) ?? officeSeries[0];
  const newSeries = read.seriesLabel !== null && !known ? { id: seriesIdForLabel(read.seriesLabel), label: labelOf(read.seriesLabel), numbered: true } : null;
  const series = known?.id ?? newSeries?.id ?? fallback?.id ?? 'comunicado';
  return {
    items: [
      {
        content: {
          series,
          language: read.language,
          place: read.place,
          date: read.date,
          title: read.title,
          summary: read.summary,
          body: plainTextToBody(read.body),
        },
        number: known && !known.numbered ? null : read.number,
        status: 'published',
        publishedOn: read.date,
        seriesLabel: read.seriesLabel,
        newSeries,
        warnings: newSeries ? [...read.warnings, 'newSeries'] : read.warnings,
        ...blank,
      },
    ],
  };
}

/** An archive line as an item: its status and number as written; its own key and its original's, to link in the file. */
function itemOfEntry(entry: ArchiveEntry, officeSeries: readonly Series[]): ImportItem {
  const { number, year: _year, status, publishedOn, key, translationOf, ...content } = entry;
  const known = officeSeries.some((series) => series.id === content.series);
  return {
    content,
    number: number ?? null,
    status: status ?? 'published',
    publishedOn: publishedOn ?? (status === undefined || status === 'published' ? content.date : null),
    seriesLabel: null,
    newSeries: known ? null : { id: content.series, label: content.series, numbered: number !== null && number !== undefined },
    warnings: known ? [] : ['newSeries'],
    ...blank,
    key: key ?? null,
    translationOfKey: translationOf ?? null,
  };
}

/** A printed label as a series name: "BOLETÍN DE PRENSA" → "Boletín de prensa". */
function labelOf(printed: string): string {
  if (printed !== printed.toUpperCase()) return printed;
  const lower = printed.toLowerCase();
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}
