import { bodyToPlainText } from '../../../shared/body/bodyToPlainText';
import { printLabels } from '../../../shared/print/printLabels';
import { formatDateline } from '../../../shared/format/formatDateline';
import { formatNumberLine } from '../../../shared/format/formatNumberLine';
import { translate } from '../../i18n/translate';
import type { CliContext } from '../CliContext';
import { parseId } from '../parseInteger';

/** `show ID`: one communiqué, as text laid out like the paper, or as JSON (`content`, `id`, `status`, `number`, `year`). */
export async function showCommand({ positionals, options, call, io, t }: CliContext): Promise<void> {
  const id = parseId(positionals[1], t);
  const communique = await call('getCommunique', { id });
  if (options.json) {
    const { content, status, number, year, revision, updatedAt } = communique;
    return io.out(JSON.stringify({ id, status, number, year, revision, updatedAt, content }, null, 2));
  }
  const { content } = communique;
  const series = (await call('listSeries', {})).find((candidate) => candidate.id === content.series);
  const pending = translate(content.language, 'cli.numberPending');
  const lines = [
    series ? formatNumberLine(series, content.language, communique.number, pending) : content.series,
    formatDateline(content.place, content.date, content.language),
    '',
    content.title || t('list.untitled'),
    '',
    ...content.summary.map((bullet) => `- ${bullet}`),
    ...(content.summary.length > 0 ? [''] : []),
    bodyToPlainText(content.body, printLabels[content.language].image),
  ];
  io.out(lines.join('\n'));
}
