import type { i18n } from 'i18next';

/** Adds the `parts` format: `{{missing, parts}}` turns required-part keys into the catalog's words, joined as the language joins a list. */
export function addPartsFormatter(instance: i18n): void {
  instance.services.formatter?.add('parts', (value: unknown, lng: string | undefined) => {
    const keys = Array.isArray(value) ? value.map(String) : String(value).split(',').filter(Boolean);
    const words = keys.map((key) => instance.t(`parts.${key}`, { lng }));
    return new Intl.ListFormat(lng ?? 'es', { style: 'long', type: 'conjunction' }).format(words);
  });
}
