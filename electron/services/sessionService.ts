import { AppError } from '../api/AppError';
import type { Actor } from '../api/Actor';
import type { Handlers } from '../api/Handlers';
import { hashPassphrase, verifyPassphrase } from '../auth/passphrase';
import { auditRepository } from '../repositories/auditRepository';
import { userRepository } from '../repositories/userRepository';

const publicActor = (actor: Actor) => ({
  name: actor.name,
  displayName: actor.displayName,
  roles: [...actor.roles],
  workstation: actor.kind === 'workstation',
});

/** Who is working: sessions, profiles, passphrases. Roles are enforced by the dispatcher on every call. */
export const sessionService: Pick<
  Handlers,
  'getSession' | 'listProfiles' | 'signIn' | 'signOut' | 'createUser' | 'listUsers' | 'updateUser' | 'changePassphrase'
> = {
  getSession: (_input, { db, actor }) => ({
    actor: actor.kind === 'anonymous' ? null : publicActor(actor),
    profilesExist: userRepository(db).count() > 0,
  }),

  listProfiles: (_input, { db }) =>
    userRepository(db)
      .list()
      .filter((user) => user.active)
      .map(({ name, displayName }) => ({ name, displayName })),

  signIn: async ({ name, passphrase }, { db, sessions, now }) => {
    const user = userRepository(db).byName(name);
    // The same answer for an unknown profile and a wrong passphrase.
    const matches = user?.active ? await verifyPassphrase(passphrase, user.passphraseHash) : false;
    if (!user || !matches) throw new AppError('SIGN_IN_FAILED', {});
    const at = now().toISOString();
    const session = sessions.open(user.id, at);
    auditRepository(db).append({ at, actor: user.name, action: 'sign-in', communiqueId: null });
    return { session, actor: { name: user.name, displayName: user.displayName, roles: user.roles, workstation: false } };
  },

  signOut: (_input, { sessions, session }) => {
    sessions.close(session);
    return {};
  },

  createUser: async (input, { db, actor, now }) => {
    const users = userRepository(db);
    const first = users.count() === 0;
    if (!first && !actor.roles.includes('admin')) {
      throw new AppError(actor.kind === 'anonymous' ? 'UNAUTHORIZED' : 'FORBIDDEN', { actor: actor.displayName, method: 'createUser' });
    }
    if (users.byName(input.name)) throw new AppError('USER_EXISTS', { name: input.name });
    const passphraseHash = await hashPassphrase(input.passphrase);
    const at = now().toISOString();
    // The first profile of a workstation is its administrator, whatever else it does.
    const roles = first ? [...new Set([...input.roles, 'admin' as const])] : input.roles;
    const id = db
      .transaction(() => {
        const created = users.insert({ name: input.name, displayName: input.displayName, roles, passphraseHash }, at);
        auditRepository(db).append({ at, actor: actor.name || input.name, action: 'user-create', communiqueId: null, details: { name: input.name, roles } });
        return created;
      })
      .immediate();
    return withoutSecret(users, id);
  },

  listUsers: (_input, { db }) => userRepository(db).list(),

  updateUser: async ({ id, displayName, roles, active, passphrase }, { db, actor, now }) => {
    const users = userRepository(db);
    const target = users.byId(id);
    if (!target) throw new AppError('USER_NOT_FOUND', { id });
    const losesAdmin = target.roles.includes('admin') && target.active && ((roles && !roles.includes('admin')) || active === false);
    if (losesAdmin && users.activeAdminCount() <= 1) throw new AppError('LAST_ADMIN', {});
    const hash = passphrase ? await hashPassphrase(passphrase) : undefined;
    const at = now().toISOString();
    db.transaction(() => {
      if (displayName !== undefined) users.setDisplayName(id, displayName);
      if (roles) users.setRoles(id, roles);
      if (active !== undefined) users.setActive(id, active);
      if (hash) users.setPassphrase(id, hash);
      const changed = { displayName, roles, active, passphrase: hash ? 'changed' : undefined };
      auditRepository(db).append({ at, actor: actor.name, action: 'user-update', communiqueId: null, details: { name: target.name, ...changed } });
    }).immediate();
    return withoutSecret(users, id);
  },

  changePassphrase: async ({ current, next }, { db, actor, now }) => {
    const users = userRepository(db);
    const user = actor.userId === null ? undefined : users.byId(actor.userId);
    if (!user || !(await verifyPassphrase(current, user.passphraseHash))) throw new AppError('SIGN_IN_FAILED', {});
    users.setPassphrase(user.id, await hashPassphrase(next));
    auditRepository(db).append({ at: now().toISOString(), actor: user.name, action: 'passphrase-change', communiqueId: null });
    return {};
  },
};

/** A profile as the app may show it: everything but its passphrase hash. */
function withoutSecret(users: ReturnType<typeof userRepository>, id: number) {
  const found = users.byId(id);
  if (!found) throw new AppError('USER_NOT_FOUND', { id });
  const { passphraseHash: _secret, ...user } = found;
  return user;
}
