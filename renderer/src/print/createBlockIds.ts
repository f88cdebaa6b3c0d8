/**
 * Numbers blocks by their HTML: the same HTML gets the same number from one layout to the next, so a page's signature
 * is a few numbers, not its blocks' HTML again (in 1 MB that was a megabyte of strings made and hashed after each pause).
 * Only the last layout's blocks are remembered.
 */
export function createBlockIds(): (html: readonly string[]) => number[] {
  let known = new Map<string, number>();
  let next = 0;
  return (html) => {
    const current = new Map<string, number>();
    const ids = html.map((block) => {
      let id = current.get(block) ?? known.get(block);
      if (id === undefined) {
        id = next;
        next += 1;
      }
      current.set(block, id);
      return id;
    });
    known = current;
    return ids;
  };
}
