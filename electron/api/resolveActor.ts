import { userInfo } from 'node:os';
import { sessionEndsAt } from '../../shared/auth/sessionLifetime';
import { roles } from '../../shared/domain/role';
import { credentialOf } from '../auth/credentialOf';
import { sessionDigest } from '../auth/storedSessions';
import type { Repositories } from '../repositories/createRepositories';
import type { Actor } from './Actor';

/** Nobody signed in: public calls only. */
export const anonymous: Actor = { kind: 'anonymous', userId: null, name: '', displayName: '', roles: [] };

/** How often a session's last use is written: its 12 idle hours need no finer record than a minute. */
export const sessionUseRecordedEveryMs = 60_000;

/** What a call's session leaves to write: its use (a minute or more since the last one recorded), or its end. */
export type SessionFollowUp = { digest: string; record: 'use' | 'end'; at: number } | null;

/** Who calls, and what their session leaves to write (done in the write's transaction, or after a snapshot). */
export interface Caller {
  actor: Actor;
  followUp: SessionFollowUp;
}

/**
 * Who is making this call. With no profiles yet a desk's database is a single-person workstation and that person holds
 * every role (never on an office server: `office`); once profiles exist, only a live session
 * (`shared/auth/sessionLifetime.ts`) of an active profile whose passphrase is still the one it signed in with counts,
 * with its roles as stored now.
 */
export async function resolveActor(
  repos: Pick<Repositories, 'users' | 'sessions'>,
  token: string | undefined,
  options: { workstationName: string | undefined; office: boolean; now: number },
): Promise<Caller> {
  if (!options.office && (await repos.users.count()) === 0) {
    const name = options.workstationName?.trim() || systemUserName();
    return { actor: { kind: 'workstation', userId: null, name, displayName: name, roles: [...roles] }, followUp: null };
  }
  if (!token) return { actor: anonymous, followUp: null };
  const digest = sessionDigest(token);
  const session = await repos.sessions.byDigest(digest);
  if (!session) return { actor: anonymous, followUp: null };
  const user = await repos.users.byId(session.userId);
  // Ended, or a passphrase changed by another process (a second back end on the same database): it never counts again.
  if (options.now >= sessionEndsAt(session.openedAt, session.usedAt) || !user?.active || credentialOf(user.passphraseHash) !== session.credential) {
    return { actor: anonymous, followUp: { digest, record: 'end', at: options.now } };
  }
  const followUp: SessionFollowUp = options.now - session.usedAt >= sessionUseRecordedEveryMs ? { digest, record: 'use', at: options.now } : null;
  return { actor: { kind: 'user', userId: user.id, name: user.name, displayName: user.displayName, roles: user.roles }, followUp };
}

/** Writes what a call's session left: its use, or its end. */
export async function recordFollowUp(repos: Pick<Repositories, 'sessions'>, followUp: SessionFollowUp): Promise<void> {
  if (!followUp) return;
  if (followUp.record === 'end') await repos.sessions.remove(followUp.digest);
  else await repos.sessions.touch(followUp.digest, followUp.at);
}

function systemUserName(): string {
  try {
    return userInfo().username || 'redacta';
  } catch {
    return 'redacta';
  }
}
