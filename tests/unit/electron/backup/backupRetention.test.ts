import { describe, expect, it } from 'vitest';
import { keptBackups } from '../../../../electron/backup/backupRetention';

// Which backups survive: the newest of each of the last 7 days, 4 ISO weeks and 12 months that have one (a table by hand).

const at = (iso: string) => new Date(iso);
const kept = (dates: string[]) => keptBackups(dates.map(at)).map((date) => date.toISOString());

/** One backup a day at 03:00 UTC, from 1 January 2026 to `last` (a Wednesday, 2 December 2026). */
function everyDayOf2026Until(last: string): string[] {
  const days: string[] = [];
  for (let day = at('2026-01-01T03:00:00.000Z'); day <= at(last); day = new Date(day.getTime() + 86_400_000)) days.push(day.toISOString());
  return days;
}

describe('backup retention', () => {
  it('after a year of daily backups keeps 7 days, the newest of 4 weeks and of 12 months', () => {
    expect(kept(everyDayOf2026Until('2026-12-02T03:00:00.000Z'))).toEqual(
      [
        // The last 7 days.
        '2026-12-02',
        '2026-12-01',
        '2026-11-30',
        '2026-11-29',
        '2026-11-28',
        '2026-11-27',
        '2026-11-26',
        // Sundays closing the ISO weeks before (the weeks of 30 Nov and 23 Nov are covered above).
        '2026-11-22',
        '2026-11-15',
        // Last day of each month before (December and November are covered above).
        '2026-10-31',
        '2026-09-30',
        '2026-08-31',
        '2026-07-31',
        '2026-06-30',
        '2026-05-31',
        '2026-04-30',
        '2026-03-31',
        '2026-02-28',
        '2026-01-31',
      ].map((day) => `${day}T03:00:00.000Z`),
    );
  });

  it('keeps the newest of a day with several, and counts only the days that have a backup', () => {
    expect(
      kept([
        '2026-12-02T03:00:00.000Z',
        '2026-12-02T15:30:00.000Z',
        '2026-11-20T03:00:00.000Z',
        '2026-10-05T03:00:00.000Z',
        '2025-12-31T23:59:59.000Z',
        '2025-11-30T03:00:00.000Z',
        '2024-06-01T03:00:00.000Z',
      ]),
    ).toEqual([
      '2026-12-02T15:30:00.000Z',
      '2026-11-20T03:00:00.000Z',
      '2026-10-05T03:00:00.000Z',
      '2025-12-31T23:59:59.000Z',
      '2025-11-30T03:00:00.000Z',
      '2024-06-01T03:00:00.000Z',
    ]);
  });

  it('past the 7 days, 4 weeks and 12 months, old backups go', () => {
    const monthly = ['2025-01-15', '2025-02-15', '2025-03-15', '2025-04-15', '2025-05-15', '2025-06-15', '2025-07-15', '2025-08-15'];
    const recent = ['2025-09-15', '2025-10-15', '2025-11-15', '2025-12-15', '2026-01-15', '2026-02-15', '2026-03-15', '2026-04-15'];
    const result = kept([...monthly, ...recent].map((day) => `${day}T03:00:00.000Z`));
    // 16 months, one backup each: the 12 newest months stay, January to April 2025 go.
    expect(result.map((iso) => iso.slice(0, 10))).toEqual([
      '2026-04-15',
      '2026-03-15',
      '2026-02-15',
      '2026-01-15',
      '2025-12-15',
      '2025-11-15',
      '2025-10-15',
      '2025-09-15',
      '2025-08-15',
      '2025-07-15',
      '2025-06-15',
      '2025-05-15',
    ]);
  });

  it('keeps nothing of nothing, and always the newest', () => {
    expect(kept([])).toEqual([]);
    expect(keptBackups([at('2026-12-02T03:00:00.000Z')], { daily: 0, weekly: 0, monthly: 0 }).map((d) => d.toISOString())).toEqual([
      '2026-12-02T03:00:00.000Z',
    ]);
  });
});
