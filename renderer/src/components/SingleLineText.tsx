import type { ClipboardEvent, KeyboardEvent, Ref } from 'react';
import type { TextareaHTMLAttributes } from 'react';
import { useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pastedLine, pastedLines } from '../../../shared/text/pastedLines';

interface SingleLineTextProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'onChange' | 'value' | 'maxLength'> {
  value: string;
  onValue(value: string): void;
  /** The most characters the field keeps; a paste beyond it says what did not fit. */
  maxLength: number;
  /** A list item (a bullet): pasted markers go, and several pasted lines go to `onPasteLines`. */
  onPasteLines?(lines: string[], before: string, after: string): void;
  ref?: Ref<HTMLTextAreaElement>;
}

/**
 * One line of text that wraps to show all of itself (titles and bullets are long sentences): Enter never inserts a
 * line break; a paste is cleaned as people paste (line breaks, list markers, non-breaking-space runs); the ends are
 * trimmed when the person leaves the field; a paste that does not fit says what was left out.
 */
export function SingleLineText({ value, onValue, onKeyDown, onPasteLines, maxLength, ref, onBlur, ...rest }: SingleLineTextProps) {
  const { t } = useTranslation();
  const own = useRef<HTMLTextAreaElement | null>(null);
  const caret = useRef<number | null>(null);
  const [leftOut, setLeftOut] = useState<string | null>(null);
  useLayoutEffect(() => {
    if (caret.current === null || !own.current) return;
    own.current.setSelectionRange(caret.current, caret.current);
    caret.current = null;
  });

  const paste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    const text = event.clipboardData.getData('text/plain');
    if (!text) return;
    event.preventDefault();
    const field = event.currentTarget;
    const before = value.slice(0, field.selectionStart);
    const after = value.slice(field.selectionEnd);
    const lines = onPasteLines ? pastedLines(text) : [pastedLine(text)];
    if (onPasteLines && lines.length > 1) return onPasteLines(lines, before, after);
    const piece = lines[0] ?? '';
    const room = Math.max(0, maxLength - before.length - after.length);
    setLeftOut(piece.length > room ? piece.slice(room) : null);
    caret.current = before.length + Math.min(room, piece.length);
    onValue(before + piece.slice(0, room) + after);
  };

  const near = value.length >= maxLength * 0.9;
  return (
    <>
      <textarea
        {...rest}
        ref={(element) => {
          own.current = element;
          if (typeof ref === 'function') ref(element);
          else if (ref) ref.current = element;
        }}
        rows={1}
        className={`single-line ${rest.className ?? ''}`.trim()}
        value={value}
        maxLength={maxLength}
        onChange={(event) => onValue(event.target.value.replace(/[ \t]*[\r\n]+[ \t]*/g, ' '))}
        onPaste={paste}
        onBlur={(event) => {
          if (value.trim() !== value) onValue(value.trim());
          onBlur?.(event);
        }}
        onKeyDown={(event: KeyboardEvent<HTMLTextAreaElement>) => {
          onKeyDown?.(event);
          if (event.key === 'Enter' && !event.defaultPrevented) event.preventDefault();
        }}
      />
      {near && (
        <span className="field-count" aria-live="polite">
          {t('editor.charactersOfLimit', { count: value.length, limit: maxLength })}
        </span>
      )}
      {leftOut && (
        <span className="field-error" role="alert">
          {t('editor.pasteDidNotFit', { limit: maxLength, count: leftOut.length, text: leftOut })}
        </span>
      )}
    </>
  );
}
