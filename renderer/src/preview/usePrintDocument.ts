import { useCallback, useEffect, useRef, useState } from 'react';
import type { Content } from '../../../shared/domain/content';
import type { Letterhead } from '../../../shared/domain/letterhead';
import type { Series } from '../../../shared/domain/series';
import { buildPrintDocument } from '../../../shared/print/buildPrintDocument';
import type { PrintDocument } from '../../../shared/print/PrintDocument';

/** Pause after typing before the preview is laid out again: long enough not to work between keystrokes. */
export const previewDelayMs = 250;

interface PrintDocumentOptions {
  getContent: () => Content;
  series: Series[];
  letterhead: Letterhead | null;
  number: number | null;
  draft: boolean;
  translation: boolean;
}

/** The communiqué as it will print (and the content it came from), rebuilt a moment after typing pauses, never per keystroke. */
export function usePrintDocument({ getContent, series, letterhead, number, draft, translation }: PrintDocumentOptions) {
  const [state, setState] = useState<{ doc: PrintDocument | null; content: Content | null; startMark: string | null }>({
    doc: null,
    content: null,
    startMark: null,
  });
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const counter = useRef(0);

  const build = useCallback(
    (startMark: string | null) => {
      const content = getContent();
      const seriesOfContent = series.find((candidate) => candidate.id === content.series);
      if (!letterhead || !seriesOfContent) return;
      setState({
        doc: buildPrintDocument({ content, series: seriesOfContent, letterhead: letterhead.definition, number, draft, translation }),
        content,
        startMark,
      });
    },
    [getContent, series, letterhead, number, draft, translation],
  );

  useEffect(() => build(null), [build]);
  useEffect(() => () => clearTimeout(timer.current), []);

  const schedule = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      const mark = `redacta:pause-${++counter.current}`;
      performance.mark(mark);
      build(mark);
    }, previewDelayMs);
  }, [build]);

  return { ...state, schedule };
}
