import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** A moment (an ISO timestamp) in the same words everywhere in the interface: `1 dic 2026, 6:53 p.m.`. */
export function useWhen(): (iso: string) => string {
  const { i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en-US' : 'es-MX';
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
    return (iso: string) => format.format(new Date(iso));
  }, [language]);
}
