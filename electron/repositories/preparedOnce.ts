import type { Database, Statement } from 'better-sqlite3';
import type { SqliteDatabase } from 'kysely';

/** Statements kept per connection at most: the store's queries come in a few hundred shapes. */
const kept = 1_000;

/**
 * A SQLite connection as the query builder uses it, preparing each distinct statement once (the query builder prepares
 * on every call otherwise, which costs more than most of the store's queries take to run).
 */
export function preparedOnce(db: Database): SqliteDatabase {
  const statements = new Map<string, Statement>();
  return {
    close: () => db.close(),
    prepare: (sql) => {
      let statement = statements.get(sql);
      if (!statement) {
        statement = db.prepare(sql);
        if (statements.size < kept) statements.set(sql, statement);
      }
      return statement;
    },
  };
}
