import { performance } from 'node:perf_hooks';
import { languageSchema } from '../../../shared/domain/language';
import { CliError } from '../CliError';
import type { CliContext } from '../CliContext';
import { formatTable } from '../formatTable';
import { parseInteger } from '../parseInteger';

/**
 * `search QUERY [--year Y] [--series S] [--language L] [--limit N] [--json]`: communiqués by words (accents ignored,
 * ñ kept, `pref*`, "a phrase"), best match first; JSON: `{hits: [{id, number, year, title, snippet}], total, tookMs}`.
 */
export async function searchCommand({ positionals, options, call, io, t }: CliContext): Promise<void> {
  const text = positionals.slice(1).join(' ').trim();
  if (!text) throw new CliError(2, t('cli.missingArgument', { what: t('cli.arg.query') }));
  const language = options.language === undefined ? undefined : languageSchema.safeParse(options.language).data;
  if (options.language !== undefined && !language) throw new CliError(2, t('cli.badLanguage', { language: options.language }));
  const started = performance.now();
  const page = await call('findCommuniques', {
    text,
    ...(options.year === undefined ? {} : { year: parseInteger(options.year, '--year', t) }),
    ...(options.series === undefined ? {} : { series: options.series }),
    ...(language === undefined ? {} : { language }),
    limit: options.limit === undefined ? 20 : Math.min(200, parseInteger(options.limit, '--limit', t)),
  });
  const tookMs = Math.round((performance.now() - started) * 100) / 100;
  const hits = page.items.map((item) => ({
    id: item.id,
    number: item.number,
    year: item.year,
    title: item.title,
    snippet: (item.snippet ?? []).map((part) => (part.hit ? `[${part.text}]` : part.text)).join(''),
  }));
  if (options.json) return io.out(JSON.stringify({ hits, total: page.total, tookMs }));
  if (hits.length === 0) return io.out(t('cli.noHits', { query: text }));
  io.out(
    formatTable(
      ['ID', t('list.number'), t('list.title'), t('cli.where')],
      hits.map((hit) => [String(hit.id), hit.number === null ? '—' : `${hit.number}/${hit.year}`, hit.title || t('list.untitled'), hit.snippet]),
    ),
  );
  io.out(t('cli.hitCount', { count: page.total, shown: hits.length }));
}
