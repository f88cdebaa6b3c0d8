import { format, parseISO } from 'date-fns';
import { enUS } from 'date-fns/locale/en-US';
import { es } from 'date-fns/locale/es';
import type { Language } from '../domain/language';

/** A calendar date (YYYY-MM-DD) in words: `20 de noviembre de 2026` / `November 20, 2026`. */
export function formatLongDate(isoDate: string, language: Language): string {
  const date = parseISO(isoDate);
  return language === 'es' ? format(date, "d 'de' MMMM 'de' yyyy", { locale: es }) : format(date, 'MMMM d, yyyy', { locale: enUS });
}
