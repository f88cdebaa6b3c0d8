import type { Language } from '../../shared/domain/language';

/** Where the CLI writes and what it knows of its surroundings; tests pass their own. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  env: NodeJS.ProcessEnv;
  locale: Language;
  /** Ends a long-running verb (`serve`); the process's signals otherwise. */
  stop?: AbortSignal;
  /** Asks for a passphrase when none is in the environment (a terminal prompt; tests give none). */
  askSecret?(question: string): Promise<string | undefined>;
}
