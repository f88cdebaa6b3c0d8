import { format, parseISO } from 'date-fns';
import { enUS } from 'date-fns/locale/en-US';
import type { Language } from '../domain/language';
import { formatLongDate } from './formatLongDate';

/** The dateline as the office prints it: `Ciudad de México, 17 de noviembre de 2021` / `Mexico City, March 27th, 2023`. */
export function formatDateline(place: string, isoDate: string, language: Language): string {
  const formatted = language === 'es' ? formatLongDate(isoDate, 'es') : format(parseISO(isoDate), 'MMMM do, yyyy', { locale: enUS });
  return place.trim() ? `${place.trim()}, ${formatted}` : formatted;
}
