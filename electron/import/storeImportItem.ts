import type { Communique } from '../../shared/domain/communique';
import { contentSchema } from '../../shared/domain/content';
import type { ImportFormat, ImportItem } from '../../shared/domain/importItem';
import type { Series } from '../../shared/domain/series';
import { needsNumber } from '../../shared/import/needsNumber';
import { AppError } from '../api/AppError';
import type { HandlerContext } from '../api/HandlerContext';
import { translate } from '../i18n/translate';
import type { ArchivedRef } from '../repositories/archiveRepository';
import { storableContent } from '../services/storableContent';
import { canonicalContent, sha256Of, versionDocument } from '../review/versionDocument';
import { contentSha256 } from './contentSha256';
import { matchInArchive } from './matchInArchive';

/** The file an item comes from, and what it gave when imported before. */
export interface ImportSource {
  file: string;
  sha256: string;
  format: ImportFormat;
  sameFile: ArchivedRef | undefined;
}

/**
 * Stores one imported communiqué inside the import's transaction: its series (created when new), its text, and where
 * it stood: a published archive item gets a version with its text, its own number in the number log (so numbering
 * continues after it), its publication date; an archive line keeps the status it was written with. Returns null when
 * it duplicates one in the archive and the person chose to skip it. Every check is made here, under the write lock.
 */
export async function storeImportItem(
  item: ImportItem,
  source: ImportSource,
  linked: number | null,
  { repos, actor, now }: HandlerContext,
): Promise<Communique | null> {
  const at = now().toISOString();
  const date = item.content.date;
  if (date === null) throw new AppError('IMPORT_NO_DATE', { file: source.file, title: item.content.title });
  if (item.newSeries && item.newSeries.id === item.content.series && !(await repos.series.get(item.newSeries.id)))
    await repos.series.insert(newSeries(item.newSeries), at);
  const content = await storableContent(contentSchema.parse({ ...item.content, date }), repos);
  const series = await repos.series.get(content.series);
  if (!series) throw new AppError('UNKNOWN_SERIES', { series: content.series, available: '' });
  const hash = contentSha256(item);
  const match = await matchInArchive(repos, item, source.sameFile, hash, linked);
  if (match.duplicateOf && item.onDuplicate === 'skip') return null;

  if (needsNumber({ ...item, translationOf: match.translationOf }, series.numbered))
    throw new AppError('IMPORT_NO_NUMBER', { file: source.file, title: item.content.title, series: series.label.es });
  const letterheadId = (await repos.letterheads.idValidOn(date)) ?? (await repos.letterheads.idValidOn(at.slice(0, 10)));
  if (letterheadId === undefined) throw new Error('no letterhead in the database');
  const translationOf = match.translationOf ?? undefined;
  const id = await repos.communiques.insert({ content, letterheadId, actor: actor.name, at, translationOf });
  const freeze = async (reason: 'submit' | 'manual') => {
    const document = versionDocument(content, letterheadId);
    return await repos.versions.insert({
      communiqueId: id,
      canonicalContent: canonicalContent(content),
      schemaVersion: document.schemaVersion,
      sha256: sha256Of(document),
      reason,
      author: actor.name,
      at,
      letterheadId,
    });
  };

  const year = Number(date.slice(0, 4));
  // A translation shows its original's number; an unnumbered series has none.
  const number = translationOf === undefined && series.numbered ? item.number : null;
  let logged = false;
  if (item.status === 'in_review' || item.status === 'changes_requested') {
    await freeze('submit');
    await repos.communiques.setStatus(id, item.status, actor.name, at);
  } else if (item.status !== 'draft') {
    const version = await freeze('manual');
    // The number log holds each number once: a duplicate kept beside its twin shows the number without logging it again.
    logged = number !== null && !(await repos.archive.numberLogged(series.id, year, number));
    if (logged && number !== null) await repos.numbers.assign(series.id, year, number, id, version.id, actor.name, at);
    await repos.communiques.setApproval(id, { versionId: version.id, number, year: number === null ? null : year }, actor.name, at);
    if (item.status !== 'approved' && (item.publishedOn || item.status === 'published'))
      await repos.communiques.setPublication(id, item.publishedOn ?? date, actor.name, at);
    if (item.status === 'withdrawn') {
      if (logged && number !== null) await repos.numbers.void(series.id, year, number, actor.name, at, translate('es', 'import.withdrawnBefore'));
      await repos.communiques.setStatus(id, 'withdrawn', actor.name, at);
    }
  }
  await repos.archive.recordSource({
    communiqueId: id,
    fileName: source.file,
    fileSha256: source.sha256,
    format: source.format,
    contentSha256: hash,
    by: actor.name,
    at,
  });
  await repos.audit.append({
    at,
    actor: actor.name,
    action: 'import',
    communiqueId: id,
    details: {
      file: source.file,
      sha256: source.sha256,
      format: source.format,
      status: item.status,
      number,
      year: number === null ? null : year,
      duplicateOf: match.duplicateOf?.id ?? null,
    },
  });
  const stored = await repos.communiques.get(id);
  if (!stored) throw new Error('imported communiqué not found after insert');
  return stored;
}

/** A series the import creates for a label the office did not have: numbered as the file was, named as printed. */
function newSeries(wanted: NonNullable<ImportItem['newSeries']>): Series {
  const format = wanted.numbered ? `${wanted.label} {n}` : wanted.label;
  return {
    id: wanted.id,
    label: { es: wanted.label, en: wanted.label },
    numberFormat: { es: format, en: format },
    numbered: wanted.numbered,
    yearlyReset: true,
    requiresSummary: true,
  };
}
