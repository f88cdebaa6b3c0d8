import type { ErrorCode } from '../../shared/contract/errorCode';
import type { Repositories } from '../repositories/createRepositories';
import { AppError } from './AppError';

/**
 * A refusal that is itself a fact to keep (a failed sign-in): the call's transaction is undone as for any refusal, then
 * the dispatcher runs `record` in a write transaction of its own before answering.
 */
export class RecordedRefusal extends AppError {
  /** Writes what the refusal leaves on record (an audit entry), on the repositories of its own write transaction. */
  readonly record: (repos: Repositories) => Promise<void>;

  constructor(code: ErrorCode, details: Record<string, unknown>, record: (repos: Repositories) => Promise<void>) {
    super(code, details);
    this.name = 'RecordedRefusal';
    this.record = record;
  }
}
