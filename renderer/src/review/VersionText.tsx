import { useTranslation } from 'react-i18next';
import type { Comment } from '../../../shared/domain/comment';
import type { Version } from '../../../shared/domain/version';
import { formatDateline } from '../../../shared/format/formatDateline';
import { bodyUnits } from '../../../shared/style/textUnits';

interface VersionTextProps {
  version: Version;
  comments: readonly Comment[];
  /** Absent for people who may not comment: the open comments are counted, not offered. */
  onComment?: ((anchor: Comment['anchor']) => void) | undefined;
}

/** A version's whole text for reading in review: every bullet and paragraph numbered, each open to a comment (for those who comment). */
export function VersionText({ version, comments, onComment }: VersionTextProps) {
  const { t } = useTranslation();
  const { content } = version;
  const count = (field: Comment['anchor']['field'], index: number | null) =>
    comments.filter((comment) => comment.parentId === null && comment.anchor.field === field && comment.anchor.index === index && !comment.resolvedAt).length;
  const commentButton = (field: Comment['anchor']['field'], index: number | null, label: string) => {
    const open = count(field, index) > 0 && <span className="count"> {count(field, index)}</span>;
    if (!onComment) return open && <span className="comment-here">{open}</span>;
    return (
      <button type="button" className="comment-here" aria-label={t('review.commentOn', { place: label })} onClick={() => onComment({ field, index })}>
        ✎{open}
      </button>
    );
  };
  return (
    <article className="version-text" lang={content.language} aria-label={t('review.textOf', { seq: version.seq })}>
      <p className="dateline">
        {formatDateline(content.place, content.date, content.language)} {commentButton('date', null, t('review.anchor.date'))}
      </p>
      <h2>
        {content.title || t('list.untitled')} {commentButton('title', null, t('review.anchor.title'))}
      </h2>
      <ol className="bullets">
        {content.summary.map((bullet, index) => (
          <li key={index}>
            {bullet} {commentButton('summary', index, t('review.anchor.bullet', { n: index + 1 }))}
          </li>
        ))}
      </ol>
      {bodyUnits(content).map((unit, index) => (
        <p key={index} className="paragraph">
          <span className="pilcrow" aria-hidden="true">
            ¶{index + 1}
          </span>{' '}
          {unit.text} {commentButton('body', index, t('review.anchor.paragraph', { n: index + 1 }))}
        </p>
      ))}
    </article>
  );
}
