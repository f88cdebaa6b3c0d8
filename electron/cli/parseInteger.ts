import { CliError } from './CliError';
import type { Translate } from './Translate';

/** Parses a whole number of at least `min` given for `option`, or fails with a usage error (exit 2). */
export function parseInteger(value: string, option: string, t: Translate, min = 1): number {
  if (!/^\d{1,15}$/.test(value) || Number(value) < min) throw new CliError(2, t('cli.badNumber', { value, option }));
  return Number(value);
}

/** Parses a communiqué id, or fails with a usage error (exit 2). */
export function parseId(value: string | undefined, t: Translate): number {
  if (value === undefined) throw new CliError(2, t('cli.missingArgument', { what: t('cli.arg.id') }));
  if (!/^\d{1,15}$/.test(value) || Number(value) < 1) throw new CliError(2, t('cli.badId', { value }));
  return Number(value);
}
