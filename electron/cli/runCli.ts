import { parseArgs } from 'node:util';
import type { MethodName } from '../../shared/contract/contract';
import { fail } from '../../shared/contract/result';
import { AppError } from '../api/AppError';
import type { Backend } from '../api/createBackend';
import { openBackend } from '../api/openBackend';
import type { DatabaseLocation } from '../db/databaseLocation';
import { chosenDatabase, describeDatabase } from '../db/databaseLocation';
import { defaultDatabasePath } from '../db/defaultDatabasePath';
import { translate } from '../i18n/translate';
import { CliError } from './CliError';
import type { CliContext, CliOptions } from './CliContext';
import type { CliIo } from './CliIo';
import { approveCommand, publishCommand, requestChangesCommand, submitCommand } from './commands/reviewCommands';
import { exportCommand } from './commands/exportCommand';
import { logCommand, numbersCommand, voidCommand } from './commands/recordCommands';
import { usersCommand } from './commands/usersCommand';
import { signIn } from './signIn';
import { normalFingerprint } from '../../shared/desk/fingerprint';
import type { OfficeAddress } from '../office/officeTransport';
import { OfficeCertificateChanged, officeTransport } from '../office/officeTransport';
import type { Translate } from './Translate';
import { listCommand } from './commands/listCommand';
import { newCommand } from './commands/newCommand';
import { serveCommand } from './commands/serveCommand';
import { showCommand } from './commands/showCommand';
import { verifyCommand } from './commands/verifyCommand';
import { searchCommand } from './commands/searchCommand';
import { importCommand } from './commands/importCommand';
import { exportArchiveCommand } from './commands/exportArchiveCommand';
import { backupCommand } from './commands/backupCommand';
import { checkCommand } from './commands/checkCommand';
import { restoreCommand } from './commands/restoreCommand';
import { migrateCommand } from './commands/migrateCommand';

const verbs: Record<string, (context: CliContext) => Promise<void>> = {
  new: newCommand,
  list: listCommand,
  show: showCommand,
  serve: serveCommand,
  users: usersCommand,
  submit: submitCommand,
  approve: approveCommand,
  'request-changes': requestChangesCommand,
  void: voidCommand,
  publish: publishCommand,
  numbers: numbersCommand,
  log: logCommand,
  export: exportCommand,
  verify: verifyCommand,
  search: searchCommand,
  import: importCommand,
  'export-archive': exportArchiveCommand,
  backup: backupCommand,
  restore: restoreCommand,
  check: checkCommand,
  migrate: migrateCommand,
};
// Verbs on database files or addresses themselves, without a back end or signing in.
const fileVerbs = new Set(['backup', 'restore', 'check', 'migrate']);

/** Runs one command line and returns its exit status: 0 success, 1 user error, 2 bad usage. */
export async function runCli(args: string[], io: CliIo): Promise<number> {
  const t = (key: string, values: Record<string, unknown> = {}) => translate(io.locale, key, values);
  let backend: Backend | undefined;
  try {
    const { values: options, positionals } = parse(args, t);
    const verb = options.help ? 'help' : positionals[0];
    if (verb === undefined) throw new CliError(2, t('cli.missingVerb'));
    if (verb === 'help') {
      io.out(t('cli.usage', { defaultDb: defaultDatabasePath(io.env) }));
      return 0;
    }
    const command = verbs[verb];
    if (!command) throw new CliError(2, t('cli.unknownVerb', { verb }));
    const database = chosenDatabase(options.db, io.env);
    const databasePath = database.engine === 'sqlite' ? database.path : '';
    if (database.engine === 'postgres' && fileVerbs.has(verb) && verb !== 'migrate')
      throw new CliError(1, t('cli.notOnServer', { verb, where: describeDatabase(database) }));
    // `--office https://…`: every call goes to the office server instead of a database of this computer.
    const office = verb === 'serve' ? undefined : officeAddressOf(options, io.env, t);
    if (office && (verb === 'serve' || fileVerbs.has(verb))) throw new CliError(2, t('cli.notWithOffice', { verb }));
    let opening: Promise<Backend> | undefined;
    const openBackend = (): Promise<Backend> => {
      // `serve` is the app in a browser: it keeps the daily backup and offers the latest one when the store is damaged.
      opening ??= openOrExplain(database, options.as, t, verb === 'serve', verb === 'serve' && options.office !== undefined).then((opened) => {
        backend = opened;
        return opened;
      });
      return opening;
    };
    let session: string | undefined;
    const toOffice = office ? officeTransport(office) : undefined;
    const raw = async (method: MethodName, input: unknown) => {
      const meta = { locale: io.locale, session };
      if (!toOffice) return (await openBackend()).dispatch(method, input, meta, 'cli');
      try {
        const result = await toOffice(method, input, meta);
        // Not reached: said in the person's language, with the address tried.
        if (!result.ok && result.error.code === 'UNAVAILABLE') {
          const key = result.error.details.untrusted ? 'cli.officeUntrusted' : 'cli.officeUnreachable';
          return fail({ ...result.error, message: t(key, { url: office?.url, detail: result.error.message }) });
        }
        return result;
      } catch (error) {
        if (error instanceof OfficeCertificateChanged)
          throw new CliError(1, t('cli.officeCertificateChanged', { url: office?.url, expected: error.expected, found: error.found }));
        throw error;
      }
    };
    const call: CliContext['call'] = async (method, input) => {
      const result = await raw(method, input);
      if (!result.ok) throw new CliError(1, result.error.message, result.error.code);
      return result.value as never;
    };
    // Once profiles exist, every verb acts as a signed-in person: --as NAME, passphrase from the environment or asked.
    // The file verbs (backup, restore, check) work on the database file itself, damaged or not, without signing in.
    if (verb !== 'serve' && !fileVerbs.has(verb)) session = await signIn(raw, options.as, io, t);
    await command({ io, positionals, options, database, databasePath, backend: openBackend, call, t, office: office !== undefined });
    return 0;
  } catch (error) {
    if (error instanceof CliError) {
      if (error.message) io.err(error.message);
      return error.exitCode;
    }
    // On the person's own machine the detail helps whoever supports them.
    io.err(t('errors.INTERNAL'));
    io.err(t('cli.internalDetail', { detail: error instanceof Error ? error.message : String(error) }));
    return 1;
  } finally {
    await backend?.close();
  }
}

function parse(args: string[], t: Translate) {
  try {
    const { values, positionals } = parseArgs({
      // `serve --office` takes no address: a bare --office is read as an empty one.
      args: args.map((arg, index) => (arg === '--office' && (args[index + 1] === undefined || args[index + 1]?.startsWith('-')) ? '--office=' : arg)),
      allowPositionals: true,
      strict: true,
      options: {
        db: { type: 'string' },
        as: { type: 'string' },
        json: { type: 'boolean' },
        from: { type: 'string' },
        to: { type: 'string' },
        limit: { type: 'string' },
        port: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        role: { type: 'string' },
        display: { type: 'string' },
        comment: { type: 'string' },
        reason: { type: 'string' },
        date: { type: 'string' },
        csv: { type: 'boolean' },
        format: { type: 'string' },
        version: { type: 'string' },
        out: { type: 'string' },
        overwrite: { type: 'boolean' },
        'skip-existing': { type: 'boolean' },
        'new-token': { type: 'boolean' },
        office: { type: 'string' },
        fingerprint: { type: 'string' },
        listen: { type: 'string' },
        cert: { type: 'string' },
        key: { type: 'string' },
        year: { type: 'string' },
        series: { type: 'string' },
        language: { type: 'string' },
        'dry-run': { type: 'boolean' },
      },
    });
    return { values: values as CliOptions, positionals };
  } catch (error) {
    const option = /'(-[^']*)'/.exec(error instanceof Error ? error.message : '')?.[1];
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) throw new CliError(2, t('cli.unknownOption', { option }));
    throw new CliError(2, t('cli.badOption', { detail: error instanceof Error ? error.message : String(error) }));
  }
}

/** Opens the store, turning a refused or unreadable database (a file, an office server that does not answer) into a one-line user error. */
async function openOrExplain(database: DatabaseLocation, actorName: string | undefined, t: Translate, longRunning: boolean, office: boolean): Promise<Backend> {
  try {
    // An office server never offers its latest backup to whoever opens its page: a damaged store is IT's to restore.
    return await openBackend(database, { workstationName: actorName, dailyBackups: longRunning, offerRestore: longRunning && !office, office });
  } catch (error) {
    if (error instanceof AppError) throw new CliError(1, t(`errors.${error.code}`, error.details));
    const file = describeDatabase(database);
    throw new CliError(1, t('cli.cannotOpenDatabase', { file, detail: error instanceof Error ? error.message : String(error) }));
  }
}

/** The office server named by `--office URL` (https only) and its pinned fingerprint (`--fingerprint`, REDACTA_OFFICE_FINGERPRINT), if any. */
function officeAddressOf(options: CliOptions, env: NodeJS.ProcessEnv, t: Translate): OfficeAddress | undefined {
  if (options.office === undefined) return undefined;
  if (options.db !== undefined) throw new CliError(2, t('cli.officeOrDb'));
  let url: URL;
  try {
    url = new URL(options.office);
  } catch {
    throw new CliError(2, t('cli.badOfficeUrl', { value: options.office }));
  }
  if (url.protocol !== 'https:') throw new CliError(2, t('cli.badOfficeUrl', { value: options.office }));
  const given = options.fingerprint ?? env.REDACTA_OFFICE_FINGERPRINT;
  // Written as the server prints it, or as a browser shows it (lower case, spaces, no colons).
  const fingerprint = given === undefined ? undefined : normalFingerprint(given);
  if (fingerprint === null) throw new CliError(2, t('cli.badFingerprint', { value: given }));
  return { url: url.origin, fingerprint };
}
