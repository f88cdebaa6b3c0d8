import type { Pool } from 'pg';
import { AppError } from '../../api/AppError';

/**
 * Makes sure the office database answers before anything relies on it; what stops it becomes one typed error a person
 * can act on (no server there, login refused, no such database) instead of a driver's stack.
 */
export async function reachPostgres(pool: Pool, where: string): Promise<void> {
  try {
    await pool.query('SELECT 1');
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    if (code === '28P01' || code === '28000') throw new AppError('DATABASE_LOGIN_REFUSED', { where });
    if (code === '3D000') throw new AppError('DATABASE_NOT_FOUND', { where });
    if (typeof code === 'string' && /^(ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|ECONNRESET)$/.test(code))
      throw new AppError('DATABASE_UNREACHABLE', { where });
    if (error instanceof Error && /timeout/i.test(error.message)) throw new AppError('DATABASE_UNREACHABLE', { where });
    throw error;
  }
}
