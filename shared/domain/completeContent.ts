import { plainTextToBody } from '../body/plainTextToBody';
import { emptyBody } from '../body/bodyJson';
import type { Content, ContentInput } from './content';
import { defaultPlace } from './defaultPlace';
import { toIsoDate } from './toIsoDate';

/** Fills what the input left out: series `comunicado`, Spanish, the language's usual place, today, an empty text. */
export function completeContent(input: ContentInput, today: Date): Content {
  const language = input.language ?? 'es';
  const body = input.body ?? emptyBody();
  return {
    series: input.series ?? 'comunicado',
    language,
    place: input.place ?? defaultPlace[language],
    date: input.date ?? toIsoDate(today),
    title: input.title ?? '',
    summary: input.summary ?? [],
    body: typeof body === 'string' ? plainTextToBody(body) : body,
  };
}
