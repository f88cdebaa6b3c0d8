import type { FileReading, ImportItem, NewSeries } from '../../../shared/domain/importItem';

/** One communiqué of the preview: the file it came from, the item as the person left it, whether it goes in. */
export interface ImportRow {
  key: string;
  reading: FileReading;
  item: ImportItem;
  /** The new series the reader offered for the printed label, kept so the person can go back to it. */
  offeredSeries: NewSeries | null;
  include: boolean;
}

/** The rows a file's reading gives: one per communiqué, included unless it duplicates one (then the person decides). */
export function rowsOf(reading: FileReading, fileIndex: number): ImportRow[] {
  return reading.items.map((item, index) => ({ key: `${fileIndex}:${index}`, reading, item, offeredSeries: item.newSeries, include: true }));
}
