import type { Communique } from '../domain/communique';

/** Which text an export holds when nobody says: the approved version while it stands, the version under review while in review, else the working copy. */
export function defaultExportText(communique: Pick<Communique, 'status' | 'approvedVersion' | 'latestVersion'>): number | 'working' {
  if (communique.approvedVersion && (communique.status === 'approved' || communique.status === 'published')) return communique.approvedVersion.seq;
  if (communique.status === 'in_review' && communique.latestVersion) return communique.latestVersion.seq;
  return 'working';
}
