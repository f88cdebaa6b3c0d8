import { isIP } from 'node:net';
import { CliError } from '../CliError';
import type { Translate } from '../Translate';

/** `--listen HOST:PORT` (an IPv6 address in brackets): where an office server listens. */
export function parseListen(value: string, t: Translate): { host: string; port: number } {
  const match = /^(?:\[([0-9A-Fa-f:.]+)\]|([A-Za-z0-9.-]+)):(\d{1,5})$/.exec(value.trim());
  const host = match?.[1] ?? match?.[2];
  const port = Number(match?.[3]);
  if (!match || !host || !Number.isInteger(port) || port > 65_535 || (match[1] !== undefined && isIP(match[1]) !== 6)) {
    throw new CliError(2, t('cli.badListen', { value }));
  }
  return { host, port };
}
