import { z } from 'zod';

/** The largest whole number either engine stores in an integer column (PostgreSQL's `integer`). */
export const maxStoredInteger = 2_147_483_647;

/** An id, revision, number or sequence as both engines store it: positive, at most `maxStoredInteger`. */
export const storedIntegerSchema = z.number().int().positive().max(maxStoredInteger);
