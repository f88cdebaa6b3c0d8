import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContractError } from '../../../shared/contract/result';

/** Turns a contract error into a sentence in the interface's language (the back end's own text as fallback). */
export function useErrorMessage(): (error: ContractError) => string {
  const { t, i18n } = useTranslation();
  return useCallback(
    (error: ContractError) => {
      const key = `errors.${error.code}` as const;
      if (!i18n.exists(key)) return error.message;
      const values = Object.fromEntries(Object.entries(error.details).map(([name, value]) => [name, String(value)]));
      // Each code's message names its own values; the union of keys cannot be typed against one shape.
      const translateCode = t as unknown as (key: string, values: Record<string, string>) => string;
      return translateCode(key, { ...values, detail: values['detail'] ?? error.message });
    },
    [t, i18n],
  );
}
