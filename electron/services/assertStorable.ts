import { validateBody } from '../../shared/body/validateBody';
import type { Content } from '../../shared/domain/content';
import { AppError } from '../api/AppError';
import type { Repositories } from '../repositories/createRepositories';

/** Refuses content whose series does not exist or whose body does not fit the shared tiptap schema. */
export function assertStorable(content: Content, repos: Repositories): void {
  if (!repos.series.get(content.series)) {
    throw new AppError('UNKNOWN_SERIES', {
      series: content.series,
      available: repos.series
        .list()
        .map((s) => s.id)
        .join(', '),
    });
  }
  const problem = validateBody(content.body);
  if (problem) throw new AppError('INVALID_BODY', { ...problem });
}
