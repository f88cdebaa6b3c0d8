import type { Editor } from '@tiptap/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Communique } from '../../../shared/domain/communique';
import type { Content } from '../../../shared/domain/content';
import { contentLimits } from '../../../shared/domain/content';
import { placeInLanguage } from '../../../shared/domain/placeInLanguage';
import type { Language } from '../../../shared/domain/language';
import { languages, languageSchema } from '../../../shared/domain/language';
import type { Series } from '../../../shared/domain/series';
import { DateField } from '../components/DateField';
import { ErrorBanner } from '../components/ErrorBanner';
import { SingleLineText } from '../components/SingleLineText';
import type { Letterhead } from '../../../shared/domain/letterhead';
import { PagePreview } from '../preview/PagePreview';
import { usePrintDocument } from '../preview/usePrintDocument';
import { applyFieldEdits } from '../../../shared/style/applyTextEdits';
import { checkHouseStyle } from '../../../shared/style/checkHouseStyle';
import type { StyleIssue, TextEdit } from '../../../shared/style/StyleIssue';
import { useSameItems } from '../components/useSameItems';
import { useSteady } from '../components/useSteady';
import { SpellingPanel } from '../spelling/SpellingPanel';
import type { UnknownWord } from '../analysis/analysisProtocol';
import { useAnalysis } from '../analysis/useAnalysis';
import { applyBodyEditsToEditor } from './applyEdits';
import { useIssueMarks } from './useIssueMarks';
import { StylePanel, flaggedField } from './StylePanel';
import { BodyEditor } from './BodyEditor';
import { FindReplacePanel } from './FindReplacePanel';
import { ShortcutsDialog } from './ShortcutsDialog';
import { TextCounts } from './TextCounts';
import { ExportPanel } from '../export/ExportPanel';
import { ReviewBar } from './ReviewBar';
import { TranslationLinks } from './TranslationLinks';
import { useSession } from '../session/SessionContext';
import { WordSuggestions } from './WordSuggestions';
import { SaveStatus } from './SaveStatus';
import { SummaryBulletsField } from './SummaryBulletsField';
import { useAutosave } from './useAutosave';
import { useFormContent } from './useFormContent';
import { useComposerKeys } from './useComposerKeys';
import { useFollowOthers } from './useFollowOthers';
import { wordReplacements } from './wordReplacements';
import { useWholeUndo } from './useWholeUndo';
import { ConflictCard } from './ConflictCard';
import { ConflictOutcome } from './ConflictOutcome';
import { DerivedLines } from './DerivedLines';
import { useConflictMerge } from './useConflictMerge';
import type { ConflictField } from '../../../shared/review/mergeFields';
import { typedDateText } from '../../../shared/format/typedDate';
import { ChangesRequestedNote } from './ChangesRequestedNote';
import { FeedbackNotes } from './FeedbackNotes';
import { OriginalBeside } from './OriginalBeside';
import { useFeedbackPlacement } from './useFeedbackPlacement';
import { useTranslatedPart } from './useTranslatedPart';
import { workingCopyIsApproved } from '../../../shared/workflow/exportText';
import type { RequiredPart } from '../../../shared/workflow/missingParts';
import { missingParts } from '../../../shared/workflow/missingParts';
import { SeriesOptions } from '../components/SeriesOptions';
import { focusBody } from './focusBody';
import { UnsentNote } from './UnsentNote';

type Fields = Omit<Content, 'body'>;

interface CommuniqueFormProps {
  communique: Communique;
  series: Series[];
  letterhead: Letterhead | null;
  /** Reloads the stored communiqué (after a conflict), returning its revision. */
  reload(): Promise<number | null>;
  /** Replaces this form with the stored text. */
  discardAndReload(): void;
  /** The content did not come from the store (a recovered copy): save it straight away. */
  startDirty?: boolean;
  /** With `startDirty`: the stored text that content was written on, when known (the common base of a conflict). */
  keptBase?: Content | null;
  /** Loads the communiqué again after a change of status (submitted, approved…). */
  reloadAll(): Promise<void>;
  /** A draft started here while the office could not be reached: its name here, and what to do once the office gives it an id. */
  unsent?: { key: string; onArrived(id: number): void };
}

/** Every field of a communiqué, autosaved. */
export function CommuniqueForm({
  communique,
  series,
  letterhead,
  reload,
  discardAndReload,
  startDirty = false,
  keptBase = null,
  reloadAll,
  unsent,
}: CommuniqueFormProps) {
  const { t, i18n } = useTranslation();
  const { body: initialBody, ...initialFields } = communique.content;
  const [fields, setFields] = useState<Fields>(initialFields);
  const fieldsRef = useRef(fields);
  const editorRef = useRef<Editor | null>(null);
  const [editor, setEditor] = useState<Editor | null>(null);
  const [finding, setFinding] = useState(false);
  const [showingShortcuts, setShowingShortcuts] = useState(false);
  const openFind = useCallback(() => setFinding(true), []);
  const openShortcuts = useCallback(() => setShowingShortcuts(true), []);

  const getContent = useFormContent(fieldsRef, editorRef, initialBody);
  const [status, setStatus] = useState(communique.status);
  const session = useSession();
  // Editable only when the shared rule book lets this person edit it in this status (the back end asserts the same).
  const readOnly = !session.allows('edit', { ...communique, status });
  const autosave = useAutosave({
    id: unsent ? null : communique.id,
    draftKey: unsent?.key,
    onArrived: unsent?.onArrived,
    revision: communique.revision,
    updatedAt: communique.updatedAt,
    // A text not from the store (brought back, or started here): what is stored at its revision is not known here.
    initial: startDirty ? keptBase : communique.content,
    getContent,
    onSaved: setStatus,
  });
  const draft = !workingCopyIsApproved(status);
  const preview = usePrintDocument({ getContent, series, letterhead, number: communique.number, draft, translation: communique.translationOf !== null });
  useFollowOthers(communique, status, autosave.settled, reloadAll);
  const { markChanged: markSaveNeeded } = autosave;
  const { schedule: schedulePreview } = preview;
  const edited = useCallback(() => {
    markSaveNeeded();
    schedulePreview();
  }, [markSaveNeeded, schedulePreview]);

  const wholeUndo = useWholeUndo(editor, (fields) => change(fields));
  const change = (patch: Partial<Fields>) => {
    wholeUndo.fieldsEdited();
    const next = { ...fieldsRef.current, ...patch };
    fieldsRef.current = next;
    setFields(next);
    edited();
  };

  const changeLanguage = (language: Language) => change({ language, place: placeInLanguage(fieldsRef.current.place, fieldsRef.current.language, language) });

  const closingMark = letterhead?.definition.closingMarks[fields.language] ?? '';
  const analysis = useAnalysis(preview.content, closingMark);
  const { issues } = analysis;

  const goTo = (issue: Pick<StyleIssue, 'field' | 'index' | 'from' | 'to'>) => {
    if (issue.field === 'body' && editor && issue.from !== undefined) {
      focusBody(editor, { from: issue.from, to: issue.to ?? issue.from });
      return;
    }
    const id = issue.field === 'summary' && issue.index !== undefined ? `field-bullet-${issue.index}` : `field-${issue.field}`;
    const target = document.getElementById(id) as HTMLInputElement | HTMLTextAreaElement | null;
    target?.focus();
    if (target && issue.from !== undefined && 'setSelectionRange' in target && target.type !== 'date')
      target.setSelectionRange(issue.from, issue.to ?? issue.from);
  };
  const applyEdits = (edits: readonly TextEdit[]) => {
    if (edits.some((edit) => edit.field !== 'body')) change(applyFieldEdits(fieldsRef.current, edits));
    if (editor) applyBodyEditsToEditor(editor, edits);
  };
  const fix = (issue: StyleIssue) => {
    // Re-check the text as it is now, so the fix lands where the problem is even if the person typed since.
    const fresh = checkHouseStyle(getContent(), closingMark).find(
      (candidate) => candidate.rule === issue.rule && candidate.field === issue.field && candidate.index === issue.index && candidate.fix,
    );
    if (fresh?.fix) applyEdits(fresh.fix);
  };

  const spelling = { ...analysis.spelling, language: analysis.language, addToOffice: analysis.addToOffice, ignore: analysis.ignore };
  // Offered only to people whose roles the contract lets add to the office dictionary.
  const addWord = session.mayCall('addOfficeWord') ? spelling.addToOffice : undefined;
  useIssueMarks(editor, issues, spelling.entries, spelling.bodyMarks);
  const replaceWord = (entry: UnknownWord, replacement: string) => applyEdits(wordReplacements(getContent(), entry.word, replacement));
  // What the text on screen still lacks to go to review: the rule the back end asserts on submit (read once per text).
  const seriesOfText = series.find((candidate) => candidate.id === fields.series);
  const missing = useSameItems(
    useMemo(() => missingParts(preview.content ?? communique.content, seriesOfText), [preview.content, communique.content, seriesOfText]),
  );
  const goToPart = (part: RequiredPart) => {
    if (part !== 'body') goTo(part === 'summary' && fields.summary.length > 0 ? { field: 'summary', index: 0 } : { field: part });
    else if (editor) focusBody(editor, 'end');
  };
  const goToWord = (entry: UnknownWord) => goTo(entry.first);
  const flagged = (field: StyleIssue['field'], index?: number) => flaggedField(issues, field, index);
  const keepMine = () =>
    void reload().then((revision) => {
      if (revision !== null) void autosave.overwriteFrom(revision);
    });
  // The side panels are memoised: the preview and the checks re-render the form as the person starts typing again.
  const steady = useSteady({ goTo, fix, replaceWord, goToWord, goToPart, keepMine });
  const withStatus = useMemo(() => ({ ...communique, status }), [communique, status]);

  // The review's comments, beside the fields they are about, answerable and resolvable here.
  const placed = useFeedbackPlacement(withStatus, editor, fields.summary.length, !unsent);
  const { feedback, actions: notesProps, on: threadsOn } = placed;

  // A translation can show its original beside the draft, the part the translator is in marked there.
  const translationOf = communique.translationOf;
  const [beside, setBeside] = useState<'preview' | 'original'>('preview');
  const { part, setPart } = useTranslatedPart(editor, beside === 'original');

  // A save refused because another window stored the text since: the person decides field by field, beside each field.
  const merge = useConflictMerge({
    id: communique.id,
    saveState: autosave.saveState,
    getContent,
    getBase: autosave.lastStored,
    applyField: (field, value) => {
      if (field === 'body') editor?.commands.setContent(value as Content['body'], { emitUpdate: true });
      else change({ [field]: value });
    },
    finish: (revision) => void autosave.overwriteFrom(revision),
  });
  const conflictCard = (field: ConflictField) => (
    <ConflictCard
      field={field}
      merge={merge}
      mine={getContent}
      shown={(which, content) =>
        which === 'series'
          ? (series.find((candidate) => candidate.id === content.series)?.label[uiLanguage] ?? content.series)
          : which === 'language'
            ? t(`languageName.${content.language}`)
            : typedDateText(content.date)
      }
    />
  );

  const { saveNow } = autosave;
  useEffect(() => {
    if (startDirty) edited();
  }, [startDirty, edited]);
  // A new draft starts where the writing starts: its title.
  const startsEmpty = useRef(!readOnly && initialFields.title === '');
  useEffect(() => {
    if (startsEmpty.current) document.getElementById('field-title')?.focus();
  }, []);

  useComposerKeys(saveNow, openFind, openShortcuts);

  const uiLanguage = i18n.language === 'en' ? 'en' : 'es';
  const currentSeries = series.find((candidate) => candidate.id === fields.series);
  return (
    <div className="composer">
      <section className="communique-form" aria-label={t('editor.heading')}>
        <div className="form-status">
          <SaveStatus store={autosave.saveState} onRetry={saveNow} onKeepMine={steady.keepMine} onLoadSaved={discardAndReload} pending={merge.pending.length} />
          <ConflictOutcome merge={merge} />
        </div>
        <ChangesRequestedNote feedback={feedback} notes={{ ...notesProps, threads: threadsOn(['general']) }} />
        {feedback.error && <ErrorBanner message={feedback.error} />}
        <fieldset className="metadata" disabled={readOnly}>
          <legend className="visually-hidden">{t('editor.metadata')}</legend>
          <label>
            {t('editor.series')}
            <select value={fields.series} onChange={(event) => change({ series: event.target.value })}>
              <SeriesOptions series={series} />
            </select>
          </label>
          <label>
            {t('editor.language')}
            <select
              value={fields.language}
              onChange={(event) => {
                const parsed = languageSchema.safeParse(event.target.value);
                if (parsed.success) changeLanguage(parsed.data);
              }}
            >
              {languages.map((language) => (
                <option key={language} value={language}>
                  {t(`languageName.${language}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('editor.place')}
            <input
              id="field-place"
              type="text"
              value={fields.place}
              maxLength={contentLimits.place}
              onChange={(event) => change({ place: event.target.value })}
              {...flagged('place')}
            />
          </label>
          <label>
            {t('editor.date')}
            <DateField id="field-date" value={fields.date} required onDate={(date) => change({ date })} />
          </label>
        </fieldset>
        {conflictCard('series')}
        {conflictCard('language')}
        {conflictCard('place')}
        {conflictCard('date')}
        <FeedbackNotes {...notesProps} threads={threadsOn(['place', 'date'])} />
        <div className="title-field">
          <label htmlFor="field-title">{t('editor.title')}</label>
          <SingleLineText
            id="field-title"
            disabled={readOnly}
            lang={fields.language}
            value={fields.title}
            maxLength={contentLimits.title}
            onValue={(title) => change({ title })}
            onFocus={() => setPart({ field: 'title' })}
            {...flagged('title')}
          />
        </div>
        {conflictCard('title')}
        <FeedbackNotes {...notesProps} threads={threadsOn(['title'])} />
        <SummaryBulletsField
          bullets={fields.summary}
          onChange={(summary) => change({ summary })}
          flagged={(index) => flagged('summary', index)}
          disabled={readOnly}
          notes={(index) => <FeedbackNotes {...notesProps} threads={threadsOn(['summary'], index)} />}
          onFocusBullet={(index) => setPart({ field: 'summary', index })}
        />
        {conflictCard('summary')}
        <FeedbackNotes {...notesProps} threads={placed.bulletsGone} />
        <FeedbackNotes {...notesProps} threads={threadsOn(['body'])} onGo={placed.goTo} />
        {conflictCard('body')}
        {finding && editor && (
          <FindReplacePanel
            editor={editor}
            title={fields.title}
            summary={fields.summary}
            onTextFields={readOnly ? undefined : change}
            onReplacedAll={wholeUndo.record}
            onClose={() => {
              setFinding(false);
              focusBody(editor);
            }}
          />
        )}
        {editor && !readOnly && (
          <WordSuggestions editor={editor} entries={spelling.entries} onReplace={replaceWord} onAdd={addWord} onIgnore={spelling.ignore} />
        )}
        <BodyEditor
          initial={initialBody}
          language={fields.language}
          onChange={edited}
          onReady={(created) => {
            editorRef.current = created;
            setEditor(created);
            // The preview and checks read the editor's blocks once now, so the first pause after typing finds them made.
            schedulePreview();
          }}
          onFind={openFind}
          onShortcuts={openShortcuts}
          editable={!readOnly}
          whole={wholeUndo}
        />
        <ShortcutsDialog open={showingShortcuts} onClose={() => setShowingShortcuts(false)} />
        <TextCounts counts={analysis.counts} />
        <StylePanel issues={issues} onGo={steady.goTo} onFix={steady.fix} canFix={!readOnly} />
        <SpellingPanel
          language={spelling.language}
          entries={spelling.entries}
          checking={spelling.checking}
          failure={spelling.failure}
          onReplace={readOnly ? undefined : steady.replaceWord}
          onAdd={addWord}
          onIgnore={spelling.ignore}
          onGo={steady.goToWord}
        />
        <p className="closing-line">
          {t('editor.closingMark')}: <strong>{letterhead?.definition.closingMarks[fields.language] || '—'}</strong>
        </p>
      </section>
      <aside className="composer-side" aria-label={t('editor.side')}>
        {unsent ? (
          <UnsentNote />
        ) : (
          <>
            <ReviewBar communique={communique} status={status} saveNow={saveNow} reload={reloadAll} missing={missing} onGoTo={steady.goToPart} />
            <DerivedLines communique={communique} series={currentSeries} language={fields.language} place={fields.place} date={fields.date} />
            <TranslationLinks communique={communique} language={fields.language} saveNow={saveNow} />
            <ExportPanel communique={withStatus} saveNow={saveNow} />
          </>
        )}
        {translationOf !== null && (
          <button type="button" className="side-switch" onClick={() => setBeside(beside === 'preview' ? 'original' : 'preview')}>
            {t(beside === 'preview' ? 'original.show' : 'original.preview')}
          </button>
        )}
        {translationOf !== null && beside === 'original' && <OriginalBeside originalId={translationOf} current={part} />}
        <PagePreview doc={preview.doc} startMark={preview.startMark} hidden={beside === 'original'} />
      </aside>
    </div>
  );
}
