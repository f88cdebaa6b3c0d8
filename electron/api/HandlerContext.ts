import type { SessionStore } from '../auth/SessionStore';
import type { BackupSource } from '../backup/copyDatabase';
import type { RestoreOutcome } from '../backup/restoreDatabase';
import type { SignInAttempts } from '../auth/SignInAttempts';
import type { PdfPrinter } from '../export/pdf/PdfPrinter';
import type { Repositories } from '../repositories/createRepositories';
import type { Engine } from '../db/Engine';
import type { Actor } from './Actor';
import type { ChangeFeed } from './changeFeed';

/** What the back end shares across calls. */
export interface BackendContext {
  /** The engine the store runs on: a desk's SQLite file, or an office's PostgreSQL (backed up by its server, not here). */
  engine: Engine;
  databasePath: string;
  /** An office server: signed-in people only, never the one-person workstation of a desk without profiles. */
  office: boolean;
  /** Where writes that landed are announced (an office server's open screens listen). */
  changes: ChangeFeed;
  /** Failed sign-ins per profile and per place, which slow the next ones (`shared/auth/signInThrottle.ts`). */
  signInAttempts: SignInAttempts;
  /** The name a workstation without profiles records (`--as`, else the system user). */
  workstationName?: string | undefined;
  /** The current time; injected so tests can fix it. */
  now(): Date;
  /** Prints PDFs on the preview's layout (Electron's printToPDF in the app, Chromium elsewhere). */
  printer: PdfPrinter;
  /** The open store, as SQLite's online backup copies it. */
  backupSource: BackupSource;
  /** better-sqlite3's addon built for Electron, when running inside it (a backup's check loads it on a worker thread). */
  nativeBinding?: string | undefined;
  /** Closes the store, puts the backup `file` in its place (restoreDatabase's checks) and opens it again; `by` is recorded. */
  replaceStore(file: string, by: string): Promise<RestoreOutcome>;
}

/** What every contract handler may use: the shared context plus who is calling, on which session. */
export interface HandlerContext extends BackendContext {
  /** The repositories of the call's transaction, which the dispatcher has opened. */
  repos: Repositories;
  /** The sessions of the call's write transaction (opening, renewing, closing them). */
  sessions: SessionStore;
  actor: Actor;
  session: string | undefined;
  /** Where the call comes from, as its binding said (`desk`, the browser's address, `local` otherwise); never the caller's claim. */
  source: string;
}
