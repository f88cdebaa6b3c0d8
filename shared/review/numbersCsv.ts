import type { NumberEntry } from '../domain/numberEntry';
import type { Language } from '../domain/language';

const headers: Record<Language, string[]> = {
  es: ['serie', 'año', 'número', 'estado', 'comunicado', 'título', 'asignado_por', 'asignado_el', 'anulado_por', 'anulado_el', 'motivo'],
  en: ['series', 'year', 'number', 'state', 'communique', 'title', 'assigned_by', 'assigned_at', 'voided_by', 'voided_at', 'reason'],
};

const states: Record<Language, Record<NumberEntry['state'], string>> = {
  es: { assigned: 'asignado', voided: 'anulado' },
  en: { assigned: 'assigned', voided: 'voided' },
};

/** A CSV field: quoted when it holds a comma, semicolon, quote or line break (RFC 4180); text a spreadsheet would run as a formula is defused. */
function field(value: string | number | null): string {
  const raw = value === null ? '' : String(value);
  const text = typeof value === 'string' && /^[=+\-@\t\r]/.test(raw) ? `'${raw}` : raw;
  // Quoted also for `;`: where a spreadsheet splits on semicolons, a piece after one could otherwise start a formula.
  return /[",;\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The number report as CSV (RFC 4180, CRLF line ends, header in the reader's language). */
export function numbersCsv(entries: readonly NumberEntry[], language: Language): string {
  const rows = entries.map((e) =>
    [e.series, e.year, e.number, states[language][e.state], e.communiqueId, e.title, e.assignedBy, e.assignedAt, e.voidedBy, e.voidedAt, e.voidReason]
      .map(field)
      .join(','),
  );
  return [headers[language].join(','), ...rows].join('\r\n');
}
