import type { KeyboardEvent, ReactNode } from 'react';
import { SingleLineText } from '../components/SingleLineText';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contentLimits } from '../../../shared/domain/content';

interface SummaryBulletsFieldProps {
  bullets: string[];
  onChange(bullets: string[]): void;
  /** House-style marks for bullet `index`: a class and the ids of the explanations. */
  flagged?(index: number): { 'aria-describedby'?: string; className?: string };
  disabled?: boolean;
  /** What to show under bullet `index` (the review's comments on it). */
  notes?(index: number): ReactNode;
  /** Told which bullet the person is in. */
  onFocusBullet?(index: number): void;
}

/**
 * The summary bullets (balazos): add, remove, reorder. By keyboard: Enter adds the next bullet,
 * Backspace in an empty one removes it, Alt+↑/↓ moves the current one.
 */
export function SummaryBulletsField({
  bullets,
  onChange,
  flagged = () => ({}),
  disabled = false,
  notes = () => null,
  onFocusBullet,
}: SummaryBulletsFieldProps) {
  const { t } = useTranslation();
  const inputs = useRef<(HTMLTextAreaElement | null)[]>([]);
  const focusNext = useRef<number | null>(null);
  const [leftOver, setLeftOver] = useState<string[]>([]);

  useEffect(() => {
    if (focusNext.current === null) return;
    // A render can come before the one that shows the new bullet: wait for the bullet to be there.
    const target = inputs.current[focusNext.current];
    if (!target) return;
    target.focus();
    focusNext.current = null;
  });

  const update = (next: string[], focus: number | null = null) => {
    focusNext.current = focus;
    onChange(next);
  };
  const insertAfter = (index: number) => update([...bullets.slice(0, index + 1), '', ...bullets.slice(index + 1)], index + 1);
  const remove = (index: number) =>
    update(
      bullets.filter((_, i) => i !== index),
      bullets.length > 1 ? Math.max(0, index - 1) : null,
    );
  const move = (index: number, by: -1 | 1) => {
    const target = index + by;
    if (target < 0 || target >= bullets.length) return;
    const next = [...bullets];
    [next[index], next[target]] = [next[target] ?? '', next[index] ?? ''];
    update(next, target);
  };
  // Several pasted lines become that many bullets from this one on; what the list has no room for is shown, not dropped silently.
  const pasteLines = (index: number) => (lines: string[], before: string, after: string) => {
    const room = contentLimits.bullets - bullets.length + 1;
    const taken = lines.slice(0, room).map((line) => line.slice(0, contentLimits.bullet));
    const last = taken.length - 1;
    const pasted = taken.map((line, at) => (at === 0 ? before : '') + line + (at === last ? after : ''));
    setLeftOver(lines.slice(room));
    update([...bullets.slice(0, index), ...pasted, ...bullets.slice(index + 1)], index + last);
  };
  const onKeyDown = (index: number) => (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
      event.preventDefault();
      move(index, event.key === 'ArrowUp' ? -1 : 1);
    } else if (event.key === 'Enter' && bullets.length < contentLimits.bullets) {
      event.preventDefault();
      insertAfter(index);
    } else if (event.key === 'Backspace' && bullets[index] === '') {
      event.preventDefault();
      remove(index);
    }
  };

  return (
    <fieldset className="summary-bullets" disabled={disabled}>
      <legend>{t('editor.summary')}</legend>
      <p className="hint" id="summary-hint">
        {t('editor.summaryHint')}
      </p>
      <ol>
        {bullets.map((bullet, index) => {
          const n = index + 1;
          const marks = flagged(index);
          return (
            <li key={index}>
              <SingleLineText
                ref={(element) => {
                  inputs.current[index] = element;
                }}
                id={`field-bullet-${index}`}
                className={marks.className}
                value={bullet}
                maxLength={contentLimits.bullet}
                aria-label={t('editor.bullet', { n })}
                aria-describedby={['summary-hint', marks['aria-describedby']].filter(Boolean).join(' ')}
                onValue={(value) => update(bullets.map((b, i) => (i === index ? value : b)))}
                onPasteLines={pasteLines(index)}
                onFocus={() => onFocusBullet?.(index)}
                onKeyDown={onKeyDown(index)}
              />
              <button
                type="button"
                aria-label={t('editor.moveUp', { n })}
                title={t('editor.moveUp', { n })}
                disabled={index === 0}
                onClick={() => move(index, -1)}
              >
                <span aria-hidden="true">↑</span>
              </button>
              <button
                type="button"
                aria-label={t('editor.moveDown', { n })}
                title={t('editor.moveDown', { n })}
                disabled={index === bullets.length - 1}
                onClick={() => move(index, 1)}
              >
                <span aria-hidden="true">↓</span>
              </button>
              <button type="button" aria-label={t('editor.removeBullet', { n })} title={t('editor.removeBullet', { n })} onClick={() => remove(index)}>
                <span aria-hidden="true">✕</span>
              </button>
              {notes(index)}
            </li>
          );
        })}
      </ol>
      {leftOver.length > 0 && (
        <p className="field-error" role="alert">
          {t('editor.bulletsDidNotFit', { count: leftOver.length, limit: contentLimits.bullets, text: leftOver.join(' / ') })}
        </p>
      )}
      <button type="button" id="field-summary" onClick={() => update([...bullets, ''], bullets.length)} disabled={bullets.length >= contentLimits.bullets}>
        {t('editor.addBullet')}
      </button>
    </fieldset>
  );
}
