/** How deep and how large any call's input may be, checked before validation (a schema walks recursively). */
export const inputLimits = {
  /** Levels of objects and arrays: a body nested as deep as a communiqué may be needs about 50. */
  depth: 100,
  /** Values in all (objects, arrays, strings, numbers): a 300-page body holds about 100,000. */
  values: 2_000_000,
} as const;

/** What an input goes beyond, walked without recursion (so no input can exhaust the stack), or null when it is within. */
export function inputBeyondLimits(input: unknown, limits: { depth: number; values: number } = inputLimits): 'depth' | 'values' | null {
  const pending: [unknown, number][] = [[input, 1]];
  let values = 1;
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [value, depth] = next;
    if (typeof value !== 'object' || value === null) continue;
    if (depth > limits.depth) return 'depth';
    const children = Array.isArray(value) ? value : Object.values(value);
    // Counted before they are queued: a huge array is refused without copying it.
    values += children.length;
    if (values > limits.values) return 'values';
    for (const child of children) pending.push([child, depth + 1]);
  }
  return null;
}
