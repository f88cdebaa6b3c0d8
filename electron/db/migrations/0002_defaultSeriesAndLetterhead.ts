import { defaultLetterhead } from '../defaults/defaultLetterhead';
import { defaultSeries } from '../defaults/defaultSeries';
import type { Migration } from '../Migration';

/** First-run data: the three series and the institutional letterhead. */
export const defaultSeriesAndLetterhead: Migration = {
  version: 2,
  name: 'default series and letterhead',
  up(db) {
    const now = new Date().toISOString();
    const insertSeries = db.prepare(
      `INSERT INTO series (id, label_es, label_en, number_format_es, number_format_en, numbered, yearly_reset, position, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    defaultSeries.forEach((series, position) => {
      insertSeries.run(
        series.id,
        series.label.es,
        series.label.en,
        series.numberFormat.es,
        series.numberFormat.en,
        series.numbered ? 1 : 0,
        series.yearlyReset ? 1 : 0,
        position,
        now,
      );
    });
    db.prepare('INSERT INTO letterheads (name, valid_from, definition, created_at) VALUES (?, ?, ?, ?)').run(
      defaultLetterhead.name,
      defaultLetterhead.validFrom,
      JSON.stringify(defaultLetterhead.definition),
      now,
    );
  },
};
