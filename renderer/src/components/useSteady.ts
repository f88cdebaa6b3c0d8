import { useInsertionEffect, useRef, useState } from 'react';

type Handlers = Record<string, (...args: never[]) => unknown>;

/**
 * Handlers whose identity never changes and that always call the latest ones: a memoised panel given them renders only
 * when its data changes, not each time the form around it does.
 */
export function useSteady<T extends Handlers>(handlers: T): T {
  const latest = useRef(handlers);
  useInsertionEffect(() => {
    latest.current = handlers;
  });
  const [steady] = useState(
    () =>
      Object.fromEntries(
        Object.keys(handlers).map((name) => [name, (...args: never[]) => (latest.current[name] as (...args: never[]) => unknown)(...args)]),
      ) as T,
  );
  return steady;
}
