import { notReached } from '../../../shared/contract/notReached';
import type { RedactaApi } from '../../../shared/contract/redactaApi';
import { holdDraft } from './holdDraft';
import { dropRescueCopy, rescueCopies } from './rescueCopy';
import { markUnsentDraftSent, readUnsentDraft, unsentDrafts } from './unsentDrafts';

/** What reached the office from this computer in one round. */
export interface KeptWorkSent {
  /** Drafts started here, now at the office. */
  drafts: number;
  /** Communiqués whose text kept here is now stored. */
  changes: number;
  /** Communiqués saved by someone after the text kept here was written: the person decides, in the editor. */
  toDecide: number[];
}

/**
 * Sends what the person left on this computer while the office could not be reached: drafts started here (the office
 * makes each once under its name, however often sent) and text kept for stored communiqués (saved on the revision it
 * was written on, so nothing saved since is overwritten). What is open in a window is that window's to send; what the
 * office refuses (saved since, a role gone) stays here for the person to open, where the editor says why. The first
 * call that does not reach the office ends the round.
 */
export async function sendKeptWork(api: RedactaApi): Promise<KeptWorkSent> {
  const sent: KeptWorkSent = { drafts: 0, changes: 0, toDecide: [] };
  for (const { key } of unsentDrafts()) {
    const outcome = await alone(key, async () => {
      const draft = readUnsentDraft(key);
      if (!draft) return 'skipped';
      const created = await api.createCommunique({ content: draft.content, draftKey: key });
      if (created.ok) markUnsentDraftSent(key, created.value.id);
      return created.ok ? 'sent' : notReached(created.error.code) ? 'unreached' : 'skipped';
    });
    if (outcome === 'unreached') return sent;
    if (outcome === 'sent') sent.drafts++;
  }
  for (const { id, copy } of rescueCopies()) {
    // A copy kept by an earlier version does not say what it was written on: only the person can bring it back.
    const { revision } = copy;
    if (revision === undefined) continue;
    const outcome = await alone(`c${id}`, async () => {
      const saved = await api.saveCommunique({ id, revision, content: copy.content });
      if (saved.ok) {
        dropRescueCopy(id);
        return 'sent';
      }
      if (notReached(saved.error.code)) return 'unreached';
      // Refused: stored already as it is here (its window's own last save won the race)? Then nothing is left to send.
      const stored = await api.getCommunique({ id });
      if (stored.ok && JSON.stringify(stored.value.content) === JSON.stringify(copy.content)) dropRescueCopy(id);
      else if (saved.error.code === 'REVISION_CONFLICT') sent.toDecide.push(id);
      return 'skipped';
    });
    if (outcome === 'unreached') return sent;
    if (outcome === 'sent') sent.changes++;
  }
  return sent;
}

type Outcome = 'sent' | 'skipped' | 'unreached';

/** Runs `work` holding `key` alone; a key held by an open window is skipped. */
async function alone(key: string, work: () => Promise<Outcome>): Promise<Outcome> {
  const release = await holdDraft(key);
  if (!release) return 'skipped';
  try {
    return await work();
  } finally {
    release();
  }
}
