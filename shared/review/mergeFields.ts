import { diffArrays } from 'diff';
import type { Content } from '../domain/content';
import { contentLimits } from '../domain/content';

/** A part of a communiqué two windows may have saved differently. */
export type ConflictField = 'series' | 'language' | 'place' | 'date' | 'title' | 'summary' | 'body';

/** Every field, in the order the composer shows them. */
export const conflictFields: readonly ConflictField[] = ['series', 'language', 'place', 'date', 'title', 'summary', 'body'];

/** What the person keeps of a field: their text, the other window's, or both. */
export type MergeChoice = 'mine' | 'theirs' | 'both';

/** The fields where this window's text and the stored one differ. */
export function conflictingFields(mine: Content, theirs: Content): ConflictField[] {
  return conflictFields.filter((field) => JSON.stringify(mine[field]) !== JSON.stringify(theirs[field]));
}

/** Joins two single lines kept both ways: "mine / theirs". */
const joinLines = (mine: string, theirs: string) => `${mine} / ${theirs}`;

/**
 * Both lists in one, in their places: what is in both once, what only one has where it had it (jsdiff on the items).
 * Bullets compare as text; body blocks as their JSON.
 */
function unionByPlace<T>(mine: readonly T[], theirs: readonly T[]): T[] {
  const key = (item: T) => JSON.stringify(item);
  const byKey = new Map([...mine, ...theirs].map((item) => [key(item), item]));
  return diffArrays(mine.map(key), theirs.map(key)).flatMap((part) => part.value.map((item) => byKey.get(item) as T));
}

/** The value of `field` after the person's choice; null when "both" cannot hold (one value, or over the field's limit). */
export function mergeField<F extends ConflictField>(field: F, mine: Content, theirs: Content, choice: MergeChoice): Content[F] | null {
  if (choice === 'mine') return mine[field];
  if (choice === 'theirs') return theirs[field];
  const which: ConflictField = field;
  switch (which) {
    case 'title':
    case 'place': {
      const joined = joinLines(mine[which], theirs[which]);
      return (joined.length <= contentLimits[which] ? joined : null) as Content[F] | null;
    }
    case 'summary': {
      const both = unionByPlace(mine.summary, theirs.summary);
      return (both.length <= contentLimits.bullets ? both : null) as Content[F] | null;
    }
    case 'body':
      return { ...mine.body, content: unionByPlace(mine.body.content ?? [], theirs.body.content ?? []) } as Content[F];
    default:
      return null;
  }
}
