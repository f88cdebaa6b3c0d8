import { useRef } from 'react';

/** The list given, or the one given before while its items are the same: a memoised panel given it renders only when they change. */
export function useSameItems<T>(list: readonly T[]): readonly T[] {
  const kept = useRef(list);
  const before = kept.current;
  if (before.length !== list.length || before.some((item, index) => !Object.is(item, list[index]))) kept.current = list;
  return kept.current;
}
