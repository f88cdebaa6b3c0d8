import { mayAddProfile } from '../../shared/workflow/mayAddProfile';
import { removesLastAdmin } from '../../shared/workflow/removesLastAdmin';
import type { Actor } from '../api/Actor';
import { AppError } from '../api/AppError';
import type { Handlers } from '../api/Handlers';
import { hashPassphrase, verifyPassphrase } from '../auth/passphrase';
import type { Repositories } from '../repositories/createRepositories';

const publicActor = (actor: Actor) => ({
  name: actor.name,
  displayName: actor.displayName,
  roles: [...actor.roles],
  workstation: actor.kind === 'workstation',
});

/**
 * Who is working: sessions, profiles, passphrases. Roles are enforced by the dispatcher on every call. Hashing a
 * passphrase takes tens of milliseconds, so those commands hash first and decide under the write lock afterwards.
 */
export const sessionService: Pick<
  Handlers,
  'getSession' | 'listProfiles' | 'signIn' | 'signOut' | 'createUser' | 'listUsers' | 'updateUser' | 'changePassphrase'
> = {
  getSession: (_input, { repos, actor }) => ({
    actor: actor.kind === 'anonymous' ? null : publicActor(actor),
    profilesExist: repos.users.count() > 0,
  }),

  listProfiles: (_input, { repos }) =>
    repos.users
      .list()
      .filter((user) => user.active)
      .map(({ name, displayName }) => ({ name, displayName })),

  signIn: {
    prepare: async ({ name, passphrase }, { repos }) => {
      const checked = repos.users.byName(name);
      // The same answer for an unknown profile and a wrong passphrase.
      const matches = checked?.active ? await verifyPassphrase(passphrase, checked.passphraseHash) : false;
      if (!checked || !matches) throw new AppError('SIGN_IN_FAILED', {});
      return ({ repos, sessions, now }) => {
        // Still active, and still the passphrase that was checked: a reset or deactivation meanwhile wins.
        const user = repos.users.byName(name);
        if (!user?.active || user.passphraseHash !== checked.passphraseHash) throw new AppError('SIGN_IN_FAILED', {});
        const at = now().toISOString();
        repos.audit.append({ at, actor: user.name, action: 'sign-in', communiqueId: null });
        const session = sessions.open(user.id, at);
        return { session, actor: { name: user.name, displayName: user.displayName, roles: user.roles, workstation: false } };
      };
    },
  },

  signOut: (_input, { sessions, session }) => {
    sessions.close(session);
    return {};
  },

  createUser: {
    prepare: async (input, { repos, actor }) => {
      assertMayAdd(repos, actor);
      const passphraseHash = await hashPassphrase(input.passphrase);
      return ({ repos, actor, now }) => {
        assertMayAdd(repos, actor);
        if (repos.users.byName(input.name)) throw new AppError('USER_EXISTS', { name: input.name });
        // The first profile of a workstation is its administrator, whatever else it does.
        const roles = repos.users.count() === 0 ? [...new Set([...input.roles, 'admin' as const])] : input.roles;
        const at = now().toISOString();
        const id = repos.users.insert({ name: input.name, displayName: input.displayName, roles, passphraseHash }, at);
        repos.audit.append({ at, actor: actor.name || input.name, action: 'user-create', communiqueId: null, details: { name: input.name, roles } });
        return withoutSecret(repos, id);
      };
    },
  },

  listUsers: (_input, { repos }) => repos.users.list(),

  updateUser: {
    prepare: async ({ id, displayName, roles, active, passphrase }) => {
      const hash = passphrase ? await hashPassphrase(passphrase) : undefined;
      return ({ repos, actor, now }) => {
        const target = repos.users.byId(id);
        if (!target) throw new AppError('USER_NOT_FOUND', { id });
        // Counted under the write lock: two administrators demoting each other at once cannot both succeed.
        if (removesLastAdmin(target, { roles, active }, repos.users.activeAdminCount())) throw new AppError('LAST_ADMIN', {});
        if (displayName !== undefined) repos.users.setDisplayName(id, displayName);
        if (roles) repos.users.setRoles(id, roles);
        if (active !== undefined) repos.users.setActive(id, active);
        if (hash) repos.users.setPassphrase(id, hash);
        const changed = { displayName, roles, active, passphrase: hash ? 'changed' : undefined };
        repos.audit.append({
          at: now().toISOString(),
          actor: actor.name,
          action: 'user-update',
          communiqueId: null,
          details: { name: target.name, ...changed },
        });
        return withoutSecret(repos, id);
      };
    },
  },

  changePassphrase: {
    prepare: async ({ current, next }, { repos, actor }) => {
      const checked = actor.userId === null ? undefined : repos.users.byId(actor.userId);
      if (!checked || !(await verifyPassphrase(current, checked.passphraseHash))) throw new AppError('SIGN_IN_FAILED', {});
      const hash = await hashPassphrase(next);
      return ({ repos, now }) => {
        // Another change meanwhile (an administrator's reset) wins: this one was checked against the old passphrase.
        const user = repos.users.byId(checked.id);
        if (!user || user.passphraseHash !== checked.passphraseHash) throw new AppError('SIGN_IN_FAILED', {});
        repos.users.setPassphrase(user.id, hash);
        repos.audit.append({ at: now().toISOString(), actor: user.name, action: 'passphrase-change', communiqueId: null });
        return {};
      };
    },
  },
};

/** Refuses a caller who may not add profiles now (see `mayAddProfile`). */
function assertMayAdd(repos: Repositories, actor: Actor): void {
  if (mayAddProfile(actor.roles, repos.users.count() > 0)) return;
  throw new AppError(actor.kind === 'anonymous' ? 'UNAUTHORIZED' : 'FORBIDDEN', { actor: actor.displayName, method: 'createUser' });
}

/** A profile as the app may show it: everything but its passphrase hash. */
function withoutSecret(repos: Repositories, id: number) {
  const found = repos.users.byId(id);
  if (!found) throw new AppError('USER_NOT_FOUND', { id });
  const { passphraseHash: _secret, ...user } = found;
  return user;
}
