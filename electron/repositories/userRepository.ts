import { sql } from 'kysely';
import type { Role } from '../../shared/domain/role';
import type { User } from '../../shared/domain/user';
import type { Engine } from '../db/Engine';
import { engineSql, splitJoined } from './engineSql';
import type { StoreQueries } from './StoreQueries';

/** A profile with its stored passphrase hash, for signing in. */
export interface UserWithSecret extends User {
  passphraseHash: string;
}

/** Stores the office's people and their roles. */
export function userRepository(db: StoreQueries, engine: Engine) {
  const { joined } = engineSql(engine);
  const select = () =>
    db
      .selectFrom('users as u')
      .select(['u.id', 'u.name', 'u.display_name', 'u.active', 'u.passphrase_hash'])
      .select(sql<string | null>`(SELECT ${joined(sql.ref('r.role'))} FROM user_roles r WHERE r.user_id = u.id)`.as('roles'));
  const withSecret = (row: UserRow | undefined): UserWithSecret | undefined => row && { ...toUser(row), passphraseHash: row.passphrase_hash };
  const setRoles = async (id: number, roles: readonly Role[]) => {
    await db.deleteFrom('user_roles').where('user_id', '=', id).execute();
    const distinct = [...new Set(roles)];
    if (distinct.length > 0)
      await db
        .insertInto('user_roles')
        .values(distinct.map((role) => ({ user_id: id, role })))
        .execute();
  };

  return {
    /** How many profiles exist; zero means a single-person workstation. */
    count: async (): Promise<number> =>
      Number(
        (
          await db
            .selectFrom('users')
            .select((count) => count.fn.countAll().as('n'))
            .executeTakeFirst()
        )?.n ?? 0,
      ),
    /** Every profile, by display name. */
    list: async (): Promise<User[]> => (await select().orderBy(sql`lower(u.display_name)`).orderBy('u.id').execute()).map(toUser),
    /** One profile with its passphrase hash. */
    byId: async (id: number) => withSecret(await select().where('u.id', '=', id).executeTakeFirst()),
    /** One profile by sign-in name, with its passphrase hash. */
    byName: async (name: string) => withSecret(await select().where('u.name', '=', name).executeTakeFirst()),
    /** Active administrators left. */
    activeAdminCount: async (): Promise<number> => {
      const row = await db
        .selectFrom('users as u')
        .innerJoin('user_roles as r', (join) => join.onRef('r.user_id', '=', 'u.id').on('r.role', '=', 'admin'))
        .where('u.active', '=', 1)
        .select((count) => count.fn.countAll().as('n'))
        .executeTakeFirst();
      return Number(row?.n ?? 0);
    },
    /** Stores a profile and its roles; returns its id. */
    insert: async (user: { name: string; displayName: string; roles: readonly Role[]; passphraseHash: string }, at: string): Promise<number> => {
      const { id } = await db
        .insertInto('users')
        .values({ name: user.name, display_name: user.displayName, passphrase_hash: user.passphraseHash, created_at: at })
        .returning('id')
        .executeTakeFirstOrThrow();
      await setRoles(id, user.roles);
      return id;
    },
    /** Replaces a profile's roles. */
    setRoles,
    setActive: async (id: number, active: boolean): Promise<void> => {
      await db
        .updateTable('users')
        .set({ active: active ? 1 : 0 })
        .where('id', '=', id)
        .execute();
    },
    setDisplayName: async (id: number, displayName: string): Promise<void> => {
      await db.updateTable('users').set({ display_name: displayName }).where('id', '=', id).execute();
    },
    setPassphrase: async (id: number, hash: string): Promise<void> => {
      await db.updateTable('users').set({ passphrase_hash: hash }).where('id', '=', id).execute();
    },
  };
}

interface UserRow {
  id: number;
  name: string;
  display_name: string;
  active: number;
  passphrase_hash: string;
  roles: string | null;
}

function toUser(row: UserRow): User {
  return {
    id: row.id,
    name: row.name,
    displayName: row.display_name,
    roles: splitJoined(row.roles).sort() as Role[],
    active: row.active === 1,
  };
}
