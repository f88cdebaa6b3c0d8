import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { buildPrintDocument } from '../../../shared/print/buildPrintDocument';
import { useApi } from '../api/ApiContext';
import { useErrorMessage } from '../api/useErrorMessage';
import { ErrorBanner } from '../components/ErrorBanner';
import { putFlash, takeFlash } from '../components/flashMessage';
import { PagePreview } from '../preview/PagePreview';
import type { LetterheadDraft } from './LetterheadForm';
import { LetterheadForm } from './LetterheadForm';
import { sampleContent } from './sampleContent';
import type { Series } from '../../../shared/domain/series';
import { useSession } from '../session/SessionContext';
import { letterheadLocked } from '../../../shared/workflow/letterheadLocked';

/** Edits one letterhead (or a new one copied from `copyOf`), with a sample page; saving is explicit. */
export function LetterheadEditorScreen({ id, copyOf }: { id?: number; copyOf?: number }) {
  const api = useApi();
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'es';
  const [sampleSeries, setSampleSeries] = useState<Series | null>(null);
  const describe = useErrorMessage();
  const [, navigate] = useLocation();
  const session = useSession();
  const [draft, setDraft] = useState<LetterheadDraft | null>(null);
  const [usedBy, setUsedBy] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(() => takeFlash() === 'letterhead-saved');

  useEffect(() => {
    void (async () => {
      const source = id ?? copyOf;
      if (source === undefined) return;
      const [found, list] = await Promise.all([api.getLetterhead({ id: source }), api.listLetterheads({})]);
      if (!found.ok) return setError(describe(found.error));
      const { name, validFrom, definition } = found.value;
      setDraft(copyOf === undefined ? { name, validFrom, definition } : { name: t('letterheads.copyName', { name }), validFrom, definition });
      setUsedBy(copyOf === undefined && list.ok ? (list.value.find((row) => row.id === id)?.usedBy ?? 0) : 0);
    })();
  }, [api, id, copyOf, describe, t]);
  // The sample page is set in the office's own first numbered series, as a communiqué would be.
  useEffect(() => {
    void api.listSeries({}).then((result) => result.ok && setSampleSeries(result.value.find((series) => series.numbered) ?? null));
  }, [api]);

  const doc = useMemo(
    () =>
      draft &&
      sampleSeries &&
      buildPrintDocument({
        content: sampleContent(sampleSeries.id, language, t),
        series: sampleSeries,
        letterhead: draft.definition,
        number: 1,
        draft: false,
        translation: false,
      }),
    [draft, sampleSeries, language, t],
  );

  // Editable only by those whose roles may save letterheads, and only while no communiqué uses it (the back end's rules).
  const locked = letterheadLocked(usedBy);
  const readOnly = locked || !session.mayCall(id === undefined ? 'createLetterhead' : 'updateLetterhead');
  const save = async () => {
    if (!draft) return;
    const result = id === undefined ? await api.createLetterhead(draft) : await api.updateLetterhead({ id, ...draft });
    if (!result.ok) return setError(describe(result.error));
    setError(null);
    setSaved(true);
    if (id === undefined) {
      putFlash('letterhead-saved');
      navigate(`/membretes/${result.value.id}`);
    }
  };

  return (
    <main className="editor-screen">
      <p>
        <Link href="/membretes">← {t('letterheads.back')}</Link>
      </p>
      <h1>{id === undefined ? t('letterheads.newHeading') : draft?.name}</h1>
      {!session.mayCall(id === undefined ? 'createLetterhead' : 'updateLetterhead') && (
        <p className="notice" role="note">
          {t('letterheads.adminsOnly')}
        </p>
      )}
      {locked && (
        <p className="notice" role="note">
          {t('letterheads.readOnly', { count: usedBy })}{' '}
          {session.mayCall('createLetterhead') && <Link href={`/membretes/nuevo/${id}`}>{t('letterheads.duplicateShort')}</Link>}
        </p>
      )}
      {error && <ErrorBanner message={error} />}
      {draft && doc && (
        <div className="composer">
          <section className="communique-form" aria-label={t('letterheads.formLabel')}>
            <LetterheadForm
              draft={draft}
              onChange={(next) => {
                setDraft(next);
                setSaved(false);
              }}
              readOnly={readOnly}
            />
            {!readOnly && (
              <div className="actions">
                <button type="button" className="primary" onClick={() => void save()}>
                  {t('letterheads.save')}
                </button>
                {saved && <span role="status">{t('letterheads.saved')}</span>}
              </div>
            )}
          </section>
          <PagePreview doc={doc} startMark={null} />
        </div>
      )}
    </main>
  );
}
