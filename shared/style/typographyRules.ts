import type { Language } from '../domain/language';
import type { StyleIssue } from './StyleIssue';
import type { TextUnit } from './textUnits';
import { unitEdit } from './textUnits';

const locate = (unit: TextUnit) => ({ field: unit.field, index: unit.field === 'summary' ? unit.index : undefined });

/** Two or more spaces in a row: one issue per text, fixed all at once (blank texts are other rules' business). */
export function checkDoubleSpaces(units: readonly TextUnit[]): StyleIssue[] {
  return units.flatMap((unit) => {
    if (!unit.text.trim()) return [];
    const runs = [...unit.text.matchAll(/ {2,}/g)];
    const first = runs[0];
    if (!first) return [];
    const start = first.index ?? 0;
    return [
      {
        rule: 'doubleSpaces' as const,
        severity: 'warning' as const,
        ...locate(unit),
        from: unit.base + start,
        to: unit.base + start + first[0].length,
        values: { count: runs.length },
        fix: runs.map((run) => unitEdit(unit, run.index ?? 0, (run.index ?? 0) + run[0].length, ' ')),
      },
    ];
  });
}

/** The acute accent "´" typed for an apostrophe ("IPN´s"): the apostrophe is "’". */
export function checkAcuteAsApostrophe(units: readonly TextUnit[]): StyleIssue[] {
  return units.flatMap((unit) => {
    const found = [...unit.text.matchAll(/´/g)];
    const first = found[0];
    if (!first) return [];
    return [
      {
        rule: 'acuteAsApostrophe' as const,
        severity: 'warning' as const,
        ...locate(unit),
        from: unit.base + (first.index ?? 0),
        to: unit.base + (first.index ?? 0) + 1,
        values: { count: found.length },
        fix: found.map((match) => unitEdit(unit, match.index ?? 0, (match.index ?? 0) + 1, '’')),
      },
    ];
  });
}

const months = 'Enero|Febrero|Marzo|Abril|Mayo|Junio|Julio|Agosto|Septiembre|Setiembre|Octubre|Noviembre|Diciembre';
/** A Spanish date with its month capitalised: "17 de Noviembre de 2021", "Noviembre de 2021". */
const capitalisedMonth = new RegExp(
  `(?:(?<!\\d)\\d{1,2}º?\\s+de\\s+|(?<!\\p{L})primero\\s+de\\s+)(${months})(?!\\p{L})|(?<!\\p{L})(${months})(?=\\s+(?:de|del)\\s+(?:\\d{4}|este año|ese año))`,
  'gu',
);

/** In Spanish, months are written in lowercase: "17 de noviembre de 2021". */
export function checkCapitalizedMonths(units: readonly TextUnit[], language: Language): StyleIssue[] {
  if (language !== 'es') return [];
  return units.flatMap((unit) =>
    [...unit.text.matchAll(capitalisedMonth)].map((match) => {
      const month = match[1] ?? match[2] ?? '';
      const start = (match.index ?? 0) + match[0].lastIndexOf(month);
      return {
        rule: 'capitalizedMonth' as const,
        severity: 'warning' as const,
        ...locate(unit),
        from: unit.base + start,
        to: unit.base + start + month.length,
        values: { month, lower: month.toLocaleLowerCase('es') },
        fix: [unitEdit(unit, start, start + month.length, month.toLocaleLowerCase('es'))],
      };
    }),
  );
}
