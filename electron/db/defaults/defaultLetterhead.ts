import resource from '../../../resources/letterheads/default-letterhead.json' with { type: 'json' };
import type { LetterheadDefinition } from '../../../shared/domain/letterhead';
import { letterheadDefinitionSchema } from '../../../shared/domain/letterhead';

/** An SVG as the `data:` URI a letterhead stores. */
export function svgDataUri(svg: string): string {
  return `data:image/svg+xml;base64,${Buffer.from(svg, 'utf8').toString('base64')}`;
}

/** The first-run letterhead from resources/, its emblems turned into stored images and the whole checked. */
export const defaultLetterhead: { name: string; validFrom: string; definition: LetterheadDefinition } = {
  name: resource.name,
  validFrom: resource.validFrom,
  definition: letterheadDefinitionSchema.parse({
    ...resource.definition,
    images: resource.emblems.map(({ svg, ...image }) => ({ ...image, src: svgDataUri(svg) })),
  }),
};
