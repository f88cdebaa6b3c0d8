import type { MethodInput, MethodName, MethodOutput } from '../../shared/contract/contract';
import type { Backend } from '../api/createBackend';
import type { DatabaseLocation } from '../db/databaseLocation';
import type { CliIo } from './CliIo';
import type { Translate } from './Translate';

/** What a verb receives: its arguments, the output, and a typed call into the contract. */
export interface CliContext {
  io: CliIo;
  positionals: string[];
  options: CliOptions;
  /** The database the verb works on (`--db`, else REDACTA_DATABASE_URL, else the desk's file). */
  database: DatabaseLocation;
  /** The desk's database file, for the verbs on files (backup, restore, check); refused before they run on an office database. */
  databasePath: string;
  backend: () => Promise<Backend>;
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
  t: Translate;
  /** Acting on an office server (`--office`): files the verb writes go to this computer's folders, never the server's. */
  office: boolean;
}

/** The options the CLI accepts, parsed. */
export interface CliOptions {
  db?: string | undefined;
  as?: string | undefined;
  json?: boolean | undefined;
  from?: string | undefined;
  to?: string | undefined;
  limit?: string | undefined;
  port?: string | undefined;
  help?: boolean | undefined;
  role?: string | undefined;
  display?: string | undefined;
  comment?: string | undefined;
  reason?: string | undefined;
  date?: string | undefined;
  csv?: boolean | undefined;
  year?: string | undefined;
  series?: string | undefined;
  language?: string | undefined;
  'new-token'?: boolean | undefined;
  /** `serve --office` (empty), or the office server the other verbs act on (`--office https://…`). */
  office?: string | undefined;
  fingerprint?: string | undefined;
  listen?: string | undefined;
  cert?: string | undefined;
  key?: string | undefined;
  format?: string | undefined;
  version?: string | undefined;
  out?: string | undefined;
  overwrite?: boolean | undefined;
  'skip-existing'?: boolean | undefined;
  'dry-run'?: boolean | undefined;
}
