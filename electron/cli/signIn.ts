import type { MethodName } from '../../shared/contract/contract';
import type { Result } from '../../shared/contract/result';
import { CliError } from './CliError';
import type { CliIo } from './CliIo';
import type { Translate } from './Translate';

/**
 * Signs the command line in when the store has profiles: `--as NAME`, passphrase from REDACTA_PASSPHRASE or asked on
 * the terminal. Returns the session, or undefined on a workstation without profiles (one person, every role).
 */
export async function signIn(
  call: (method: MethodName, input: unknown) => Promise<Result<unknown>>,
  name: string | undefined,
  io: CliIo,
  t: Translate,
): Promise<string | undefined> {
  const state = await call('getSession', {});
  if (!state.ok) throw new CliError(1, state.error.message);
  if (!(state.value as { profilesExist: boolean }).profilesExist) return undefined;
  if (!name) throw new CliError(1, t('cli.needAs'));
  const passphrase = io.env.REDACTA_PASSPHRASE ?? (await io.askSecret?.(t('cli.passphrasePrompt', { name })));
  if (passphrase === undefined) throw new CliError(1, t('cli.needPassphrase', { name }));
  const result = await call('signIn', { name, passphrase });
  if (!result.ok) throw new CliError(1, result.error.message);
  return (result.value as { session: string }).session;
}
