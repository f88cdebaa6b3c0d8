import { backupRetention } from '../../shared/backup/backupRetention';

/**
 * Which backups to keep, given when each was taken: the newest one of each of the last 7 days that have a backup, of
 * each of the last 4 ISO weeks and of each of the last 12 months (days, weeks and months in UTC); the newest is always
 * kept. Everything else may be deleted. Returns the kept instants, newest first.
 */
export function keptBackups(takenAt: readonly Date[], policy: { daily: number; weekly: number; monthly: number } = backupRetention): Date[] {
  const newestFirst = [...takenAt].sort((a, b) => b.getTime() - a.getTime());
  const kept = new Set<Date>(newestFirst.slice(0, 1));
  const keepNewestPer = (bucketOf: (date: Date) => string, count: number) => {
    const seen = new Set<string>();
    for (const date of newestFirst) {
      if (seen.size >= count) return;
      const bucket = bucketOf(date);
      if (seen.has(bucket)) continue;
      seen.add(bucket);
      kept.add(date);
    }
  };
  keepNewestPer(dayOf, policy.daily);
  keepNewestPer(isoWeekOf, policy.weekly);
  keepNewestPer(monthOf, policy.monthly);
  return newestFirst.filter((date) => kept.has(date));
}

function dayOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function monthOf(date: Date): string {
  return date.toISOString().slice(0, 7);
}

/** ISO 8601 week (weeks start on Monday; week 1 holds the year's first Thursday), as `YYYY-Www`. */
function isoWeekOf(date: Date): string {
  const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const weekday = day.getUTCDay() || 7;
  day.setUTCDate(day.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(day.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((day.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${day.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}
