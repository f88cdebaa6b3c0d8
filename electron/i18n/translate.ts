import i18next from 'i18next';
import { addPartsFormatter } from '../../shared/i18n/addPartsFormatter';
import { catalogs } from '../../shared/i18n/catalogs';
import type { Language } from '../../shared/domain/language';

const instance = i18next.createInstance();
void instance.init({
  resources: catalogs,
  lng: 'es',
  fallbackLng: 'es',
  initAsync: false,
  interpolation: { escapeValue: false },
});
addPartsFormatter(instance);

/** A message of the shared catalogs in `locale`, with `values` interpolated. */
export function translate(locale: Language, key: string, values: Record<string, unknown> = {}): string {
  return instance.getFixedT(locale)(key, values);
}
