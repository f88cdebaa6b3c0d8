import type { Database } from 'better-sqlite3';
import type { Communique } from '../../shared/domain/communique';
import type { Content } from '../../shared/domain/content';
import { defaultExportText } from '../../shared/export/defaultExportText';
import { AppError } from '../api/AppError';
import { versionRepository } from '../repositories/versionRepository';

/** Which text an export holds, and whether it is the approved one (clean, numbered) or a draft. */
export interface ExportText {
  communique: Communique;
  content: Content;
  letterheadId: number;
  /** The version exported, or null for the working copy. */
  version: { id: number; seq: number; sha256: string } | null;
  /** Only the approved version of a live communiqué exports clean; anything else carries BORRADOR and no number. */
  draft: boolean;
  approvedBy: string | null;
  approvedAt: string | null;
}

/** Which text to export: a version's number, the working copy, or (unsaid) the approved version while it stands. */
export type ExportWhich = number | 'working' | undefined;

/**
 * Picks the text an export holds (see `defaultExportText` when unsaid). Only the approved version exports clean, until
 * the communiqué is withdrawn.
 */
export function exportText(db: Database, communique: Communique, which: ExportWhich): ExportText {
  const approved = communique.approvedVersion;
  const wanted = which ?? defaultExportText(communique);
  if (wanted === 'working') {
    return { communique, content: communique.content, letterheadId: communique.letterheadId, version: null, draft: true, approvedBy: null, approvedAt: null };
  }
  const versions = versionRepository(db);
  const summary = versions.list(communique.id).find((candidate) => candidate.seq === wanted);
  const version = summary && versions.get(summary.id);
  if (!summary || !version) throw new AppError('VERSION_NOT_FOUND', { versionId: `v${wanted}` });
  const isApproved = approved?.id === version.id && summary.decision?.decision === 'approve';
  // A voided number withdraws its communiqué: from then on even the approved text is only a draft.
  const clean = isApproved && communique.status !== 'withdrawn';
  return {
    communique,
    content: version.content,
    letterheadId: version.letterheadId,
    version: { id: version.id, seq: version.seq, sha256: version.sha256 },
    draft: !clean,
    approvedBy: isApproved ? (summary.decision?.by ?? null) : null,
    approvedAt: isApproved ? (summary.decision?.at ?? null) : null,
  };
}
