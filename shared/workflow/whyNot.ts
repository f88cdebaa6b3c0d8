import type { ErrorCode } from '../contract/errorCode';
import type { Communique } from '../domain/communique';
import { ownWork } from './fourEyes';
import { mayCall } from './mayCall';
import type { WorkflowActor } from './WorkflowActor';
import { startsFrom, type WorkflowAction, workflowRules } from './workflowRules';

/** Why an action is refused: the error the back end answers with, and its facts. */
export interface Denial {
  code: ErrorCode;
  details: Record<string, unknown>;
}

/** What the rules read of a communiqué to decide on `A`: its status always, and what that action's own rule needs. */
export type WorkflowSubject<A extends WorkflowAction = WorkflowAction> = Pick<Communique, 'id' | 'status'> &
  (A extends 'approve'
    ? Pick<Communique, 'latestVersion' | 'editors'>
    : A extends 'translate'
      ? Pick<Communique, 'linked'> & { content: Pick<Communique['content'], 'language'> }
      : A extends 'syncTranslation'
        ? Pick<Communique, 'translationOf'>
        : unknown);

/**
 * Why `actor` may not do `action` to `communique` now, or null when they may. The one rule book: the back end throws
 * the denial inside the write's transaction; every screen shows or enables an action only when this returns null.
 */
export function whyNot<A extends WorkflowAction>(actor: WorkflowActor, action: A, communique: WorkflowSubject<A>): Denial | null {
  const rule = workflowRules[action];
  if (!mayCall(actor.roles, rule.method)) return { code: 'FORBIDDEN', details: { actor: actor.name, method: rule.method } };
  if (!startsFrom(action, communique.status)) {
    return { code: 'INVALID_TRANSITION', details: { id: communique.id, status: communique.status, action } };
  }
  return ownRule(actor, action, communique);
}

/** The rules some actions add to roles and status. */
function ownRule(actor: WorkflowActor, action: WorkflowAction, communique: WorkflowSubject): Denial | null {
  switch (action) {
    case 'approve': {
      // Four eyes: nobody approves a version they sent, or whose text they wrote or changed since the last approval.
      const { latestVersion: latest, editors } = communique as WorkflowSubject<'approve'>;
      const own = latest ? ownWork(actor, latest.author, editors) : null;
      if (!latest || !own) return null;
      return { code: own === 'sent' ? 'SELF_APPROVAL' : 'OWN_TEXT_APPROVAL', details: { seq: latest.seq } };
    }
    case 'translate': {
      const { content, linked } = communique as WorkflowSubject<'translate'>;
      const language = content.language === 'es' ? 'en' : 'es';
      const existing = linked.find((link) => link.language === language);
      return existing ? { code: 'TRANSLATION_EXISTS', details: { id: communique.id, existing: existing.id, language } } : null;
    }
    case 'syncTranslation':
      return (communique as WorkflowSubject<'syncTranslation'>).translationOf === null
        ? { code: 'INVALID_TRANSITION', details: { id: communique.id, status: communique.status, action } }
        : null;
    default:
      return null;
  }
}

/** True when `actor` may do `action` to `communique` now. */
export function allows<A extends WorkflowAction>(actor: WorkflowActor, action: A, communique: WorkflowSubject<A>): boolean {
  return whyNot(actor, action, communique) === null;
}
