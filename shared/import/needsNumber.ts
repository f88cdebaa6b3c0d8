import type { ImportItem } from '../domain/importItem';

/**
 * Whether an imported item lacks the number its series gives: an approved or published original in a numbered series
 * (a translation shows its original's; a draft has none yet). Such an item is not imported until it has one.
 */
export function needsNumber(item: Pick<ImportItem, 'number' | 'status' | 'translationOf' | 'translationOfKey'>, numbered: boolean): boolean {
  const issued = item.status === 'approved' || item.status === 'published' || item.status === 'withdrawn';
  return numbered && issued && item.number === null && item.translationOf === null && item.translationOfKey === null;
}
