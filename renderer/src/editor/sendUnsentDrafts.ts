import { notReached } from '../../../shared/contract/notReached';
import type { RedactaApi } from '../../../shared/contract/redactaApi';
import { markUnsentDraftSent, unsentDrafts } from './unsentDrafts';

/**
 * Sends every draft started here that has not reached the office yet, under its name (the office makes each once,
 * however often or from however many windows it is sent). Returns how many arrived. One the office refuses (saved from
 * elsewhere since an earlier send, or a role gone) stays here for the person to open, where the editor says why; the
 * first that does not reach the office stops the round.
 */
export async function sendUnsentDrafts(api: RedactaApi): Promise<number> {
  let arrived = 0;
  for (const draft of unsentDrafts()) {
    const created = await api.createCommunique({ content: draft.content, draftKey: draft.key });
    if (created.ok) {
      markUnsentDraftSent(draft.key, created.value.id);
      arrived++;
    } else if (notReached(created.error.code)) break;
  }
  return arrived;
}
