import type { CliContext } from '../CliContext';
import { formatTable } from '../formatTable';
import { parseInteger } from '../parseInteger';

/** `list [--limit N]`: communiqués, most recently changed first. */
export async function listCommand({ options, call, io, t }: CliContext): Promise<void> {
  const limit = options.limit === undefined ? undefined : parseInteger(options.limit, '--limit', t);
  const rows = await call('listCommuniques', limit === undefined ? {} : { limit });
  if (options.json) return io.out(JSON.stringify(rows, null, 2));
  if (rows.length === 0) return io.out(t('cli.noCommuniques'));
  io.out(
    formatTable(
      ['ID', t('list.number'), t('list.series'), t('list.language'), t('list.status'), t('list.title')],
      rows.map((row) => [
        String(row.id),
        row.number === null ? '—' : `${row.number}/${row.year}`,
        row.series,
        row.language,
        t(`status.${row.status}`),
        row.title || t('list.untitled'),
      ]),
    ),
  );
}
