import { z } from 'zod';
import type { Language } from '../../shared/domain/language';

const errorMaps = { es: z.locales.es().localeError, en: z.locales.en().localeError } as const;

/** zod's error messages in the caller's language. */
export function zodErrorMap(locale: Language) {
  return errorMaps[locale];
}

/** A validation failure as one readable line: `field: problem; field: problem`. */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  return issues
    .slice(0, 5)
    .map((issue) => `${issue.path.map(String).join('.') || '—'}: ${issue.message}`)
    .join('; ');
}
