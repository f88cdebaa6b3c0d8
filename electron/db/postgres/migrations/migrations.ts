import type { PostgresMigration } from '../PostgresMigration';
import { schema } from './0001_schema';
import { defaultData } from './0002_defaultData';
import { sessions } from './0003_sessions';
import { draftKeys } from './0004_draftKeys';

/** Every PostgreSQL migration, in order (its own numbering: SQLite's lives in ../../migrations). */
export const postgresMigrations: readonly PostgresMigration[] = [schema, defaultData, sessions, draftKeys];
