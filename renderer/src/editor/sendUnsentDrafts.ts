import { notReached } from '../../../shared/contract/notReached';
import type { RedactaApi } from '../../../shared/contract/redactaApi';
import { holdDraft } from './holdDraft';
import { markUnsentDraftSent, readUnsentDraft, unsentDrafts } from './unsentDrafts';

/**
 * Sends every draft started here that has not reached the office yet, under its name (the office makes each once,
 * however often it is sent). Returns how many arrived. One open in a window is left to it. One the office refuses (saved from
 * elsewhere since an earlier send, or a role gone) stays here for the person to open, where the editor says why; the
 * first that does not reach the office stops the round.
 */
export async function sendUnsentDrafts(api: RedactaApi): Promise<number> {
  let arrived = 0;
  for (const { key } of unsentDrafts()) {
    // A draft open in a window (this browser's other tabs included) is that window's to send.
    const release = await holdDraft(key);
    if (!release) continue;
    try {
      const draft = readUnsentDraft(key);
      if (!draft) continue;
      const created = await api.createCommunique({ content: draft.content, draftKey: key });
      if (created.ok) {
        markUnsentDraftSent(key, created.value.id);
        arrived++;
      } else if (notReached(created.error.code)) break;
    } finally {
      release();
    }
  }
  return arrived;
}
