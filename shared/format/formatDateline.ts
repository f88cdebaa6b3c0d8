import { format, parseISO } from 'date-fns';
import { enUS } from 'date-fns/locale/en-US';
import { es } from 'date-fns/locale/es';
import type { Language } from '../domain/language';

/** The dateline as the office prints it: `Ciudad de México, 17 de noviembre de 2021` / `Mexico City, March 27th, 2023`. */
export function formatDateline(place: string, isoDate: string, language: Language): string {
  const date = parseISO(isoDate);
  const formatted =
    language === 'es' ? format(date, "d 'de' MMMM 'de' yyyy", { locale: es }) : format(date, 'MMMM do, yyyy', { locale: enUS });
  return place.trim() ? `${place.trim()}, ${formatted}` : formatted;
}
