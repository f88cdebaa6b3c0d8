import { userInfo } from 'node:os';
import { roles } from '../../shared/domain/role';
import { credentialOf } from '../auth/credentialOf';
import type { SessionStore } from '../auth/SessionStore';
import type { Repositories } from '../repositories/createRepositories';
import type { Actor } from './Actor';

/** Nobody signed in: public calls only. */
export const anonymous: Actor = { kind: 'anonymous', userId: null, name: '', displayName: '', roles: [] };

/**
 * Who is making this call. With no profiles yet the database is a single-person workstation and that person holds
 * every role; once profiles exist, only a live session (`shared/auth/sessionLifetime.ts`) of an active profile whose
 * passphrase is still the one it signed in with counts, with its roles as stored now.
 */
export async function resolveActor(
  users: Repositories['users'],
  sessions: SessionStore,
  token: string | undefined,
  workstationName: string | undefined,
  now: number,
): Promise<Actor> {
  if ((await users.count()) === 0) {
    const name = workstationName?.trim() || systemUserName();
    return { kind: 'workstation', userId: null, name, displayName: name, roles: [...roles] };
  }
  const session = sessions.use(token, now);
  const user = session ? await users.byId(session.userId) : undefined;
  // A passphrase changed by another process (a second back end on the same file) ends the session here too.
  if (!user?.active || credentialOf(user.passphraseHash) !== session?.credential) {
    sessions.close(token);
    return anonymous;
  }
  return { kind: 'user', userId: user.id, name: user.name, displayName: user.displayName, roles: user.roles };
}

function systemUserName(): string {
  try {
    return userInfo().username || 'redacta';
  } catch {
    return 'redacta';
  }
}
