import { userInfo } from 'node:os';
import type { Database } from 'better-sqlite3';
import { roles } from '../../shared/domain/role';
import { userRepository } from '../repositories/userRepository';
import type { Actor } from './Actor';
import { AppError } from './AppError';

/**
 * Establishes who is working. With no profiles yet the database is a single-person workstation and that
 * person holds every role; once profiles exist, a sign-in is required.
 */
export function resolveActor(db: Database, requestedName?: string): Actor {
  if (userRepository(db).count() === 0) {
    return { name: requestedName?.trim() || systemUserName(), roles: [...roles], workstation: true };
  }
  throw new AppError('UNAUTHORIZED', {});
}

function systemUserName(): string {
  try {
    return userInfo().username || 'redacta';
  } catch {
    return 'redacta';
  }
}
