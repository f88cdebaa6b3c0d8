import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Content } from '../../../shared/domain/content';
import { bodyUnits } from '../../../shared/style/textUnits';
import { useApi } from '../api/ApiContext';
import { useErrorMessage } from '../api/useErrorMessage';
import { ErrorBanner } from '../components/ErrorBanner';

/** A part of a communiqué a translator works on: the title, a bullet, a body paragraph. */
export type TextPart = { field: 'title' } | { field: 'summary' | 'body'; index: number };

/** The original's text as the translator reads it: its approved version when there is one, else its working copy. */
interface OriginalText {
  content: Content;
  approvedSeq: number | null;
}

/**
 * The original of a translation, part by part (title, each bullet, each paragraph), beside the draft; the part the
 * translator is in is marked and kept in view.
 */
export function OriginalBeside({ originalId, current }: { originalId: number; current: TextPart | null }) {
  const api = useApi();
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const [original, setOriginal] = useState<OriginalText | null>(null);
  const [error, setError] = useState<string | null>(null);
  const marked = useRef<HTMLElement | null>(null);

  useEffect(() => {
    void (async () => {
      const found = await api.getCommunique({ id: originalId });
      if (!found.ok) return setError(describe(found.error));
      const approved = found.value.approvedVersion;
      if (!approved) return setOriginal({ content: found.value.content, approvedSeq: null });
      const version = await api.getVersion({ versionId: approved.id });
      if (!version.ok) return setError(describe(version.error));
      setOriginal({ content: version.value.content, approvedSeq: approved.seq });
    })();
  }, [api, describe, originalId]);

  useEffect(() => {
    marked.current?.scrollIntoView({ block: 'nearest' });
  });

  const is = (part: TextPart) =>
    current !== null && current.field === part.field && (part.field === 'title' || ('index' in current && 'index' in part && current.index === part.index));
  const mark = (part: TextPart) =>
    is(part)
      ? {
          'aria-current': true as const,
          className: 'original-part current',
          ref: (element: HTMLElement | null) => {
            marked.current = element;
          },
        }
      : { className: 'original-part' };

  return (
    <section className="original-beside" aria-labelledby="original-heading">
      <h2 id="original-heading">{t('original.heading', { id: originalId })}</h2>
      {error && <ErrorBanner message={error} />}
      {original && (
        <div lang={original.content.language}>
          <p className="hint">{original.approvedSeq === null ? t('original.working') : t('original.approved', { seq: original.approvedSeq })}</p>
          <h3>{t('original.title')}</h3>
          <p {...mark({ field: 'title' })}>{original.content.title || '—'}</p>
          <h3>{t('original.summary')}</h3>
          <ol>
            {original.content.summary.map((bullet, index) => (
              <li key={index} {...mark({ field: 'summary', index })}>
                {bullet}
              </li>
            ))}
          </ol>
          <h3>{t('original.body')}</h3>
          {bodyUnits(original.content).map((unit, index) => (
            <p key={index} {...mark({ field: 'body', index })}>
              <span className="paragraph-number" aria-hidden="true">
                ¶{index + 1}
              </span>{' '}
              {unit.text}
            </p>
          ))}
        </div>
      )}
    </section>
  );
}
