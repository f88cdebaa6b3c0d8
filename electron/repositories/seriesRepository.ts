import type { Database } from 'better-sqlite3';
import type { Series } from '../../shared/domain/series';

interface SeriesRow {
  id: string;
  label_es: string;
  label_en: string;
  number_format_es: string;
  number_format_en: string;
  numbered: number;
  yearly_reset: number;
  requires_summary: number;
}

/** The series a communiqué can belong to. */
export function seriesRepository(db: Database) {
  const listAll = db.prepare<[], SeriesRow>('SELECT * FROM series ORDER BY position, id');
  const byId = db.prepare<[string], SeriesRow>('SELECT * FROM series WHERE id = ?');
  const insert = db.prepare(
    `INSERT INTO series (id, label_es, label_en, number_format_es, number_format_en, numbered, yearly_reset, requires_summary, position, created_at)
     VALUES (@id, @labelEs, @labelEn, @formatEs, @formatEn, @numbered, @yearlyReset, @requiresSummary,
             (SELECT coalesce(max(position), 0) + 1 FROM series), @at)`,
  );
  return {
    /** Every series, in the office's order. */
    list: (): Series[] => listAll.all().map(toSeries),
    /** One series, or undefined when no series has that id. */
    get: (id: string): Series | undefined => {
      const row = byId.get(id);
      return row && toSeries(row);
    },
    /** Adds a series after the office's others. */
    insert: (series: Series, at: string): void =>
      void insert.run({
        id: series.id,
        labelEs: series.label.es,
        labelEn: series.label.en,
        formatEs: series.numberFormat.es,
        formatEn: series.numberFormat.en,
        numbered: series.numbered ? 1 : 0,
        yearlyReset: series.yearlyReset ? 1 : 0,
        requiresSummary: series.requiresSummary ? 1 : 0,
        at,
      }),
  };
}

function toSeries(row: SeriesRow): Series {
  return {
    id: row.id,
    label: { es: row.label_es, en: row.label_en },
    numberFormat: { es: row.number_format_es, en: row.number_format_en },
    numbered: row.numbered === 1,
    yearlyReset: row.yearly_reset === 1,
    requiresSummary: row.requires_summary === 1,
  };
}
