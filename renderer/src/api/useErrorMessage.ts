import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContractError } from '../../../shared/contract/result';
import { useDynamicTranslation } from '../i18n/useDynamicTranslation';

/** Turns a contract error into a sentence in the interface's language (the back end's own text as fallback). */
export function useErrorMessage(): (error: ContractError) => string {
  const { i18n } = useTranslation();
  const translate = useDynamicTranslation();
  return useCallback(
    (error: ContractError) => {
      const key = `errors.${error.code}`;
      if (!i18n.exists(key)) return error.message;
      const values = Object.fromEntries(Object.entries(error.details).map(([name, value]) => [name, String(value)]));
      return translate(key, { ...values, detail: values.detail ?? error.message });
    },
    [i18n, translate],
  );
}
