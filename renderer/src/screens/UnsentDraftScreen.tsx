import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Redirect, useLocation } from 'wouter';
import type { Communique } from '../../../shared/domain/communique';
import type { Letterhead } from '../../../shared/domain/letterhead';
import { useApi } from '../api/ApiContext';
import { CommuniqueForm } from '../editor/CommuniqueForm';
import { lastSeenLetterhead, lastSeenSeries } from '../editor/lastSeen';
import type { UnsentDraft } from '../editor/unsentDrafts';
import { holdDraft } from '../editor/holdDraft';
import { readUnsentDraft, sentAs } from '../editor/unsentDrafts';
import { useSession } from '../session/SessionContext';

/**
 * A draft started on this computer while the office could not be reached, in the same form as any draft. Its text is
 * kept here and sent until the office answers; then the office's id arrives and the same form, never reloaded under
 * the person's typing, works on the stored communiqué. Opened again after that, its address leads to the communiqué.
 */
export function UnsentDraftScreen({ draftKey }: { draftKey: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const session = useSession();
  const [, navigate] = useLocation();
  // Held by this window while open: read once held, so another tab never writes or sends it meanwhile.
  const [holding, setHolding] = useState<'waiting' | 'held' | 'elsewhere'>('waiting');
  const [draft, setDraft] = useState<UnsentDraft | null>(null);
  useEffect(() => {
    let release: (() => void) | null = null;
    const leaving = new AbortController();
    const take = (held: (() => void) | null) => {
      if (leaving.signal.aborted) return held?.();
      release = held;
      if (held) setDraft(readUnsentDraft(draftKey));
      setHolding(held ? 'held' : 'elsewhere');
      return undefined;
    };
    // Briefly (the list may be sending it), then, saying it is open elsewhere, until that window lets it go.
    void holdDraft(draftKey, 800).then((held) => {
      take(held);
      if (!held && !leaving.signal.aborted) void holdDraft(draftKey, leaving.signal).then(take);
    });
    return () => {
      leaving.abort();
      release?.();
    };
  }, [draftKey]);
  const [series] = useState(lastSeenSeries);
  const [letterhead, setLetterhead] = useState<Letterhead | null>(lastSeenLetterhead);
  const [arrived, setArrived] = useState<number | null>(null);
  const [stored, setStored] = useState<Communique | null>(null);

  // The office gave it an id: the side tools (review, translation, export) now act on the stored communiqué.
  const heldStored = useRef<(() => void) | null>(null);
  const left = useRef(false);
  useEffect(() => {
    left.current = false;
    return () => {
      left.current = true;
      heldStored.current?.();
    };
  }, []);
  const onArrived = useCallback(
    (id: number) => {
      setArrived(id);
      // Open here as the stored communiqué now: what this window leaves on this computer is its to send (as in its editor).
      void holdDraft(`c${id}`, 5000, 'shared').then((held) => {
        if (left.current) held?.();
        else heldStored.current = held;
      });
      void api.getCommunique({ id }).then(async (result) => {
        if (!result.ok) return;
        setStored(result.value);
        const used = await api.getLetterhead({ id: result.value.letterheadId });
        if (used.ok) setLetterhead(used.value);
      });
    },
    [api],
  );
  const provisional = useMemo(
    () => (draft ? provisionalCommunique(draft, lastSeenLetterhead(), session.actor?.name ?? '') : null),
    [draft, session.actor?.name],
  );

  const arrivedBefore = sentAs(draftKey);
  if (arrivedBefore !== null && arrived === null) return <Redirect to={`/c/${arrivedBefore}`} replace />;
  if (holding === 'waiting') return <p className="loading">{t('app.loading')}</p>;
  if (holding === 'elsewhere') {
    return (
      <main className="editor-screen">
        <Link href="/">← {t('editor.back')}</Link>
        <p role="alert">{t('unsent.openElsewhere')}</p>
      </main>
    );
  }
  if (!draft || series.length === 0) {
    return (
      <main className="editor-screen">
        <Link href="/">← {t('editor.back')}</Link>
        <p role="alert">{t('unsent.gone')}</p>
      </main>
    );
  }

  const openStored = () => {
    if (arrived !== null) navigate(`/c/${arrived}`);
  };
  return (
    <main className="editor-screen">
      <div className="editor-heading">
        <Link href="/">← {t('editor.back')}</Link>
        <h1>{arrived === null ? t('unsent.title') : `${t('editor.heading')} #${arrived}`}</h1>
      </div>
      {provisional && (
        <CommuniqueForm
          communique={stored ?? provisional}
          series={series}
          letterhead={letterhead}
          startDirty
          unsent={stored ? undefined : { key: draftKey, onArrived }}
          reload={async () => {
            if (arrived === null) return null;
            const result = await api.getCommunique({ id: arrived });
            return result.ok ? result.value.revision : null;
          }}
          discardAndReload={openStored}
          reloadAll={async () => openStored()}
        />
      )}
    </main>
  );
}

/** The draft as the form shows it until the office has it: a draft of this person's, with no number, version or review. */
function provisionalCommunique(draft: UnsentDraft, letterhead: Letterhead | null, person: string): Communique {
  return {
    id: 0,
    status: 'draft',
    number: null,
    year: null,
    revision: 0,
    letterheadId: letterhead?.id ?? 0,
    translationOf: null,
    createdAt: draft.at,
    createdBy: person,
    updatedAt: draft.at,
    updatedBy: person,
    content: draft.content,
    linked: [],
    latestVersion: null,
    editors: [],
    approvedVersion: null,
    publishedOn: null,
    correctionOf: null,
    translationSync: null,
    importedFrom: null,
  };
}
