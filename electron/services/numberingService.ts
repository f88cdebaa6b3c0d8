import type { Numbering } from '../../shared/domain/numbering';
import { mayContinueNumberingAt } from '../../shared/domain/numbering';
import { AppError } from '../api/AppError';
import type { Handlers } from '../api/Handlers';
import type { Repositories } from '../repositories/createRepositories';

/** Where numbering stands, and the office's own numbers issued before Redacta (or outside it). */
export const numberingService: Pick<Handlers, 'getNumbering' | 'continueNumbering'> = {
  getNumbering: async ({ series, year }, { repos }) => await numbering(repos, series, year),

  continueNumbering: async ({ series, year, next, reason }, { repos, actor, now }) => {
    const found = await repos.series.get(series);
    if (!found) throw new AppError('UNKNOWN_SERIES', { series });
    if (!found.numbered) throw new AppError('SERIES_NOT_NUMBERED', { series: found.label.es });
    // Checked under the write lock: an approval cannot slip a number in between.
    const current = await repos.numbers.next(series, year);
    if (!mayContinueNumberingAt(next, current)) throw new AppError('NUMBERING_BACKWARDS', { series: found.label.es, year, requested: next, next: current });
    const at = now().toISOString();
    await repos.numbers.stateIssuedOutside(series, year, next - 1, actor.name, at, reason);
    await repos.audit.append({ at, actor: actor.name, action: 'numbers-continue', communiqueId: null, details: { series, year, next, reason } });
    return await numbering(repos, series, year);
  },
};

async function numbering(repos: Repositories, series: string, year: number): Promise<Numbering> {
  return { series, year, next: await repos.numbers.next(series, year), issuedOutside: await repos.numbers.issuedOutside(series, year) };
}
