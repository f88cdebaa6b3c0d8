import { blocksToPlainText } from '../body/bodyToPlainText';
import { readBody } from '../body/readBody';
import type { Content } from '../domain/content';
import type { Series } from '../domain/series';

/** A part a communiqué must have before it goes to review. */
export type RequiredPart = 'title' | 'place' | 'date' | 'summary' | 'body';

/**
 * What a communiqué still lacks to go to review, in the order the page shows it: a title, the dateline's place and
 * date, summary bullets (unless its series goes without, as a fe de erratas does), and a body with text or an image.
 */
export function missingParts(content: Content, series: Pick<Series, 'requiresSummary'> | undefined): RequiredPart[] {
  const missing: RequiredPart[] = [];
  if (!content.title.trim()) missing.push('title');
  if (!content.place.trim()) missing.push('place');
  if (!content.date.trim()) missing.push('date');
  if ((series?.requiresSummary ?? true) && !content.summary.some((bullet) => bullet.trim() !== '')) missing.push('summary');
  // An image counts as body: the plain text names it.
  if (!blocksToPlainText(readBody(content.body), 'imagen').trim()) missing.push('body');
  return missing;
}
