import type { WorkflowActor } from './WorkflowActor';

/** Why the version in review is someone's own work: they sent it, or they wrote or changed its text. */
export type OwnWork = 'sent' | 'edited';

/**
 * Four eyes: whether the version in review is `actor`'s own work, so another person decides on it: they sent it
 * (`sender`), or they wrote or changed its text since the last approval (`editors`). Null when it is not, and always on
 * a one-person workstation, which is everyone at once.
 */
export function ownWork(actor: WorkflowActor, sender: string | null, editors: readonly string[]): OwnWork | null {
  if (actor.workstation) return null;
  if (sender === actor.name) return 'sent';
  return editors.includes(actor.name) ? 'edited' : null;
}
