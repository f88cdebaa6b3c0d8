import type { NumberEntry } from '../../shared/domain/numberEntry';
import type { Language } from '../../shared/domain/language';

const headers: Record<Language, string[]> = {
  es: ['serie', 'año', 'número', 'estado', 'comunicado', 'título', 'asignado_por', 'asignado_el', 'anulado_por', 'anulado_el', 'motivo'],
  en: ['series', 'year', 'number', 'state', 'communique', 'title', 'assigned_by', 'assigned_at', 'voided_by', 'voided_at', 'reason'],
};

/** A CSV field: quoted when it holds a comma, quote or line break (RFC 4180). */
function field(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The number report as CSV (RFC 4180, CRLF line ends, header in the reader's language). */
export function numbersCsv(entries: readonly NumberEntry[], language: Language): string {
  const rows = entries.map((e) =>
    [e.series, e.year, e.number, e.state, e.communiqueId, e.title, e.assignedBy, e.assignedAt, e.voidedBy, e.voidedAt, e.voidReason].map(field).join(','),
  );
  return [headers[language].join(','), ...rows].join('\r\n');
}
