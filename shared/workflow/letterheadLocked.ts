/** A letterhead that communiqués already use never changes, so they keep their paper (refused: LETTERHEAD_IN_USE); duplicate it instead. */
export function letterheadLocked(usedBy: number): boolean {
  return usedBy > 0;
}
