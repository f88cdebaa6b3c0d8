import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

/** Joins words as the interface's language does ("el título, los balazos y el cuerpo"), as text or as parts. */
export function useListFormat() {
  const { i18n } = useTranslation();
  const format = new Intl.ListFormat(i18n.language === 'en' ? 'en' : 'es', { type: 'conjunction' });
  const join = useCallback((items: readonly string[]) => format.format(items), [format]);
  return { join, parts: (items: readonly string[]) => format.formatToParts(items) };
}
