import type { RawBuilder } from 'kysely';
import { sql } from 'kysely';
import type { Engine } from '../db/Engine';

/** The few expressions the two engines spell differently; everything else is written once. */
export const engineSql = (engine: Engine) => ({
  /** The larger of two values (SQLite's scalar max, PostgreSQL's greatest). */
  greatest: (a: RawBuilder<unknown>, b: RawBuilder<unknown>) => (engine === 'sqlite' ? sql`max(${a}, ${b})` : sql`greatest(${a}, ${b})`),
  /** A group's texts joined by the unit separator (never in a name), in no particular order. */
  joined: (column: RawBuilder<unknown>) =>
    engine === 'sqlite' ? sql<string | null>`group_concat(${column}, char(31))` : sql<string | null>`string_agg(${column}, chr(31))`,
});

/** The texts `joined` made, as a list. */
export const splitJoined = (value: string | null): string[] => (value ? value.split('\u001f') : []);
