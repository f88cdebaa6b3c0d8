import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Numbering } from '../../../shared/domain/numbering';
import { mayContinueNumberingAt } from '../../../shared/domain/numbering';
import { useApi } from '../api/ApiContext';
import { useErrorMessage } from '../api/useErrorMessage';
import { ErrorBanner } from '../components/ErrorBanner';
import { useWhen } from '../i18n/useWhen';
import { useSession } from '../session/SessionContext';

/**
 * Where a series' numbering stands for a year: the next number, the numbers the office issued outside Redacta, and
 * (for an administrator) saying from which number Redacta continues the office's own numbering.
 */
export function NumberingPanel({ series, seriesLabel, year }: { series: string; seriesLabel: string; year: number }) {
  const api = useApi();
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const session = useSession();
  const when = useWhen();
  const [numbering, setNumbering] = useState<Numbering | null>(null);
  const [next, setNext] = useState('');
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const load = useCallback(async () => {
    const result = await api.getNumbering({ series, year });
    if (result.ok) setNumbering(result.value);
    else setProblem(describe(result.error));
  }, [api, series, year, describe]);
  useEffect(() => void load(), [load]);
  if (!numbering) return null;

  const submit = async () => {
    const requested = Number(next);
    // The rule the back end applies, said at the field first.
    if (!mayContinueNumberingAt(requested, numbering.next))
      return setProblem(t('errors.NUMBERING_BACKWARDS', { series: seriesLabel, year, requested: next, next: numbering.next }));
    const result = await api.continueNumbering({ series, year, next: requested, reason });
    if (!result.ok) return setProblem(describe(result.error));
    setProblem(null);
    setNext('');
    setReason('');
    setNumbering(result.value);
  };

  return (
    <section className="numbering-panel" aria-labelledby="numbering-heading">
      <h2 id="numbering-heading">{t('numbering.heading', { series: seriesLabel, year })}</h2>
      <p>
        <strong>{t('numbering.next', { next: numbering.next })}</strong>
      </p>
      {numbering.issuedOutside.length > 0 && (
        <ul>
          {numbering.issuedOutside.map((statement) => (
            <li key={statement.upTo}>
              {t('numbering.issuedOutside', { upTo: statement.upTo, by: statement.statedBy, when: when(statement.statedAt), reason: statement.reason })}
            </li>
          ))}
        </ul>
      )}
      {session.mayCall('continueNumbering') && (
        <details>
          <summary>{t('numbering.continue')}</summary>
          <form
            className="inline-form"
            // Our own message says why a number is refused, in the person's language.
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              void submit();
            }}
          >
            <label>
              {t('numbering.from')}
              <input type="number" min={numbering.next + 1} max={1_000_000} required value={next} onChange={(event) => setNext(event.target.value)} />
            </label>
            <label>
              {t('numbering.reason')}
              <input type="text" required maxLength={4000} value={reason} onChange={(event) => setReason(event.target.value)} />
            </label>
            <button type="submit" disabled={!next || !reason.trim()}>
              {t('numbering.confirm')}
            </button>
            <p className="hint">{t('numbering.explain')}</p>
          </form>
        </details>
      )}
      {problem && <ErrorBanner message={problem} />}
    </section>
  );
}
