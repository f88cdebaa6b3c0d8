import type { Content } from '../../../shared/domain/content';
import { plainTextToBody } from '../../../shared/body/plainTextToBody';

/** A sample communiqué to see a letterhead on real-looking paper. */
export const sampleContent: Content = {
  series: 'comunicado',
  language: 'es',
  place: 'Ciudad de México',
  date: '2021-11-17',
  title: 'Título de ejemplo del comunicado, en dos líneas para ver el espacio que ocupa',
  summary: ['Primer balazo de ejemplo', 'Segundo balazo de ejemplo: Nombre Apellido'],
  body: plainTextToBody(
    Array.from(
      { length: 6 },
      () =>
        'Para contribuir al avance conjunto de actividades académicas y de investigación, en áreas científicas y tecnológicas de interés común, el Instituto Politécnico Nacional (IPN) y sus socios convinieron en signar una carta de intención que les permitirá concretar estos acuerdos.',
    ).join('\n\n'),
  ),
};
