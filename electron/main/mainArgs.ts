import { parseArgs } from 'node:util';

/** The desktop app's own options: `--db FILE` chooses the store. Anything else (Chromium's switches) is ignored. */
export function mainArgs(argv: string[]): { db?: string | undefined } {
  const { values } = parseArgs({ args: argv, options: { db: { type: 'string' } }, strict: false, allowPositionals: true });
  return { db: typeof values.db === 'string' ? values.db : undefined };
}
