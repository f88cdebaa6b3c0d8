import { defaultLetterhead } from '../../defaults/defaultLetterhead';
import { defaultSeries } from '../../defaults/defaultSeries';
import type { PostgresMigration } from '../PostgresMigration';

/** First-run data, as SQLite's migrations 2, 4 and 6 give it: the office's series (with the fe de erratas) and letterhead. */
export const defaultData: PostgresMigration = {
  version: 2,
  name: 'default data',
  up: async (client) => {
    const now = new Date().toISOString();
    const series = [
      ...defaultSeries,
      {
        id: 'fe-de-erratas',
        label: { es: 'Fe de erratas', en: 'Correction' },
        numberFormat: { es: 'Fe de erratas', en: 'Correction' },
        numbered: false,
        yearlyReset: true,
        requiresSummary: false,
      },
    ];
    for (const [position, one] of series.entries()) {
      await client.query(
        `INSERT INTO series (id, label_es, label_en, number_format_es, number_format_en, numbered, yearly_reset, position, created_at, requires_summary)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
        [
          one.id,
          one.label.es,
          one.label.en,
          one.numberFormat.es,
          one.numberFormat.en,
          one.numbered ? 1 : 0,
          one.yearlyReset ? 1 : 0,
          position,
          now,
          one.requiresSummary ? 1 : 0,
        ],
      );
    }
    await client.query('INSERT INTO letterheads (name, valid_from, definition, created_at) VALUES ($1, $2, $3, $4)', [
      defaultLetterhead.name,
      defaultLetterhead.validFrom,
      JSON.stringify(defaultLetterhead.definition),
      now,
    ]);
  },
};
