import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

/** Translates keys built at run time (error codes, rule ids), whose values i18next cannot type as one shape. */
export function useDynamicTranslation(): (key: string, values?: Record<string, unknown>) => string {
  const { t } = useTranslation();
  return useCallback((key, values = {}) => (t as unknown as (key: string, values: Record<string, unknown>) => string)(key, values), [t]);
}
