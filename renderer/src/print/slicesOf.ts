/** Cuts `items` into runs of at most `limit` characters in all (an item longer than that is a run of its own). */
export function slicesOf(items: readonly string[], limit: number): string[][] {
  const slices: string[][] = [];
  let size = Number.POSITIVE_INFINITY;
  for (const item of items) {
    if (size + item.length > limit) {
      slices.push([]);
      size = 0;
    }
    slices[slices.length - 1]?.push(item);
    size += item.length;
  }
  return slices;
}
