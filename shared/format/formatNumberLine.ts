import type { Language } from '../domain/language';
import type { Series } from '../domain/series';

/** The number line of a communiqué: `Comunicado 223`, `Joint Release n. 035`; `null` number means not yet assigned. */
export function formatNumberLine(series: Series, language: Language, number: number | null, pending: string): string {
  const format = series.numberFormat[language];
  if (!series.numbered) return format;
  if (number === null) return `${series.label[language]} ${pending}`;
  return format.replace(/\{n(?::0(\d+))?\}/, (_match, width: string | undefined) => (width ? String(number).padStart(Number(width), '0') : String(number)));
}
