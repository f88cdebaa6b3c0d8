import { differenceInYears, format, isValid, parse, parseISO, startOfDay } from 'date-fns';

/** What a person typed in a date field: nothing, not yet a whole date, a date that does not exist, or a date. */
export type TypedDate =
  | { kind: 'empty' }
  | { kind: 'incomplete' }
  | { kind: 'impossible' }
  | { kind: 'date'; iso: string /** Whole years between it and today, either way. */; yearsAway: number };

/** A date as the office types it: day first, `dd/mm/aaaa` (`17/11/2021`). */
export function typedDateText(iso: string): string {
  const date = parseISO(iso);
  return isValid(date) ? format(date, 'dd/MM/yyyy') : '';
}

/**
 * Reads a date typed day first (`17/11/2021`, `1/2/2026`, `17-11-2021`, `17.11.2021`). A day the month does not have
 * (`31/02/2026`) is impossible, never carried into the next month.
 */
export function readTypedDate(text: string, today: Date): TypedDate {
  const trimmed = text.trim();
  if (!trimmed) return { kind: 'empty' };
  const match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(trimmed);
  if (!match) return { kind: 'incomplete' };
  const [, day = '', month = '', year = ''] = match;
  const date = parse(`${day}/${month}/${year}`, 'd/M/yyyy', today);
  // date-fns refuses a day past the month's end; the check also keeps years below 1000 out.
  if (!isValid(date) || date.getFullYear() < 1000) return { kind: 'impossible' };
  const iso = format(date, 'yyyy-MM-dd');
  return { kind: 'date', iso, yearsAway: Math.abs(differenceInYears(date, startOfDay(today))) };
}
