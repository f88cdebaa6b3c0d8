import type { Language } from '../domain/language';

const monthsEs = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];
const monthsEn = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const weekdays = /^(?:lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo|monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+/i;

/** A dateline as read: where (empty when the line has none), the ISO date, and the language its month was written in. */
export interface Dateline {
  place: string;
  date: string;
  language: Language;
}

const iso = (year: number, month: number, day: number): string | null => {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
};

/**
 * Reads a dateline in the shapes the office's releases use, Spanish or English, with or without a place:
 * "Ciudad de México, a 23 de abril de 2016", "06 de octubre, 2021", "Mexico City, April 05, 2016",
 * "March 27th, 2023", "lunes 6 de marzo de 2017", "17/11/2021". Null when the line is not a dateline.
 */
export function readDateline(line: string): Dateline | null {
  // A dateline is short: a long line is body text, and is never run through the patterns.
  if (line.length > 160) return null;
  const text = line.trim().replace(/\.$/, '');
  // A range of days ("22 y 23 de mayo") dates the release by its first; the place may also come after the year.
  const spanish =
    /^(?:(.*?),\s*)?(?:a\s+)?(?:\p{L}+\s+)?(\d{1,2})(?:\s*(?:y|al|-|–)\s*\d{1,2})?\s+de\s+(\p{L}+)(?:\s+de(?:l)?|,)\s+(\d{4})(?:,\s*(.+))?$/iu.exec(text);
  if (spanish) {
    const month = monthsEs.indexOf((spanish[3] ?? '').toLowerCase()) + 1;
    const date = month > 0 ? iso(Number(spanish[4]), month, Number(spanish[2])) : null;
    if (date) return { place: cleanPlace(spanish[1] ?? spanish[5] ?? ''), date, language: 'es' };
  }
  const english = /^(?:(.*?),\s*)?([a-z]+)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/i.exec(text);
  if (english) {
    const month = monthsEn.indexOf((english[2] ?? '').toLowerCase()) + 1;
    const date = month > 0 ? iso(Number(english[4]), month, Number(english[3])) : null;
    if (date) return { place: cleanPlace(english[1] ?? ''), date, language: 'en' };
  }
  const numeric = /^(?:(.*?),\s*)?(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (numeric) {
    const date = iso(Number(numeric[4]), Number(numeric[3]), Number(numeric[2]));
    if (date) return { place: cleanPlace(numeric[1] ?? ''), date, language: 'es' };
  }
  return null;
}

const minorWords = new Set(['de', 'del', 'la', 'las', 'los', 'y', 'el', 'en', 'of', 'the']);

/** The place as the dateline names it, without a weekday that came after it; one printed in capitals is written as a name. */
function cleanPlace(place: string): string {
  const cleaned = place.replace(weekdays, '').replace(/,\s*$/, '').trim();
  if (cleaned !== cleaned.toUpperCase() || !/\p{L}/u.test(cleaned)) return cleaned;
  return cleaned
    .toLowerCase()
    .split(' ')
    .map((word, index) => (index > 0 && minorWords.has(word) ? word : word.charAt(0).toUpperCase() + word.slice(1)))
    .join(' ');
}
