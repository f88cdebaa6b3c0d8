import { CliError } from '../CliError';
import type { CliContext } from '../CliContext';
import { formatTable } from '../formatTable';
import { parseId, parseInteger } from '../parseInteger';
import { numbersCsv } from '../../../shared/review/numbersCsv';

/** `void SERIES YEAR NUMBER --reason TEXT`: voids an assigned number; it stays in the log and is never reused. */
export async function voidCommand({ positionals, options, call, io, t }: CliContext): Promise<void> {
  const [, series, yearText, numberText] = positionals;
  if (!series || !yearText || !numberText) throw new CliError(2, t('cli.missingArgument', { what: t('cli.arg.seriesYearNumber') }));
  if (!options.reason) throw new CliError(2, t('cli.missingArgument', { what: t('cli.arg.reason') }));
  const entry = await call('voidNumber', {
    series,
    year: parseInteger(yearText, t('cli.arg.year'), t),
    number: parseInteger(numberText, t('cli.arg.number'), t),
    reason: options.reason,
  });
  io.out(options.json ? JSON.stringify(entry) : t('cli.voided', { series, year: entry.year, number: entry.number, id: entry.communiqueId }));
}

/** `numbers start SERIES YEAR N --reason TEXT`: the office issued up to N-1 outside Redacta; the next number is N. */
async function continueNumberingCommand({ positionals, options, call, io, t }: CliContext): Promise<void> {
  const [, , series, yearText, nextText] = positionals;
  if (!series || !yearText || !nextText) throw new CliError(2, t('cli.missingArgument', { what: t('cli.arg.seriesYearNext') }));
  if (!options.reason) throw new CliError(2, t('cli.missingArgument', { what: t('cli.arg.reason') }));
  const numbering = await call('continueNumbering', {
    series,
    year: parseInteger(yearText, t('cli.arg.year'), t),
    next: parseInteger(nextText, t('cli.arg.next'), t),
    reason: options.reason,
  });
  io.out(
    options.json ? JSON.stringify(numbering) : t('cli.numberingContinues', { series, year: numbering.year, upTo: numbering.next - 1, next: numbering.next }),
  );
}

/** `numbers SERIES YEAR [--csv|--json]`: the year's number log of a series; `numbers start …` continues the office's own. */
export async function numbersCommand(context: CliContext): Promise<void> {
  const { positionals, options, call, io, t } = context;
  if (positionals[1] === 'start') return continueNumberingCommand(context);
  const [, series, yearText] = positionals;
  if (!series || !yearText) throw new CliError(2, t('cli.missingArgument', { what: t('cli.arg.seriesYear') }));
  const year = parseInteger(yearText, t('cli.arg.year'), t);
  const entries = await call('listNumbers', { series, year });
  if (options.json) return io.out(JSON.stringify(entries, null, 2));
  if (options.csv) return io.out(numbersCsv(entries, io.locale));
  const numbering = await call('getNumbering', { series, year });
  for (const statement of numbering.issuedOutside)
    io.out(
      t('cli.issuedOutside', {
        upTo: statement.upTo,
        by: statement.statedBy,
        when: statement.statedAt.slice(0, 16).replace('T', ' '),
        reason: statement.reason,
      }),
    );
  if (entries.length === 0) return io.out(`${t('cli.noNumbers', { series, year: yearText })} ${t('cli.nextNumber', { next: numbering.next })}`);
  io.out(
    formatTable(
      [t('list.number'), t('cli.state'), 'ID', t('cli.by'), t('cli.when'), t('list.title')],
      entries.map((entry) => [
        String(entry.number),
        t(`cli.numberState.${entry.state}`) + (entry.voidReason ? ` (${entry.voidReason})` : ''),
        String(entry.communiqueId),
        entry.voidedBy ?? entry.assignedBy,
        (entry.voidedAt ?? entry.assignedAt).slice(0, 16).replace('T', ' '),
        entry.title,
      ]),
    ),
  );
  io.out(t('cli.nextNumber', { next: numbering.next }));
}

/** `log [ID] [--limit N]`: the audit log of one communiqué, or of the office. */
export async function logCommand({ positionals, options, call, io, t }: CliContext): Promise<void> {
  const id = positionals[1] === undefined ? undefined : parseId(positionals[1], t);
  const limit = options.limit === undefined ? undefined : parseInteger(options.limit, '--limit', t);
  const entries = await call('listAudit', { ...(id === undefined ? {} : { id }), ...(limit === undefined ? {} : { limit }) });
  if (options.json) return io.out(JSON.stringify(entries, null, 2));
  // The action in words when the catalog knows it (a newer Redacta's action stays as its code).
  const actionWords = (action: string) => {
    const key = `audit.action.${action}`;
    const words = t(key);
    return words === key ? action : words;
  };
  io.out(
    formatTable(
      [t('cli.when'), t('cli.by'), t('cli.action'), 'ID', t('cli.details')],
      entries.map((entry) => [
        entry.at.slice(0, 19).replace('T', ' '),
        entry.actor,
        actionWords(entry.action),
        entry.communiqueId === null ? '—' : String(entry.communiqueId),
        JSON.stringify(entry.details),
      ]),
    ),
  );
}
