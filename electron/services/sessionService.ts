import { mayAddProfile } from '../../shared/workflow/mayAddProfile';
import { removesLastAdmin } from '../../shared/workflow/removesLastAdmin';
import type { Actor } from '../api/Actor';
import { AppError } from '../api/AppError';
import type { Handlers } from '../api/Handlers';
import { credentialOf } from '../auth/credentialOf';
import { hashPassphrase, verifyPassphrase } from '../auth/passphrase';
import type { Repositories } from '../repositories/createRepositories';
import { passphraseGate } from './passphraseGate';

const publicActor = (actor: Actor) => ({
  name: actor.name,
  displayName: actor.displayName,
  roles: [...actor.roles],
  workstation: actor.kind === 'workstation',
});

/**
 * Who is working: sessions, profiles, passphrases. Roles are enforced by the dispatcher on every call. Hashing a
 * passphrase takes tens of milliseconds, so those commands hash first and decide under the write lock afterwards.
 * Passphrase checks are slowed and recorded by `passphraseGate`; a new passphrase or a deactivation ends the
 * profile's sessions (its owner's current one excepted when they change their own).
 */
export const sessionService: Pick<
  Handlers,
  'getSession' | 'listProfiles' | 'signIn' | 'signOut' | 'createUser' | 'listUsers' | 'updateUser' | 'changePassphrase'
> = {
  getSession: async (_input, { repos, actor, engine, office }) => ({
    actor: actor.kind === 'anonymous' ? null : publicActor(actor),
    profilesExist: (await repos.users.count()) > 0,
    // An office server's backups are its IT's, whatever its engine.
    backupsHere: engine === 'sqlite' && !office,
    office,
  }),

  // An office server does not tell whoever opens its page who works there: its people type their profile's name.
  listProfiles: async (_input, { repos, office, actor }) =>
    office && actor.kind === 'anonymous'
      ? []
      : (await repos.users.list()).filter((user) => user.active).map(({ name, displayName }) => ({ name, displayName })),

  signIn: {
    prepare: async ({ name, passphrase }, context) => {
      const gate = passphraseGate(context, name, { bySource: true });
      gate.enter();
      const checked = await context.read((repos) => repos.users.byName(name));
      // The same answer for an unknown profile and a wrong passphrase.
      const matches = checked?.active ? await verifyPassphrase(passphrase, checked.passphraseHash) : false;
      if (!checked || !matches) throw gate.refused();
      return async ({ repos, sessions, now }) => {
        // Still active, and still the passphrase that was checked: a reset or deactivation meanwhile wins.
        const user = await repos.users.byName(name);
        if (!user?.active || user.passphraseHash !== checked.passphraseHash) throw gate.refused();
        gate.passed();
        const at = now();
        await repos.audit.append({ at: at.toISOString(), actor: user.name, action: 'sign-in', communiqueId: null, details: { source: context.source } });
        const session = await sessions.open(user.id, credentialOf(user.passphraseHash), at.getTime());
        return { session, actor: { name: user.name, displayName: user.displayName, roles: user.roles, workstation: false } };
      };
    },
  },

  signOut: async (_input, { sessions, session }) => {
    await sessions.close(session);
    return {};
  },

  createUser: {
    prepare: async (input, { read, actor }) => {
      await read((repos) => assertMayAdd(repos, actor));
      const passphraseHash = await hashPassphrase(input.passphrase);
      return async ({ repos, actor, now }) => {
        await assertMayAdd(repos, actor);
        if (await repos.users.byName(input.name)) throw new AppError('USER_EXISTS', { name: input.name });
        // The first profile of a workstation is its administrator, whatever else it does.
        const roles = (await repos.users.count()) === 0 ? [...new Set([...input.roles, 'admin' as const])] : input.roles;
        const at = now().toISOString();
        const id = await repos.users.insert({ name: input.name, displayName: input.displayName, roles, passphraseHash }, at);
        await repos.audit.append({ at, actor: actor.name || input.name, action: 'user-create', communiqueId: null, details: { name: input.name, roles } });
        return await withoutSecret(repos, id);
      };
    },
  },

  listUsers: async (_input, { repos }) => await repos.users.list(),

  updateUser: {
    prepare: async ({ id, displayName, roles, active, passphrase }) => {
      const hash = passphrase ? await hashPassphrase(passphrase) : undefined;
      return async ({ repos, actor, now, sessions, session }) => {
        const target = await repos.users.byId(id);
        if (!target) throw new AppError('USER_NOT_FOUND', { id });
        // Counted under the write lock: two administrators demoting each other at once cannot both succeed.
        if (removesLastAdmin(target, { roles, active }, await repos.users.activeAdminCount())) throw new AppError('LAST_ADMIN', {});
        if (displayName !== undefined) await repos.users.setDisplayName(id, displayName);
        if (roles) await repos.users.setRoles(id, roles);
        if (active !== undefined) await repos.users.setActive(id, active);
        if (hash) await repos.users.setPassphrase(id, hash);
        // A reset ends the profile's sessions (but the caller's own, resetting themself); a deactivation ends them all.
        if (active === false) await sessions.closeAllOf(id);
        else if (hash && actor.userId === id) {
          await sessions.closeAllOf(id, session);
          await sessions.renew(session, credentialOf(hash));
        } else if (hash) await sessions.closeAllOf(id);
        const changed = { displayName, roles, active, passphrase: hash ? 'changed' : undefined };
        await repos.audit.append({
          at: now().toISOString(),
          actor: actor.name,
          action: 'user-update',
          communiqueId: null,
          details: { name: target.name, ...changed },
        });
        return await withoutSecret(repos, id);
      };
    },
  },

  changePassphrase: {
    prepare: async ({ current, next }, context) => {
      const { actor } = context;
      const userId = actor.userId;
      const checked = userId === null ? undefined : await context.read((repos) => repos.users.byId(userId));
      if (!checked) throw new AppError('SIGN_IN_FAILED', {});
      // Guessing through an open session is slowed per profile; where it comes from is already known by the session.
      const gate = passphraseGate(context, checked.name, { bySource: false });
      gate.enter();
      if (!(await verifyPassphrase(current, checked.passphraseHash))) throw gate.refused();
      gate.passed();
      const hash = await hashPassphrase(next);
      return async ({ repos, now, sessions, session }) => {
        // Another change meanwhile (an administrator's reset) wins: this one was checked against the old passphrase.
        const user = await repos.users.byId(checked.id);
        if (!user || user.passphraseHash !== checked.passphraseHash) throw new AppError('SIGN_IN_FAILED', {});
        await repos.users.setPassphrase(user.id, hash);
        // The person's other sessions (another window, a forgotten browser) end; this one goes on with the new passphrase.
        await sessions.closeAllOf(user.id, session);
        await sessions.renew(session, credentialOf(hash));
        await repos.audit.append({ at: now().toISOString(), actor: user.name, action: 'passphrase-change', communiqueId: null });
        return {};
      };
    },
  },
};

/** Refuses a caller who may not add profiles now (see `mayAddProfile`). */
async function assertMayAdd(repos: Repositories, actor: Actor): Promise<void> {
  if (mayAddProfile(actor.roles, (await repos.users.count()) > 0)) return;
  throw new AppError(actor.kind === 'anonymous' ? 'UNAUTHORIZED' : 'FORBIDDEN', { actor: actor.displayName, method: 'createUser' });
}

/** A profile as the app may show it: everything but its passphrase hash. */
async function withoutSecret(repos: Repositories, id: number) {
  const found = await repos.users.byId(id);
  if (!found) throw new AppError('USER_NOT_FOUND', { id });
  const { passphraseHash: _secret, ...user } = found;
  return user;
}
