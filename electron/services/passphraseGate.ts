import { signInRetryClock, signInThrottle } from '../../shared/auth/signInThrottle';
import { AppError } from '../api/AppError';
import type { HandlerContext } from '../api/HandlerContext';
import { RecordedRefusal } from '../api/RecordedRefusal';

/**
 * Guards one passphrase check (`shared/auth/signInThrottle.ts`): `enter` refuses at once while the profile or place must
 * wait (SIGN_IN_LOCKED, with when to try again) and otherwise counts the attempt as failed until it proves right, so
 * attempts sent together wait their turn too; `refused` is the answer to a wrong one, kept in the audit log;
 * `passed` forgives the profile's failures and takes back this attempt's count from the place (whose earlier
 * failures are only forgotten with time, so one's own sign-in does not clear the way for guessing others').
 */
export function passphraseGate(context: Pick<HandlerContext, 'signInAttempts' | 'now' | 'source'>, name: string, { bySource }: { bySource: boolean }) {
  const { signInAttempts, now, source } = context;
  const profileKey = `profile:${name}`;
  const sourceKeys = bySource ? [`source:${source}`] : [];
  const keys = [profileKey, ...sourceKeys];
  let locked = false;
  let enteredAt = 0;
  return {
    enter(): void {
      const at = now().getTime();
      enteredAt = at;
      const waitUntil = signInAttempts.retryAt(keys, at);
      if (waitUntil !== null) {
        // Said as it is: the place (a network many share) waits, or this profile does.
        const byPlace = signInAttempts.retryAt(sourceKeys, at) === waitUntil;
        const details = { retryAt: new Date(waitUntil).toISOString(), until: signInRetryClock(waitUntil, at) };
        throw new AppError('SIGN_IN_LOCKED', byPlace ? { ...details, context: 'place' } : details);
      }
      const retryAt = signInAttempts.fail(keys, at);
      locked = retryAt !== null && retryAt - at >= signInThrottle.lockMs;
    },
    refused(): RecordedRefusal {
      const at = now().toISOString();
      // A failure that starts a lock says so: the office sees when someone was kept out.
      const details = { name, source, ...(locked ? { locked } : {}) };
      return new RecordedRefusal('SIGN_IN_FAILED', {}, (repos) =>
        repos.audit.append({ at, actor: name, action: 'sign-in-failed', communiqueId: null, details }),
      );
    },
    passed(): void {
      signInAttempts.forgive([profileKey]);
      signInAttempts.withdraw(sourceKeys, enteredAt);
    },
  };
}
