import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useListFormat } from '../i18n/useListFormat';
import { Link, useLocation } from 'wouter';
import type { Communique } from '../../../shared/domain/communique';
import type { CommuniqueStatus } from '../../../shared/domain/status';
import { formatLongDate } from '../../../shared/format/formatLongDate';
import { toIsoDate } from '../../../shared/domain/toIsoDate';
import { useApi } from '../api/ApiContext';
import { useErrorMessage } from '../api/useErrorMessage';
import { DateField } from '../components/DateField';
import { ErrorBanner } from '../components/ErrorBanner';
import { ReasonForm } from '../review/NumbersScreen';
import { useSession } from '../session/SessionContext';
import { useWhen } from '../i18n/useWhen';
import type { WorkflowAction } from '../../../shared/workflow/workflowRules';
import type { RequiredPart } from '../../../shared/workflow/missingParts';

interface ReviewBarProps {
  communique: Communique;
  /** The status now (a save after approval turns it back to draft without a reload). */
  status: CommuniqueStatus;
  /** Stores pending edits, so what is submitted is what is on screen. */
  saveNow(): Promise<void>;
  /** Loads the communiqué again after a change of status. */
  reload(): Promise<void>;
  /** What the text on screen still lacks to go to review (the shared rule the back end asserts). */
  missing: readonly RequiredPart[];
  /** Takes the person to the field of a missing part. */
  onGoTo(part: RequiredPart): void;
}

/** Where the communiqué stands in review, and what this person can do about it now (rendered again only when its props change). */
export const ReviewBar = memo(function ReviewBar({ communique, status, saveNow, reload, missing, onGoTo }: ReviewBarProps) {
  const api = useApi();
  const { t, i18n } = useTranslation();
  const when = useWhen();
  const list = useListFormat();
  const describe = useErrorMessage();
  const session = useSession();
  const [, navigate] = useLocation();
  const [error, setError] = useState<string | null>(null);
  const [publishedOn, setPublishedOn] = useState(toIsoDate(new Date()));
  const { id } = communique;
  // What this person may do now, as the shared rule book (the one the back end asserts) says.
  const subject = { ...communique, status };
  const may = (action: WorkflowAction) => session.allows(action, subject);
  const [stale, setStale] = useState(false);
  const run = async (work: () => Promise<{ ok: boolean; error?: Parameters<typeof describe>[0] }>) => {
    const result = await work();
    if (!result.ok && result.error) {
      setError(describe(result.error));
      // Someone else acted meanwhile: offer to see where the communiqué stands now.
      setStale(['INVALID_TRANSITION', 'VERSION_MISMATCH', 'REVISION_CONFLICT', 'FORBIDDEN'].includes(result.error.code));
      return;
    }
    setError(null);
    await reload();
  };
  const submit = () =>
    run(async () => {
      await saveNow();
      const fresh = await api.getCommunique({ id });
      if (!fresh.ok) return fresh;
      return api.submitForReview({ id, revision: fresh.value.revision });
    });

  return (
    <section className={`review-bar ${status}`} aria-label={t('editor.reviewBar')}>
      <p className="state">
        <span className={`status-badge ${status}`}>{t(`status.${status}`)}</span>{' '}
        {status === 'in_review' &&
          communique.latestVersion &&
          t('editor.inReview', { seq: communique.latestVersion.seq, author: communique.latestVersion.author })}
        {status === 'changes_requested' && t('editor.changesRequested')}
        {status === 'approved' && communique.approvedVersion && t('editor.approvedNote', { seq: communique.approvedVersion.seq })}
        {status === 'approved' && may('edit') && ` ${t('editor.editAfterApproval')}`}
        {status === 'draft' && communique.approvedVersion && t('editor.editedAfterApproval', { seq: communique.approvedVersion.seq })}
        {status === 'published' &&
          t('editor.publishedOn', { date: communique.publishedOn ? formatLongDate(communique.publishedOn, i18n.language === 'en' ? 'en' : 'es') : '' })}
        {status === 'published' && may('correct') && ` ${t('editor.correctHint')}`}
        {status === 'withdrawn' && t('editor.withdrawnNote')}
        {communique.importedFrom && (
          <span className="imported-from">
            {' '}
            {t('import.importedFrom', {
              file: communique.importedFrom.fileName,
              by: communique.importedFrom.importedBy,
              at: when(communique.importedFrom.importedAt),
            })}
          </span>
        )}
      </p>
      <div className="actions">
        {may('submit') && (
          <button type="button" className="primary" disabled={missing.length > 0} onClick={() => void submit()}>
            {t('editor.submit')}
          </button>
        )}
        {may('withdrawSubmission') && (
          <button type="button" onClick={() => void run(() => api.withdrawSubmission({ id }))}>
            {t('editor.withdrawSubmission')}
          </button>
        )}
        {(communique.latestVersion || communique.approvedVersion) && (
          <Link href={`/c/${id}/revision`}>{t(may('approve') || may('requestChanges') ? 'editor.goReview' : 'review.open')}</Link>
        )}
        {may('publish') && (
          <form
            className="inline-form"
            onSubmit={(event) => {
              event.preventDefault();
              void run(() => api.publishCommunique({ id, publishedOn }));
            }}
          >
            <label>
              {t('editor.publishedDate')}
              <DateField value={publishedOn} required onDate={setPublishedOn} />
            </label>
            <button type="submit">{t('editor.publish')}</button>
          </form>
        )}
        {may('correct') && (
          <button
            type="button"
            onClick={() =>
              void api.createCorrection({ id }).then((result) => (result.ok ? navigate(`/c/${result.value.id}`) : setError(describe(result.error))))
            }
          >
            {t('editor.correct')}
          </button>
        )}
        {may('withdraw') && (
          <details className="withdraw">
            <summary>{t('editor.withdraw')}</summary>
            <ReasonForm
              label={t('editor.withdrawReason')}
              action={t('editor.withdrawConfirm')}
              onSubmit={(reason) => run(() => api.withdrawCommunique({ id, reason }))}
            />
          </details>
        )}
      </div>
      {communique.translationSync?.outOfDate && communique.translationOf !== null && (
        <div className="notice" role="note">
          {t(communique.translationSync.syncedSeq === null ? 'editor.translationNeverSynced' : 'editor.translationOutOfDate', {
            id: communique.translationOf,
            latest: communique.translationSync.originalApprovedSeq ?? '',
            synced: communique.translationSync.syncedSeq ?? '',
          })}{' '}
          <Link href={`/c/${communique.translationOf}/revision`}>{t('editor.seeOriginalChanges')}</Link>{' '}
          {may('syncTranslation') && (
            <button type="button" onClick={() => void run(() => api.markTranslationSynced({ id }))}>
              {t('editor.markSynced')}
            </button>
          )}
        </div>
      )}
      {communique.correctionOf !== null && (
        <p className="notice">
          {t('editor.correctionOf', { id: communique.correctionOf })} <Link href={`/c/${communique.correctionOf}`}>{t('translation.openShort')}</Link>
        </p>
      )}
      {may('submit') && missing.length > 0 && (
        <div className="missing-parts" role="note">
          {t('editor.missingBefore')} {/* The parts as a sentence ("el título, los balazos y el cuerpo"), each a way to its field. */}
          {list.parts(missing.map((part) => t(`parts.${part}`))).map((piece, index) => {
            const part = missing.find((candidate) => t(`parts.${candidate}`) === piece.value);
            return piece.type === 'element' && part ? (
              <button
                key={part}
                type="button"
                className="link-button"
                aria-label={t('editor.completePart', { part: piece.value })}
                onClick={() => onGoTo(part)}
              >
                {piece.value}
              </button>
            ) : (
              <span key={`${index}-literal`}>{piece.value}</span>
            );
          })}
        </div>
      )}
      {error && <ErrorBanner message={error} />}
      {error && stale && (
        <button type="button" onClick={() => void reload()}>
          {t('editor.seeCurrent')}
        </button>
      )}
    </section>
  );
});
