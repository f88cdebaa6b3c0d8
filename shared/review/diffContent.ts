import { diffArrays, diffWordsWithSpace } from 'diff';
import type { Content } from '../domain/content';
import { bodyUnits } from '../style/textUnits';

/** A run of words inside a changed text: unchanged, added in the newer version, or removed from the older one. */
export interface WordPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/** One change between two versions, by field: "title changed", "bullet 2 changed", "paragraph 4 added"… */
export interface FieldChange {
  field: 'series' | 'language' | 'place' | 'date' | 'title' | 'summary' | 'body';
  /** Bullet or paragraph number (from 1) in the newer version; in the older one for a removal. */
  position: number | null;
  kind: 'added' | 'removed' | 'changed';
  parts: WordPart[];
}

/** Word-level marks inside a text that changed. */
export function diffWords(before: string, after: string): WordPart[] {
  return diffWordsWithSpace(before, after).map((change) => ({
    kind: change.added ? 'added' : change.removed ? 'removed' : 'same',
    text: change.value,
  }));
}

/**
 * What changed from version `before` to `after`, field by field: single fields as a whole, bullets and body
 * paragraphs as lists (added, removed, changed), with word-level marks inside what changed (jsdiff).
 */
export function diffContent(before: Content, after: Content): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of ['series', 'language', 'place', 'date', 'title'] as const) {
    if (before[field] !== after[field]) changes.push({ field, position: null, kind: 'changed', parts: diffWords(before[field], after[field]) });
  }
  changes.push(...diffList('summary', before.summary, after.summary));
  changes.push(
    ...diffList(
      'body',
      bodyUnits(before).map((unit) => unit.text),
      bodyUnits(after).map((unit) => unit.text),
    ),
  );
  return changes;
}

/** A list compared item by item: a removal followed by an addition at the same place is one changed item. */
function diffList(field: 'summary' | 'body', before: string[], after: string[]): FieldChange[] {
  const changes: FieldChange[] = [];
  let oldIndex = 0;
  let newIndex = 0;
  const parts = diffArrays(before, after);
  for (let i = 0; i < parts.length; i += 1) {
    const part = parts[i];
    if (!part) continue;
    const next = parts[i + 1];
    if (part.removed && next?.added) {
      const paired = Math.min(part.value.length, next.value.length);
      for (let k = 0; k < paired; k += 1) {
        changes.push({ field, position: newIndex + k + 1, kind: 'changed', parts: diffWords(part.value[k] ?? '', next.value[k] ?? '') });
      }
      part.value.slice(paired).forEach((text, k) => {
        changes.push({ field, position: oldIndex + paired + k + 1, kind: 'removed', parts: [{ kind: 'removed', text }] });
      });
      next.value.slice(paired).forEach((text, k) => {
        changes.push({ field, position: newIndex + paired + k + 1, kind: 'added', parts: [{ kind: 'added', text }] });
      });
      oldIndex += part.value.length;
      newIndex += next.value.length;
      i += 1;
    } else if (part.removed) {
      part.value.forEach((text, k) => {
        changes.push({ field, position: oldIndex + k + 1, kind: 'removed', parts: [{ kind: 'removed', text }] });
      });
      oldIndex += part.value.length;
    } else if (part.added) {
      part.value.forEach((text, k) => {
        changes.push({ field, position: newIndex + k + 1, kind: 'added', parts: [{ kind: 'added', text }] });
      });
      newIndex += part.value.length;
    } else {
      oldIndex += part.value.length;
      newIndex += part.value.length;
    }
  }
  return changes;
}
