import type { Series } from '../domain/series';
import { foldForSearch } from '../text/foldForSearch';

const key = (text: string) =>
  foldForSearch(text.replace(/\{n(?::\d+)?\}/g, ''))
    .replace(/\b(?:n|no|num|nº|n°)\.?\s*$/u, '')
    .replace(/[^\p{L} ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * The office's series a printed label belongs to ("Comunicado", "Press Release", "Joint Release n."), by its labels
 * and number lines in either language, accents and case aside; null when the office has no such series yet.
 */
export function seriesForLabel(label: string, series: readonly Series[]): Series | null {
  const wanted = key(label);
  if (wanted === '') return null;
  return series.find((one) => [one.label.es, one.label.en, one.numberFormat.es, one.numberFormat.en].some((name) => key(name) === wanted)) ?? null;
}

/** An identifier for a new series named by a printed label: "BOLETÍN DE PRENSA" → `boletin-de-prensa`. */
export function seriesIdForLabel(label: string): string {
  const id = foldForSearch(label)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ñ/g, 'n')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return /^[a-z]/.test(id) ? id : `serie-${id}`.slice(0, 40);
}
