import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Communique } from '../../../shared/domain/communique';
import type { Letterhead } from '../../../shared/domain/letterhead';
import type { Series } from '../../../shared/domain/series';
import { useApi } from '../api/ApiContext';
import { useErrorMessage } from '../api/useErrorMessage';
import { ErrorBanner } from '../components/ErrorBanner';
import { CommuniqueForm } from '../editor/CommuniqueForm';
import { RescueBanner } from '../editor/RescueBanner';
import { holdDraft } from '../editor/holdDraft';
import { rememberSeries } from '../editor/lastSeen';
import type { RescueCopy } from '../editor/rescueCopy';
import { dropRescueCopy, readRescueCopy } from '../editor/rescueCopy';
import { useSession } from '../session/SessionContext';
import { bodyToPlainText } from '../../../shared/body/bodyToPlainText';
import type { Content } from '../../../shared/domain/content';
import { printLabels } from '../../../shared/print/printLabels';

/** Loads one communiqué and its series, then hands them to the form. */
export function CommuniqueEditorScreen({ id }: { id: number }) {
  const api = useApi();
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const [communique, setCommunique] = useState<Communique | null>(null);
  const [series, setSeries] = useState<Series[]>([]);
  const [letterhead, setLetterhead] = useState<Letterhead | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);
  const [rescue, setRescue] = useState<RescueCopy | null>(null);
  const [startDirty, setStartDirty] = useState(false);
  const [keptBase, setKeptBase] = useState<Content | null>(null);
  const session = useSession();

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
      if (allSeries.ok) rememberSeries(allSeries.value);
      if (loaded) {
        const found = await api.getLetterhead({ id: loaded.letterheadId });
        if (found.ok) setLetterhead(found.value);
      }
      setCommunique(loaded);
      const kept = readRescueCopy(id);
      if (kept && loaded && JSON.stringify(kept.content) !== JSON.stringify(loaded.content)) setRescue(kept);
      else if (kept) dropRescueCopy(id);
    })();
  }, [api, load, id]);

  // Open here: what this window leaves on this computer is its to send, not the list's meanwhile (held shared: other windows may open it too).
  useEffect(() => {
    let release: (() => void) | null = null;
    let gone = false;
    void holdDraft(`c${id}`, 5000, 'shared').then((held) => {
      if (gone) held?.();
      else release = held;
    });
    return () => {
      gone = true;
      release?.();
    };
  }, [id]);

  const restore = () => {
    if (!rescue || !communique) return;
    // Saved on the revision it was written on: if someone saved since, the conflict panel asks about each part that differs.
    setCommunique({ ...communique, content: rescue.content, revision: rescue.revision ?? communique.revision });
    setStartDirty(true);
    setKeptBase(rescue.base ?? null);
    setRescue(null);
    setGeneration((value) => value + 1);
  };
  const discardRescue = () => {
    dropRescueCopy(id);
    setRescue(null);
  };

  const discardAndReload = () =>
    void load().then((loaded) => {
      if (!loaded) return;
      setCommunique(loaded);
      setGeneration((value) => value + 1);
    });

  return (
    <main className="editor-screen">
      <div className="editor-heading">
        <Link href="/">← {t('editor.back')}</Link>
        <h1>
          {t('editor.heading')} {communique ? `#${communique.id}` : ''}
        </h1>
      </div>
      {error && <ErrorBanner message={error} />}
      {!communique && !error && <p>{t('app.loading')}</p>}
      {rescue && communique && (
        <RescueBanner
          at={rescue.at}
          savedSince={rescue.revision !== undefined && rescue.revision !== communique.revision ? communique.updatedBy : null}
          text={rescuedText(rescue.content)}
          onRestore={session.allows('edit', communique) ? restore : undefined}
          onDiscard={discardRescue}
        />
      )}
      {communique && series.length > 0 && (
        <CommuniqueForm
          key={generation}
          communique={communique}
          series={series}
          letterhead={letterhead}
          reload={async () => (await load())?.revision ?? null}
          discardAndReload={discardAndReload}
          startDirty={startDirty}
          keptBase={keptBase}
          reloadAll={async () => {
            const loaded = await load();
            if (!loaded) return;
            setCommunique(loaded);
            setStartDirty(false);
            setGeneration((value) => value + 1);
          }}
        />
      )}
    </main>
  );
}

/** Kept text as one plain text to copy: title, bullets, body. */
function rescuedText(content: Content): string {
  return [content.title, ...content.summary.map((bullet) => `- ${bullet}`), bodyToPlainText(content.body, printLabels[content.language].image)]
    .filter((part) => part.trim() !== '')
    .join('\n\n');
}
