import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { StyleIssue } from '../../../shared/style/StyleIssue';
import { ShowMore, useShownCount } from '../components/ShowMore';
import { useDynamicTranslation } from '../i18n/useDynamicTranslation';

interface StylePanelProps {
  issues: readonly StyleIssue[];
  onGo(issue: StyleIssue): void;
  onFix(issue: StyleIssue): void;
  canFix: boolean;
}

/** Stable id of an issue's entry, so the flagged field can point at its explanation. */
export function styleIssueId(index: number): string {
  return `style-issue-${index}`;
}

/** What a field flagged by house style carries: its observations' ids to describe it, and how it is outlined. */
export function flaggedField(issues: readonly StyleIssue[], field: StyleIssue['field'], index?: number) {
  const own = issues.map((issue, at) => ({ issue, at })).filter(({ issue }) => issue.field === field && (index === undefined || issue.index === index));
  if (own.length === 0) return {};
  return {
    'aria-describedby': own.map(({ at }) => styleIssueId(at)).join(' '),
    className: own.some(({ issue }) => issue.severity === 'error') ? 'style-error' : 'style-warning',
  };
}

/** The house-style observations: what, where, why, and a one-click fix where one is obvious. */
export const StylePanel = memo(function StylePanel({ issues, onGo, onFix, canFix }: StylePanelProps) {
  const { t } = useTranslation();
  const tr = useDynamicTranslation();
  const { shown, more, showMore } = useShownCount(issues.length);
  const where = (issue: StyleIssue) =>
    issue.field === 'summary' && issue.index !== undefined ? t('style.where.bullet', { n: issue.index + 1 }) : t(`style.where.${issue.field}`);
  return (
    <section className="style-panel" aria-labelledby="style-heading">
      <h2 id="style-heading">
        {t('style.heading')} <small>{issues.length > 0 ? t('style.count', { count: issues.length }) : ''}</small>
      </h2>
      {issues.length === 0 ? (
        <p className="style-none">{t('style.none')}</p>
      ) : (
        <ul>
          {issues.slice(0, shown).map((issue, index) => (
            <li
              key={`${issue.rule}-${issue.field}-${issue.index ?? ''}-${issue.from ?? ''}`}
              id={styleIssueId(index)}
              className={`style-issue ${issue.severity}`}
            >
              <div>
                <strong>
                  <span className="severity">{t(`style.severity.${issue.severity}`)}</span> {tr(`style.${issue.rule}.title`, issue.values)}
                </strong>{' '}
                <span className="where">· {where(issue)}</span>
                <p>{tr(`style.${issue.rule}.why`, issue.values)}</p>
              </div>
              <div className="actions">
                {issue.field !== 'letterhead' && (
                  <button type="button" aria-label={`${t('style.go')}: ${tr(`style.${issue.rule}.title`, issue.values)}`} onClick={() => onGo(issue)}>
                    {t('style.go')}
                  </button>
                )}
                {issue.fix && canFix && (
                  <button type="button" aria-label={`${t('style.fix')}: ${tr(`style.${issue.rule}.title`, issue.values)}`} onClick={() => onFix(issue)}>
                    {t('style.fix')}
                  </button>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
      <ShowMore more={more} onMore={showMore} />
    </section>
  );
});
