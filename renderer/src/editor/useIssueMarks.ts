import type { Editor } from '@tiptap/react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { StyleIssue } from '../../../shared/style/StyleIssue';
import type { UnknownWord } from '../analysis/analysisProtocol';
import { useDynamicTranslation } from '../i18n/useDynamicTranslation';
import { spellingMarksKey, styleMarksKey } from './extensions/IssueMarks';

/** Underlines in the body for each house-style observation and each unknown word, set again when the checks answer. */
export function useIssueMarks(editor: Editor | null, issues: readonly StyleIssue[], unknownWords: readonly UnknownWord[]) {
  const { t } = useTranslation();
  const translate = useDynamicTranslation();
  useEffect(() => {
    if (!editor) return;
    const marks = issues
      .filter((issue) => issue.field === 'body' && issue.from !== undefined && issue.to !== undefined)
      .map((issue) => ({
        from: issue.from as number,
        to: issue.to as number,
        className: `style-mark ${issue.severity}`,
        title: translate(`style.${issue.rule}.title`, issue.values),
      }));
    editor.view.dispatch(editor.state.tr.setMeta(styleMarksKey, marks));
  }, [editor, issues, translate]);
  useEffect(() => {
    if (!editor) return;
    const marks = unknownWords.flatMap((entry) =>
      entry.occurrences
        .filter((occurrence) => occurrence.field === 'body')
        .map((occurrence) => ({
          from: occurrence.from,
          to: occurrence.to,
          className: 'spell-mark',
          title: t('spelling.unknownWord', { word: entry.word }),
          word: entry.word,
        })),
    );
    editor.view.dispatch(editor.state.tr.setMeta(spellingMarksKey, marks));
  }, [editor, unknownWords, t]);
}
