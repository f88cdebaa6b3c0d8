import { readFile } from 'node:fs/promises';
import { CliError } from '../CliError';
import type { CliContext } from '../CliContext';
import { describeReadError } from '../describeReadError';

/** `new --from FILE.json`: creates a draft from a content object. */
export async function newCommand({ options, call, io, t }: CliContext): Promise<void> {
  const file = options.from;
  if (!file) throw new CliError(2, t('cli.missingArgument', { what: t('cli.arg.from') }));
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new CliError(1, describeReadError(error, file, t));
  }
  let content: unknown;
  try {
    content = JSON.parse(text);
  } catch (error) {
    throw new CliError(1, t('cli.fileNotJson', { file, detail: error instanceof Error ? error.message : String(error) }));
  }
  const created = await call('createCommunique', { content: content as never });
  io.out(options.json ? JSON.stringify({ id: created.id }) : t('cli.created', { id: created.id }));
}
