import type { Communique } from '../../shared/domain/communique';
import type { Content } from '../../shared/domain/content';
import type { Letterhead } from '../../shared/domain/letterhead';
import type { Series } from '../../shared/domain/series';
import { defaultExportText, exportsClean } from '../../shared/workflow/exportText';
import { AppError } from '../api/AppError';
import type { Repositories } from '../repositories/createRepositories';

/** Which text an export holds, whether it is the approved one (clean, numbered) or a draft, and what it is printed with. */
export interface ExportText {
  communique: Communique;
  content: Content;
  series: Series;
  letterhead: Letterhead;
  /** The version exported, or null for the working copy. */
  version: { id: number; seq: number; sha256: string } | null;
  /** Only the approved version of a live communiqué exports clean; anything else carries BORRADOR and no number. */
  draft: boolean;
  approvedBy: string | null;
  approvedAt: string | null;
}

/** Which text to export: a version's number, the working copy, or (unsaid) the approved version while it stands. */
export type ExportWhich = number | 'working' | undefined;

/** Reads everything an export of `which` needs, in one go (the shared rules say which text and whether it is clean). */
export async function exportText(repos: Repositories, communique: Communique, which: ExportWhich): Promise<ExportText> {
  const choice = which ?? defaultExportText(communique);
  const text = await chosenText(repos, communique, choice);
  const series = await repos.series.get(text.content.series);
  if (!series) throw new AppError('UNKNOWN_SERIES', { series: text.content.series, available: '' });
  const letterhead = await repos.letterheads.get(text.letterheadId);
  if (!letterhead) throw new AppError('LETTERHEAD_NOT_FOUND', { id: text.letterheadId });
  const clean = exportsClean(communique, choice);
  // Who approved it, when the text is the approved version (a withdrawn one still says who approved it, as a draft).
  const decision = communique.approvedVersion?.seq === choice ? text.decision : null;
  return {
    communique,
    content: text.content,
    series,
    letterhead,
    version: text.version,
    draft: !clean,
    approvedBy: decision?.by ?? null,
    approvedAt: decision?.at ?? null,
  };
}

async function chosenText(repos: Repositories, communique: Communique, choice: number | 'working') {
  if (choice === 'working') return { content: communique.content, letterheadId: communique.letterheadId, version: null, decision: null };
  const summary = (await repos.versions.list(communique.id)).find((candidate) => candidate.seq === choice);
  const version = summary && (await repos.versions.get(summary.id));
  if (!summary || !version) throw new AppError('VERSION_NOT_FOUND', { versionId: `v${choice}` });
  return {
    content: version.content,
    letterheadId: version.letterheadId,
    version: { id: version.id, seq: version.seq, sha256: version.sha256 },
    decision: summary.decision?.decision === 'approve' ? summary.decision : null,
  };
}
