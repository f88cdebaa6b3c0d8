import type { Database } from 'better-sqlite3';
import type { Role } from '../../shared/domain/role';
import type { User } from '../../shared/domain/user';

interface UserRow {
  id: number;
  name: string;
  display_name: string;
  active: number;
  roles: string | null;
}

/** A profile with its stored passphrase hash, for signing in. */
export interface UserWithSecret extends User {
  passphraseHash: string;
}

/** Stores the office's people and their roles. */
export function userRepository(db: Database) {
  const select = `SELECT u.id, u.name, u.display_name, u.active, u.passphrase_hash,
                    (SELECT group_concat(role, ',') FROM user_roles r WHERE r.user_id = u.id) AS roles
                  FROM users u`;
  const count = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM users');
  const all = db.prepare<[], UserRow>(`${select} ORDER BY u.display_name COLLATE NOCASE`);
  const byId = db.prepare<[number], UserRow & { passphrase_hash: string }>(`${select} WHERE u.id = ?`);
  const byName = db.prepare<[string], UserRow & { passphrase_hash: string }>(`${select} WHERE u.name = ?`);
  const insert = db.prepare('INSERT INTO users (name, display_name, passphrase_hash, created_at) VALUES (?, ?, ?, ?)');
  const addRole = db.prepare('INSERT INTO user_roles (user_id, role) VALUES (?, ?)');
  const clearRoles = db.prepare('DELETE FROM user_roles WHERE user_id = ?');
  const setActive = db.prepare('UPDATE users SET active = ? WHERE id = ?');
  const setDisplayName = db.prepare('UPDATE users SET display_name = ? WHERE id = ?');
  const setPassphrase = db.prepare('UPDATE users SET passphrase_hash = ? WHERE id = ?');
  const activeAdmins = db.prepare<[], { n: number }>(
    "SELECT count(*) AS n FROM users u JOIN user_roles r ON r.user_id = u.id AND r.role = 'admin' WHERE u.active = 1",
  );
  const withSecret = (row: (UserRow & { passphrase_hash: string }) | undefined): UserWithSecret | undefined =>
    row && { ...toUser(row), passphraseHash: row.passphrase_hash };

  return {
    /** How many profiles exist; zero means a single-person workstation. */
    count: (): number => count.get()?.n ?? 0,
    /** Every profile, by display name. */
    list: (): User[] => all.all().map(toUser),
    /** One profile with its passphrase hash. */
    byId: (id: number) => withSecret(byId.get(id)),
    /** One profile by sign-in name, with its passphrase hash. */
    byName: (name: string) => withSecret(byName.get(name)),
    /** Active administrators left. */
    activeAdminCount: (): number => activeAdmins.get()?.n ?? 0,
    /** Stores a profile and its roles; returns its id. */
    insert: (user: { name: string; displayName: string; roles: readonly Role[]; passphraseHash: string }, at: string): number => {
      const id = Number(insert.run(user.name, user.displayName, user.passphraseHash, at).lastInsertRowid);
      for (const role of new Set(user.roles)) addRole.run(id, role);
      return id;
    },
    /** Replaces a profile's roles. */
    setRoles: (id: number, roles: readonly Role[]): void => {
      clearRoles.run(id);
      for (const role of new Set(roles)) addRole.run(id, role);
    },
    setActive: (id: number, active: boolean): void => void setActive.run(active ? 1 : 0, id),
    setDisplayName: (id: number, displayName: string): void => void setDisplayName.run(displayName, id),
    setPassphrase: (id: number, hash: string): void => void setPassphrase.run(hash, id),
  };
}

function toUser(row: UserRow): User {
  return {
    id: row.id,
    name: row.name,
    displayName: row.display_name,
    roles: (row.roles ? row.roles.split(',') : []).sort() as Role[],
    active: row.active === 1,
  };
}
