import type { Series } from '../../../shared/domain/series';

/** The office's series on first run: press releases, joint releases, unnumbered briefing notes. */
export const defaultSeries: Series[] = [
  {
    id: 'comunicado',
    label: { es: 'Comunicado', en: 'Press Release' },
    numberFormat: { es: 'Comunicado {n}', en: 'Press Release {n}' },
    numbered: true,
    yearlyReset: true,
    requiresSummary: true,
  },
  {
    id: 'comunicado-conjunto',
    label: { es: 'Comunicado conjunto', en: 'Joint Release' },
    numberFormat: { es: 'Comunicado conjunto {n:03}', en: 'Joint Release n. {n:03}' },
    numbered: true,
    yearlyReset: true,
    requiresSummary: true,
  },
  {
    id: 'nota-informativa',
    label: { es: 'Nota informativa', en: 'Briefing Note' },
    numberFormat: { es: 'Nota informativa', en: 'Briefing Note' },
    numbered: false,
    yearlyReset: true,
    requiresSummary: true,
  },
];
