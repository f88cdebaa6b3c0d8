import type { FileReading, ImportItem, NewSeries } from '../../../shared/domain/importItem';

/** One communiqué of the preview: the file it came from, the item as the person left it, whether it goes in. */
export interface ImportRow {
  key: string;
  reading: FileReading;
  item: ImportItem;
  /** The new series the reader offered for the printed label, kept so the person can go back to it. */
  offeredSeries: NewSeries | null;
  include: boolean;
  /** The name under which the same file (same bytes) came earlier in this batch: then it is left out unless ticked. */
  repeatOf: string | null;
}

/** The rows of every file read: one per communiqué; a file chosen twice (same bytes) comes in once, the copy unticked. */
export function rowsOf(readings: readonly FileReading[]): ImportRow[] {
  const seen = new Map<string, string>();
  return readings.flatMap((reading, fileIndex) => {
    const repeatOf = seen.get(reading.sha256) ?? null;
    if (!reading.refused && repeatOf === null) seen.set(reading.sha256, reading.file);
    return reading.items.map((item, index) => ({
      key: `${fileIndex}:${index}`,
      reading,
      item,
      offeredSeries: item.newSeries,
      include: repeatOf === null,
      repeatOf,
    }));
  });
}
