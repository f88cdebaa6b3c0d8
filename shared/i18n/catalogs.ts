import type { Language } from '../domain/language';
import { en } from './en';
import { es } from './es';

/** Every catalog by language, in the shape i18next takes as resources. */
export const catalogs = { es: { translation: es }, en: { translation: en } } as const satisfies Record<Language, { translation: object }>;
