import type { InputHTMLAttributes } from 'react';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatLongDate } from '../../../shared/format/formatLongDate';
import { readTypedDate, typedDateText } from '../../../shared/format/typedDate';

interface DateFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type'> {
  /** The date as `YYYY-MM-DD`. */
  value: string;
  onDate(date: string): void;
  /** Years from today beyond which a date is questioned before it is taken (3 unless said). */
  plausibleYears?: number;
  /** Whether the field may be left empty (then `onDate('')`), as a filter's bound may. */
  optional?: boolean;
}

/**
 * A date typed as the office writes it, day first (`dd/mm/aaaa`), whatever the browser's locale. Only a whole date
 * that exists is passed on; one that does not is refused at the field, and one years away from today is questioned
 * first. What is typed stays as typed until then.
 */
export function DateField({ value, onDate, onBlur, plausibleYears = 3, optional = false, ...rest }: DateFieldProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [typed, setTyped] = useState(() => typedDateText(value));
  const [problem, setProblem] = useState<'incomplete' | 'impossible' | null>(null);
  const [questioned, setQuestioned] = useState<{ iso: string; years: number } | null>(null);
  useEffect(() => {
    setTyped(typedDateText(value));
    setProblem(null);
    setQuestioned(null);
  }, [value]);
  const language = i18n.language === 'en' ? 'en' : 'es';
  const take = (text: string, settled: boolean) => {
    setQuestioned(null);
    if (optional && text.trim() === '') {
      setProblem(null);
      if (value !== '') onDate('');
      return;
    }
    const read = readTypedDate(text, new Date());
    if (read.kind === 'date') {
      setProblem(null);
      if (read.yearsAway > plausibleYears) return setQuestioned({ iso: read.iso, years: read.yearsAway });
      if (read.iso !== value) onDate(read.iso);
      return;
    }
    // While typing, a half-written date is no problem yet; leaving the field, it is said.
    if (read.kind === 'impossible') setProblem('impossible');
    else setProblem(settled ? 'incomplete' : null);
  };
  const message = problem === 'impossible' ? t('dateField.impossible', { text: typed }) : problem === 'incomplete' ? t('dateField.incomplete') : null;
  return (
    <>
      <input
        {...rest}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        placeholder={t('dateField.placeholder')}
        value={typed}
        aria-invalid={problem !== null}
        aria-describedby={message || questioned ? `${id}-problem` : undefined}
        onChange={(event) => {
          setTyped(event.target.value);
          take(event.target.value, false);
        }}
        onBlur={(event) => {
          take(typed, true);
          onBlur?.(event);
        }}
      />
      {message && (
        <span id={`${id}-problem`} className="field-error" role="alert">
          {message}
        </span>
      )}
      {questioned && (
        <span id={`${id}-problem`} className="field-question" role="alert">
          {t('dateField.farAway', { date: formatLongDate(questioned.iso, language), count: questioned.years })}{' '}
          <button
            type="button"
            onClick={() => {
              onDate(questioned.iso);
              setQuestioned(null);
            }}
          >
            {t('dateField.confirm')}
          </button>
        </span>
      )}
    </>
  );
}
