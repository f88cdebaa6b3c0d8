import type { Comment } from '../../../shared/domain/comment';

type Translate = (key: string, values?: Record<string, unknown>) => string;

/** Where a comment points, in words: "Título", "Balazo 2", "Párrafo 4", "General". */
export function anchorLabel(anchor: Comment['anchor'], t: Translate): string {
  if (anchor.field === 'summary' && anchor.index !== null) return t('review.anchor.bullet', { n: anchor.index + 1 });
  if (anchor.field === 'body' && anchor.index !== null) return t('review.anchor.paragraph', { n: anchor.index + 1 });
  return t(`review.anchor.${anchor.field}`);
}
