import type { Database } from 'better-sqlite3';
import type { Communique } from '../../shared/domain/communique';
import { AppError } from '../api/AppError';
import { communiqueRepository } from '../repositories/communiqueRepository';

/** The communiqué, or a NOT_FOUND the user can read. */
export function requireCommunique(db: Database, id: number): Communique {
  const communique = communiqueRepository(db).get(id);
  if (!communique) throw new AppError('NOT_FOUND', { id });
  return communique;
}
