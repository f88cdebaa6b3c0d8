import type { Language } from './language';

/** The dateline's place when none is given: the office writes from Mexico City. */
export const defaultPlace: Record<Language, string> = { es: 'Ciudad de México', en: 'Mexico City' };
