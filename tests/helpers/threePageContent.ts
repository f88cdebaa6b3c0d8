import type { BodyNodeJson } from '../../shared/body/bodyJson';
import { seedContent } from './fixtures';

const text = (value: string, marks?: string[]): BodyNodeJson => ({ type: 'text', text: value, ...(marks ? { marks: marks.map((type) => ({ type })) } : {}) });
const paragraph = (...content: BodyNodeJson[]): BodyNodeJson => ({ type: 'paragraph', content });
const item = (value: string): BodyNodeJson => ({ type: 'listItem', content: [paragraph(text(value))] });
const cell = (type: 'tableHeader' | 'tableCell', value: string): BodyNodeJson => ({ type, content: [paragraph(text(value))] });

/**
 * Seed 000 grown to three pages with every kind of block the office uses: its paragraphs, a quote, a bulleted and a
 * numbered list, a table, and its paragraphs again; what the fidelity tests export and read back.
 */
export function threePageContent(): Record<string, unknown> & { body: BodyNodeJson } {
  const seed = seedContent('seed-000-es');
  const paragraphs = String(seed.body)
    .split(/\n\s*\n/)
    .map((block) => paragraph(text(block.trim())));
  const body: BodyNodeJson = {
    type: 'doc',
    content: [
      ...paragraphs,
      {
        type: 'blockquote',
        content: [
          paragraph(
            text('«Estamos mirando a todas partes del mundo que tengan interés de trabajar con el Politécnico», '),
            text('resaltó el titular', ['bold']),
            text('.'),
          ),
        ],
      },
      {
        type: 'bulletList',
        content: [item('Nanociencia y micro-nanotecnología'), item('Biotecnología y medio ambiente'), item('Desarrollo económico y competitividad')],
      },
      {
        type: 'orderedList',
        attrs: { start: 1 },
        content: [item('Firma de la carta de intención'), item('Diseño del programa de posgrado dual'), item('Convocatoria para estudiantes de ambos países')],
      },
      {
        type: 'table',
        content: [
          { type: 'tableRow', content: [cell('tableHeader', 'Institución'), cell('tableHeader', 'Sede'), cell('tableHeader', 'Fundación')] },
          {
            type: 'tableRow',
            content: [cell('tableCell', 'Instituto Politécnico Nacional'), cell('tableCell', 'Ciudad de México'), cell('tableCell', '1936')],
          },
          {
            type: 'tableRow',
            content: [
              cell('tableCell', 'Instituto de Minería y Tecnología de Nuevo México'),
              cell('tableCell', 'Socorro, Nuevo México'),
              cell('tableCell', '1889'),
            ],
          },
        ],
      },
      ...paragraphs.slice(0, 3).map((block) => ({ ...block, content: [text('Además, '), ...(block.content ?? [])] })),
    ],
  };
  return { ...seed, body };
}
