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

/** Reads the series a communiqué can belong to. */
export function seriesRepository(db: Database) {
  const listAll = db.prepare<[], SeriesRow>('SELECT * FROM series ORDER BY position, id');
  const byId = db.prepare<[string], SeriesRow>('SELECT * FROM series WHERE id = ?');
  return {
    /** Every series, in the office's order. */
    list: (): Series[] => listAll.all().map(toSeries),
    /** One series, or undefined when no series has that id. */
    get: (id: string): Series | undefined => {
      const row = byId.get(id);
      return row && toSeries(row);
    },
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
