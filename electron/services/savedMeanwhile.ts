import { AppError } from '../api/AppError';
import type { Repositories } from '../repositories/createRepositories';

/** A save refused because someone saved since `expected`: names the draft, both revisions and who saved (profile and name). */
export async function savedMeanwhile(repos: Repositories, conflict: { id: number; expected: number; current: number; by: string }): Promise<AppError> {
  const person = await repos.users.byName(conflict.by);
  return new AppError('REVISION_CONFLICT', { ...conflict, byName: person?.displayName ?? conflict.by });
}
