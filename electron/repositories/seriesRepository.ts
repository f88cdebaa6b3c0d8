import type { Selectable } from 'kysely';
import { sql } from 'kysely';
import type { Series } from '../../shared/domain/series';
import type { SeriesTable } from '../db/schema/StoreSchema';
import type { StoreQueries } from './StoreQueries';

/** The series a communiqué can belong to. */
export function seriesRepository(db: StoreQueries) {
  return {
    /** Every series, in the office's order. */
    list: async (): Promise<Series[]> => (await db.selectFrom('series').selectAll().orderBy('position').orderBy('id').execute()).map(toSeries),
    /** One series, or undefined when no series has that id. */
    get: async (id: string): Promise<Series | undefined> => {
      const row = await db.selectFrom('series').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toSeries(row);
    },
    /** Adds a series after the office's others. */
    insert: async (series: Series, at: string): Promise<void> => {
      await db
        .insertInto('series')
        .values({
          id: series.id,
          label_es: series.label.es,
          label_en: series.label.en,
          number_format_es: series.numberFormat.es,
          number_format_en: series.numberFormat.en,
          numbered: series.numbered ? 1 : 0,
          yearly_reset: series.yearlyReset ? 1 : 0,
          requires_summary: series.requiresSummary ? 1 : 0,
          position: sql<number>`(SELECT coalesce(max(position), 0) + 1 FROM series)`,
          created_at: at,
        })
        .execute();
    },
  };
}

function toSeries(row: Selectable<SeriesTable>): Series {
  return {
    id: row.id,
    label: { es: row.label_es, en: row.label_en },
    numberFormat: { es: row.number_format_es, en: row.number_format_en },
    numbered: row.numbered === 1,
    yearlyReset: row.yearly_reset === 1,
    requiresSummary: row.requires_summary === 1,
  };
}
