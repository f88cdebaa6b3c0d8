import { defaultPlace } from './defaultPlace';
import type { Language } from './language';

/** The dateline's place once a text goes from one language to the other: the usual place follows; a place typed stays. */
export function placeInLanguage(place: string, from: Language, to: Language): string {
  return place === defaultPlace[from] ? defaultPlace[to] : place;
}
