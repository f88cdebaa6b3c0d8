import type { Communique } from '../domain/communique';

/** Which text an export holds: a version's number, or the working copy. */
export type ExportChoice = number | 'working';

/** Which text an export holds when nobody says: the approved version while it stands, the version under review while in review, else the working copy. */
export function defaultExportText(communique: Pick<Communique, 'status' | 'approvedVersion' | 'latestVersion'>): ExportChoice {
  if (communique.approvedVersion && (communique.status === 'approved' || communique.status === 'published')) return communique.approvedVersion.seq;
  if (communique.status === 'in_review' && communique.latestVersion) return communique.latestVersion.seq;
  return 'working';
}

/** Only the approved version exports clean (numbered, no BORRADOR), until the communiqué is withdrawn; anything else is a draft. */
export function exportsClean(communique: Pick<Communique, 'status' | 'approvedVersion'>, choice: ExportChoice): boolean {
  return choice !== 'working' && communique.status !== 'withdrawn' && communique.approvedVersion?.seq === choice;
}

/** The working copy is the approved text while the communiqué stands approved or published (any edit makes it a draft again). */
export function workingCopyIsApproved(status: Communique['status']): boolean {
  return status === 'approved' || status === 'published';
}
