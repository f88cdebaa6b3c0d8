import type { Editor } from '@tiptap/react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { StyleIssue } from '../../../shared/style/StyleIssue';
import type { UnknownWord } from '../analysis/analysisProtocol';
import { useDynamicTranslation } from '../i18n/useDynamicTranslation';
import type { IssueMarksMeta, MarkLabel } from './extensions/IssueMarks';
import { pack } from './extensions/packedMarks';
import { issueMarksKey } from './extensions/IssueMarks';

/** Underlines in the body for each house-style observation and each unknown word, set again when the checks answer. */
export function useIssueMarks(editor: Editor | null, issues: readonly StyleIssue[], unknownWords: readonly UnknownWord[], bodyMarks: Int32Array) {
  const { t } = useTranslation();
  const translate = useDynamicTranslation();
  useEffect(() => {
    if (!editor) return;
    const body = issues.filter((issue) => issue.field === 'body' && issue.from !== undefined && issue.to !== undefined);
    const marks = pack(body.map((issue, label) => ({ from: issue.from as number, to: issue.to as number, label })));
    const look = (index: number) => (body[index]?.severity === 'error' ? 'error' : 'warning');
    const label = remembered((index: number): MarkLabel => {
      const issue = body[index];
      return { title: issue ? translate(`style.${issue.rule}.title`, issue.values) : '' };
    });
    const meta: IssueMarksMeta = { kind: 'style', marks, look, label };
    editor.view.dispatch(editor.state.tr.setMeta(issueMarksKey, meta).setMeta('addToHistory', false));
  }, [editor, issues, translate]);
  useEffect(() => {
    if (!editor) return;
    // The words' labels are made only for the marks drawn (the ones on screen).
    const label = remembered((index: number): MarkLabel => {
      const word = unknownWords[index]?.word ?? '';
      return { title: t('spelling.unknownWord', { word }), word };
    });
    const meta: IssueMarksMeta = { kind: 'spelling', marks: bodyMarks, look: () => 'spelling', label };
    editor.view.dispatch(editor.state.tr.setMeta(issueMarksKey, meta).setMeta('addToHistory', false));
  }, [editor, unknownWords, bodyMarks, t]);
}

/** A label maker that makes each label once (translating a title costs more than drawing its mark). */
function remembered(make: (index: number) => MarkLabel): (index: number) => MarkLabel {
  const made = new Map<number, MarkLabel>();
  return (index) => {
    let label = made.get(index);
    if (!label) {
      label = make(index);
      made.set(index, label);
    }
    return label;
  };
}
