import { plainTextToBody } from '../../../../shared/body/plainTextToBody';
import type { Content } from '../../../../shared/domain/content';

/** A complete, clean Spanish communiqué, with any field overridden; `body` may be plain text. */
export function content(overrides: Partial<Omit<Content, 'body'>> & { body?: string } = {}): Content {
  const { body, ...rest } = overrides;
  return {
    series: 'comunicado',
    language: 'es',
    place: 'Ciudad de México',
    date: '2021-11-17',
    title: 'Firma el IPN convenio con el Conalep',
    summary: ['Se impulsará la formación técnica', 'Habrá intercambio académico: Arturo Reyes Sandoval'],
    ...rest,
    body: plainTextToBody(body ?? 'El Instituto Politécnico Nacional (IPN) firmó un convenio.\n\nEl IPN crecerá.'),
  };
}
