import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContractError } from '../../../shared/contract/result';
import { networkReason } from '../../../shared/contract/networkReason';
import { notReached } from '../../../shared/contract/notReached';
import { useDesk } from '../desk/DeskContext';
import { officeHost } from '../desk/officeHost';
import { useDynamicTranslation } from '../i18n/useDynamicTranslation';

/** Turns a contract error into a sentence in the interface's language (the back end's own text as fallback). */
export function useErrorMessage(): (error: ContractError) => string {
  const { i18n } = useTranslation();
  const translate = useDynamicTranslation();
  const office = useDesk()?.office ?? null;
  return useCallback(
    (error: ContractError) => {
      const key = `errors.${error.code}`;
      if (!i18n.exists(key)) return error.message;
      const values = Object.fromEntries(Object.entries(error.details).map(([name, value]) => [name, String(value)]));
      const raw = values.detail ?? error.message;
      // The network's own words (ECONNREFUSED, «Failed to fetch») said as a person would, in the interface's language.
      const reason = notReached(error.code) || error.code === 'OFFICE_UNREACHABLE' ? networkReason(raw) : null;
      const detail = reason ? translate(`network.${reason}`) : raw;
      // On a desk working in an office, the server not reached is the office.
      if (error.code === 'UNAVAILABLE' && office) return translate('errors.UNAVAILABLE_office', { host: officeHost(office.url), detail });
      return translate(key, { ...values, detail });
    },
    [i18n, translate, office],
  );
}
