/** The database engine a store runs on: SQLite on a single desk, PostgreSQL for an office. */
export type Engine = 'sqlite' | 'postgres';
