import { roleSchema } from '../../../shared/domain/role';
import { CliError } from '../CliError';
import type { CliContext } from '../CliContext';
import { formatTable } from '../formatTable';

/** `users add NAME --role r1,r2 [--display "Name"]` (passphrase from REDACTA_NEW_PASSPHRASE or asked twice); `users list`. */
export async function usersCommand({ positionals, options, call, io, t }: CliContext): Promise<void> {
  const [, action, name] = positionals;
  if (action === 'list') {
    const users = await call('listUsers', {});
    if (options.json) return io.out(JSON.stringify(users, null, 2));
    return io.out(
      formatTable(
        ['ID', t('cli.userName'), t('cli.userDisplay'), t('cli.userRoles'), t('cli.userActive')],
        users.map((u) => [String(u.id), u.name, u.displayName, u.roles.join(','), u.active ? '✓' : '—']),
      ),
    );
  }
  if (action !== 'add') throw new CliError(2, t('cli.usersUsage'));
  if (!name) throw new CliError(2, t('cli.missingArgument', { what: t('cli.arg.name') }));
  const named = (options.role ?? '').split(',').filter(Boolean);
  if (named.length === 0) throw new CliError(2, t('cli.missingArgument', { what: t('cli.arg.roles') }));
  const bad = named.find((role) => !roleSchema.safeParse(role).success);
  if (bad) throw new CliError(2, t('cli.badRole', { role: bad }));
  const roles = named.map((role) => roleSchema.parse(role));
  let passphrase = io.env.REDACTA_NEW_PASSPHRASE;
  if (passphrase === undefined) {
    passphrase = await io.askSecret?.(t('cli.newPassphrasePrompt', { name }));
    const again = passphrase === undefined ? undefined : await io.askSecret?.(t('cli.repeatPassphrasePrompt'));
    if (passphrase === undefined) throw new CliError(1, t('cli.needNewPassphrase'));
    if (again !== passphrase) throw new CliError(1, t('cli.passphrasesDiffer'));
  }
  const user = await call('createUser', { name, displayName: options.display ?? name, roles, passphrase });
  io.out(options.json ? JSON.stringify(user) : t('cli.userCreated', { name: user.name, roles: user.roles.join(', ') }));
}
