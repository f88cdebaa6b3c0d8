/** JSON values sealed by `frozenJsonCopy` or `freezeJson`: frozen all the way down, so what is made of one never goes stale. */
const frozen = new WeakSet<object>();

/** Freezes every object and array of `value`, in place. */
function deepFreeze(value: unknown): void {
  // Into frozen objects too: one frozen only on the surface is frozen here all the way down.
  if (typeof value !== 'object' || value === null) return;
  for (const item of Array.isArray(value) ? value : Object.values(value)) deepFreeze(item);
  Object.freeze(value);
}

/** Freezes, in place and all the way down, a JSON value no one else holds a part of, and registers it as such. */
export function freezeJson<T>(value: T): T {
  deepFreeze(value);
  if (typeof value === 'object' && value !== null) frozen.add(value);
  return value;
}

/** A deep copy of a JSON value. */
export function copyJson<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map(copyJson) as T;
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) copy[key] = copyJson(item);
  return copy as T;
}

/** A deep copy of a JSON value, frozen at every level and registered as such. */
export function frozenJsonCopy<T>(value: T): T {
  return freezeJson(copyJson(value));
}

/** Whether `value` was sealed by `freezeJson` or `frozenJsonCopy` (and so can never change). */
export const isFrozenJson = (value: unknown): boolean => typeof value === 'object' && value !== null && frozen.has(value);
