import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** A moment (an ISO timestamp) spelled out in full, for what the person must weigh: `2 de diciembre de 2026, 5:51`. */
export function useLongWhen(): (iso: string) => string {
  const { i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en-US' : 'es-MX';
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short' });
    return (iso: string) => format.format(new Date(iso));
  }, [language]);
}
