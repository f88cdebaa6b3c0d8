import type { Database } from 'better-sqlite3';

/** Reads the office's people. */
export function userRepository(db: Database) {
  const count = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM users');
  return {
    /** How many people have a profile; zero means a single-person workstation. */
    count: (): number => count.get()?.n ?? 0,
  };
}
