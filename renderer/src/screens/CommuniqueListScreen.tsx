import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { CommuniqueSummary } from '../../../shared/domain/communique';
import type { CommuniqueQuery } from '../../../shared/domain/communiqueQuery';
import type { Series } from '../../../shared/domain/series';
import { useApi } from '../api/ApiContext';
import { useErrorMessage } from '../api/useErrorMessage';
import { CommuniqueTable } from '../components/CommuniqueTable';
import { ErrorBanner } from '../components/ErrorBanner';
import { BatchExportDialog } from '../export/BatchExportDialog';
import { droppedFiles } from '../import/droppedFiles';
import { ImportButtons } from '../import/ImportButtons';
import { ImportPanel } from '../import/ImportPanel';
import { useArchiveImport } from '../import/useArchiveImport';
import { useLiveRefresh } from '../live/LiveChanges';
import { useSession } from '../session/SessionContext';
import { ListFilters } from './ListFilters';
import type { Reloads } from './useCommuniquePage';
import { useCommuniquePage } from './useCommuniquePage';
import { KeptWorkList, keptHere } from './KeptWorkList';
import { notReached } from '../../../shared/contract/notReached';
import { completeContent } from '../../../shared/domain/completeContent';
import { lastSeenSeries, rememberLetterheadInForce, rememberSeries } from '../editor/lastSeen';
import type { KeptWorkSent } from '../editor/sendKeptWork';
import { sendKeptWork } from '../editor/sendKeptWork';
import { newDraftKey, startUnsentDraft } from '../editor/unsentDrafts';

/** Rows per page: enough to scan, never the whole archive. */
const pageSize = 50;

/**
 * The office's communiqués, one page at a time from the back end: search as you type (accents ignored), filters and
 * order, a selection kept across pages for batch export, and the way to start a new one.
 */
export function CommuniqueListScreen() {
  const api = useApi();
  const { t, i18n } = useTranslation();
  const describe = useErrorMessage();
  const [, navigate] = useLocation();
  const session = useSession();
  const [query, setQuery] = useState<CommuniqueQuery>({});
  const [offset, setOffset] = useState(0);
  const [typing, setTyping] = useState(false);
  const [reloads, setReloads] = useState<Reloads>({ count: 0, heard: false });
  const { page, error: findError, reached } = useCommuniquePage({ ...query, offset, limit: pageSize }, typing, reloads);
  // After an import the list, and the series (an import may add one), are read again.
  const importer = useArchiveImport(useCallback(() => setReloads(({ count }) => ({ count: count + 1, heard: false })), []));
  // On an office server the list follows what others write (their own person's saves are already on screen).
  useLiveRefresh(
    () => setReloads(({ count }) => ({ count: count + 1, heard: true })),
    (change) => change.by !== session.actor?.name,
  );
  const [dropping, setDropping] = useState(false);
  const mayImport = session.mayCall('readImportFile') && importer.stage.kind === 'idle';
  const [series, setSeries] = useState<Series[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  // Ticked rows by id, with the row as last seen: the selection outlives the page and the search that showed it.
  const [selected, setSelected] = useState<ReadonlyMap<number, CommuniqueSummary>>(new Map());
  const [exporting, setExporting] = useState(false);
  const table = useRef<HTMLDivElement>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: an import may add a series, or the office answers again: read again when the list is
  useEffect(() => {
    void api.listSeries({}).then((result) => {
      if (!result.ok) return;
      setSeries(result.value);
      // Kept for a draft started while the office cannot be reached.
      rememberSeries(result.value);
    });
  }, [api, reloads.count, reached]);
  // And the letterhead such a draft is laid out with: the one in force today.
  useEffect(() => {
    void rememberLetterheadInForce(api);
  }, [api]);

  // What the person left here while the office could not be reached: listed until it arrives, sent once the office answers.
  const [kept, setKept] = useState(keptHere);
  const [sent, setSent] = useState<KeptWorkSent>({ drafts: 0, changes: 0, toDecide: [] });
  // Another window of this browser kept, sent or discarded some.
  useEffect(() => {
    const reread = () => setKept(keptHere());
    window.addEventListener('storage', reread);
    return () => window.removeEventListener('storage', reread);
  }, []);
  useEffect(() => {
    const now = keptHere();
    if (!reached || now.drafts.length + now.changes.length === 0) return;
    void sendKeptWork(api).then((round) => {
      setKept(keptHere());
      setSent(round);
      if (round.drafts + round.changes === 0) return;
      setReloads(({ count }) => ({ count: count + 1, heard: false }));
    });
  }, [api, reached]);

  const change = (patch: Partial<CommuniqueQuery>, byTyping = false) => {
    setTyping(byTyping);
    setOffset(0);
    setQuery((current) => ({ ...current, ...patch }));
  };
  const toggle = (ids: readonly number[], on: boolean) =>
    setSelected((current) => {
      const next = new Map(current);
      for (const id of ids) {
        const row = page?.items.find((item) => item.id === id);
        if (on && row) next.set(id, row);
        else next.delete(id);
      }
      return next;
    });

  const create = async () => {
    setCreating(true);
    // Named by this desk: if the answer is lost on the way back, the draft the office made is the one sent again.
    const draftKey = newDraftKey();
    const result = await api.createCommunique({ content: {}, draftKey });
    setCreating(false);
    if (result.ok) return navigate(`/c/${result.value.id}`);
    if (!notReached(result.error.code)) return setError(describe(result.error));
    // The office cannot be reached: the draft starts here and reaches the office with its first save that lands.
    if (lastSeenSeries().length === 0) return setError(t('unsent.noSeries'));
    startUnsentDraft(draftKey, completeContent({}, new Date()));
    navigate(`/nuevo/${draftKey}`);
  };

  const filtered = Boolean(
    query.text?.trim() || query.series || query.status || query.language || query.year || query.from || query.to || query.person?.trim(),
  );
  const total = page?.total ?? 0;
  return (
    <main
      className={dropping ? 'list-screen dropping' : 'list-screen'}
      onDragOver={(event) => {
        if (!mayImport || !event.dataTransfer.types.includes('Files')) return;
        event.preventDefault();
        setDropping(true);
      }}
      onDragLeave={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDropping(false);
      }}
      onDrop={(event) => {
        if (!mayImport) return;
        event.preventDefault();
        setDropping(false);
        void droppedFiles(event.dataTransfer).then(importer.read);
      }}
    >
      {dropping && <p className="drop-hint">{t('import.dropHere')}</p>}
      <div className="screen-title">
        <h1>{t('list.heading')}</h1>
        {session.mayCall('readImportFile') && <ImportButtons disabled={!mayImport} onFiles={importer.read} />}
        <button type="button" onClick={() => setExporting(true)} disabled={selected.size === 0}>
          {t('batch.open', { count: selected.size })}
        </button>
        <button type="button" className="primary" onClick={() => void create()} disabled={creating || !session.mayCall('createCommunique')}>
          {t('list.newCommunique')}
        </button>
      </div>
      <div className="search-bar">
        <input
          type="search"
          aria-label={t('search.label')}
          placeholder={t('search.placeholder')}
          value={query.text ?? ''}
          maxLength={500}
          onChange={(event) => change({ text: event.target.value }, true)}
          onKeyDown={(event) => {
            // Down from the search box goes to the first result.
            if (event.key === 'ArrowDown') {
              event.preventDefault();
              table.current?.querySelector<HTMLElement>('tbody a')?.focus();
            }
          }}
        />
      </div>
      <ImportPanel importer={importer} series={series} />
      <ListFilters query={query} series={series} onChange={change} />
      {exporting && <BatchExportDialog rows={[...selected.values()]} onClose={() => setExporting(false)} />}
      {(error ?? findError) && <ErrorBanner message={(error ?? findError) as string} />}
      {sent.drafts + sent.changes > 0 && (
        <p className="notice" role="status">
          {[sent.drafts > 0 && t('unsent.arrived', { count: sent.drafts }), sent.changes > 0 && t('unsent.changesArrived', { count: sent.changes })]
            .filter(Boolean)
            .join(' ')}
        </p>
      )}
      <KeptWorkList kept={kept} toDecide={sent.toDecide} onChange={setKept} />
      {page === null && !findError && <p>{t('app.loading')}</p>}
      {page && (
        <p className="list-count" role="status">
          {page.totalIsFloor
            ? t('search.countFloor', { shown: total.toLocaleString(i18n.language === 'en' ? 'en-US' : 'es-MX') })
            : t('search.count', { count: total })}
          {page.newestFirst && <> · {t('search.newestFirst')}</>}
          {selected.size > 0 && <> · {t('search.selected', { count: selected.size })}</>}
        </p>
      )}
      {page && total === 0 && <p>{filtered ? t('search.nothing') : session.mayCall('readImportFile') ? t('import.emptyList') : t('list.empty')}</p>}
      {page && page.items.length > 0 && (
        <div ref={table}>
          <CommuniqueTable
            rows={page.items}
            series={series}
            selection={{ selected: new Set(selected.keys()), toggle }}
            snippetOf={(row) => page.items.find((item) => item.id === row.id)?.snippet ?? null}
          />
        </div>
      )}
      {page && total > pageSize && (
        <nav className="pager" aria-label={t('search.range', { from: offset + 1, to: Math.min(offset + pageSize, total), total })}>
          <button type="button" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - pageSize))}>
            ← {t('search.previous')}
          </button>
          <span>{t('search.range', { from: offset + 1, to: Math.min(offset + pageSize, total), total })}</span>
          <button type="button" disabled={offset + pageSize >= total} onClick={() => setOffset(offset + pageSize)}>
            {t('search.next')} →
          </button>
        </nav>
      )}
    </main>
  );
}
