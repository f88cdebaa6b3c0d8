import type { LetterheadDefinition } from '../../../shared/domain/letterhead';
import { placeholderEmblems, svgDataUri } from './placeholderEmblems';

/** The first-run letterhead, modelled on the office's 2021 paper (seed 000). */
export const defaultLetterhead: { name: string; validFrom: string; definition: LetterheadDefinition } = {
  name: 'IPN — membrete institucional',
  validFrom: '2021-01-01',
  definition: {
    headerLines: ['EDUCACIÓN', 'SECRETARÍA DE EDUCACIÓN PÚBLICA'],
    commemorativeLine: 'CENTENARIO · SECRETARÍA DE EDUCACIÓN PÚBLICA · 1921–2021',
    institutionName: 'Instituto Politécnico Nacional',
    motto: 'La Técnica al Servicio de la Patria',
    images: [
      { src: svgDataUri(placeholderEmblems.left), alt: 'Emblema de la Secretaría (marcador)', position: 'left', widthMm: 40 },
      { src: svgDataUri(placeholderEmblems.right), alt: 'Emblema del Instituto (marcador)', position: 'right', widthMm: 18 },
    ],
    footerLines: [
      'Unidad Profesional Adolfo López Mateos, Edificio de la Dirección General',
      'Av. Luis Enrique Erro S/N, Zacatenco, Alcaldía Gustavo A. Madero, C.P. 07738, Ciudad de México',
      'Conmutador: 01 (55) 57 29 60 00 exts. 50041 y 50016 · www.ipn.mx',
    ],
    closingMarks: { es: '--oOo--', en: '===000===' },
    pageSize: 'letter',
    marginsMm: { top: 45, right: 25, bottom: 30, left: 25 },
    font: { family: 'Source Sans 3', sizePt: 11 },
  },
};
