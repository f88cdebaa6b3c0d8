import type { Duplicate, ImportItem } from '../../shared/domain/importItem';
import type { ArchivedRef } from '../repositories/archiveRepository';
import type { Repositories } from '../repositories/createRepositories';

/** Where an item stands against the archive: the communiqué it duplicates, the one it translates. */
export interface ArchiveMatch {
  duplicateOf: Duplicate | null;
  translationOf: number | null;
}

/**
 * Checks an item against the archive: the same file imported before; the same series, number and year (in the same
 * language, or already translated into its language); the same text imported before. A numbered text in another
 * language than the archive's communiqué of that number is its translation. `sameFile` is what the file gave when it
 * was imported before (looked up once, before any of its items is stored); `linked` an original already known, or `inFile` for one in the same
 * file, not stored yet.
 */
export async function matchInArchive(
  repos: Repositories,
  item: ImportItem,
  sameFile: ArchivedRef | undefined,
  contentSha256: string,
  linked: number | 'inFile' | null = null,
): Promise<ArchiveMatch> {
  let translationOf = typeof linked === 'number' ? linked : null;
  let duplicateOf: Duplicate | null = null;
  const year = item.content.date ? Number(item.content.date.slice(0, 4)) : null;
  if (linked === null && item.number !== null && year !== null) {
    const holder = await repos.archive.originalNumbered(item.content.series, year, item.number);
    if (holder) {
      const language = (await repos.communiques.get(holder.id))?.content.language;
      if (language === item.content.language) duplicateOf = { ...holder, why: 'number' };
      else translationOf = holder.id;
    }
  }
  if (!duplicateOf && translationOf !== null) {
    const existing = await repos.archive.translationOf(translationOf, item.content.language);
    if (existing) duplicateOf = { ...existing, why: 'number' };
  }
  if (!duplicateOf && sameFile) duplicateOf = { ...sameFile, why: 'file' };
  const sameText = await repos.archive.importedWithContent(contentSha256);
  if (!duplicateOf && sameText) duplicateOf = { ...sameText, why: 'content' };
  return { duplicateOf, translationOf };
}
