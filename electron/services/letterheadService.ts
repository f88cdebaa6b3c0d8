import { AppError } from '../api/AppError';
import type { Handlers } from '../api/Handlers';
import { letterheadRepository } from '../repositories/letterheadRepository';

/** Letterheads: what every page carries. */
export const letterheadService: Pick<Handlers, 'getLetterhead'> = {
  getLetterhead: ({ id }, { db }) => {
    const letterhead = letterheadRepository(db).get(id);
    if (!letterhead) throw new AppError('LETTERHEAD_NOT_FOUND', { id });
    return letterhead;
  },
};
