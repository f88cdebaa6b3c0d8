import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../../shared/domain/language';
import { languageSchema } from '../../../shared/domain/language';
import { addPartsFormatter } from '../../../shared/i18n/addPartsFormatter';
import { catalogs } from '../../../shared/i18n/catalogs';

const storageKey = 'redacta.uiLanguage';

/** The interface language chosen last time on this machine, Spanish by default. */
export function savedUiLanguage(): Language {
  const parsed = languageSchema.safeParse(localStorage.getItem(storageKey));
  return parsed.success ? parsed.data : 'es';
}

/** Switches the interface language and remembers it. */
export async function setUiLanguage(language: Language): Promise<void> {
  localStorage.setItem(storageKey, language);
  document.documentElement.lang = language;
  await i18next.changeLanguage(language);
}

/** Starts i18next with the shared catalogs. */
export function setupI18n(): typeof i18next {
  const language = savedUiLanguage();
  document.documentElement.lang = language;
  void i18next.use(initReactI18next).init({
    resources: catalogs,
    lng: language,
    fallbackLng: 'es',
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  addPartsFormatter(i18next);
  return i18next;
}
