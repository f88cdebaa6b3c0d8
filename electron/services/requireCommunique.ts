import type { Communique } from '../../shared/domain/communique';
import { AppError } from '../api/AppError';
import type { Repositories } from '../repositories/createRepositories';

/** The communiqué, or a NOT_FOUND the user can read. */
export async function requireCommunique(repos: Pick<Repositories, 'communiques'>, id: number): Promise<Communique> {
  const communique = await repos.communiques.get(id);
  if (!communique) throw new AppError('NOT_FOUND', { id });
  return communique;
}
