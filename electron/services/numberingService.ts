import type { Numbering } from '../../shared/domain/numbering';
import { mayContinueNumberingAt } from '../../shared/domain/numbering';
import { AppError } from '../api/AppError';
import type { Handlers } from '../api/Handlers';
import type { Repositories } from '../repositories/createRepositories';

/** Where numbering stands, and the office's own numbers issued before Redacta (or outside it). */
export const numberingService: Pick<Handlers, 'getNumbering' | 'continueNumbering'> = {
  getNumbering: ({ series, year }, { repos }) => numbering(repos, series, year),

  continueNumbering: ({ series, year, next, reason }, { repos, actor, now }) => {
    const found = repos.series.get(series);
    if (!found) throw new AppError('UNKNOWN_SERIES', { series });
    if (!found.numbered) throw new AppError('SERIES_NOT_NUMBERED', { series: found.label.es });
    // Checked under the write lock: an approval cannot slip a number in between.
    const current = repos.numbers.next(series, year);
    if (!mayContinueNumberingAt(next, current)) throw new AppError('NUMBERING_BACKWARDS', { series: found.label.es, year, requested: next, next: current });
    const at = now().toISOString();
    repos.numbers.stateIssuedOutside(series, year, next - 1, actor.name, at, reason);
    repos.audit.append({ at, actor: actor.name, action: 'numbers-continue', communiqueId: null, details: { series, year, next, reason } });
    return numbering(repos, series, year);
  },
};

function numbering(repos: Repositories, series: string, year: number): Numbering {
  return { series, year, next: repos.numbers.next(series, year), issuedOutside: repos.numbers.issuedOutside(series, year) };
}
