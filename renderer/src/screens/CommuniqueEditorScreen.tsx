import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Communique } from '../../../shared/domain/communique';
import type { Series } from '../../../shared/domain/series';
import { useApi } from '../api/ApiContext';
import { useErrorMessage } from '../api/useErrorMessage';
import { ErrorBanner } from '../components/ErrorBanner';
import { CommuniqueForm } from '../editor/CommuniqueForm';

/** Loads one communiqué and its series, then hands them to the form. */
export function CommuniqueEditorScreen({ id }: { id: number }) {
  const api = useApi();
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const [communique, setCommunique] = useState<Communique | null>(null);
  const [series, setSeries] = useState<Series[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);

  const load = useCallback(async (): Promise<Communique | null> => {
    const result = await api.getCommunique({ id });
    if (!result.ok) {
      setError(result.error.code === 'NOT_FOUND' ? t('editor.notFound', { id }) : describe(result.error));
      return null;
    }
    return result.value;
  }, [api, id, t, describe]);

  useEffect(() => {
    void (async () => {
      const [loaded, allSeries] = await Promise.all([load(), api.listSeries({})]);
      if (allSeries.ok) setSeries(allSeries.value);
      setCommunique(loaded);
    })();
  }, [api, load]);

  const discardAndReload = () =>
    void load().then((loaded) => {
      if (!loaded) return;
      setCommunique(loaded);
      setGeneration((value) => value + 1);
    });

  return (
    <main className="editor-screen">
      <p>
        <Link href="/">← {t('editor.back')}</Link>
      </p>
      <h1>
        {t('editor.heading')} {communique ? `#${communique.id}` : ''}
      </h1>
      {error && <ErrorBanner message={error} />}
      {!communique && !error && <p>{t('app.loading')}</p>}
      {communique && series.length > 0 && (
        <CommuniqueForm
          key={generation}
          communique={communique}
          series={series}
          reload={async () => (await load())?.revision ?? null}
          discardAndReload={discardAndReload}
        />
      )}
    </main>
  );
}
