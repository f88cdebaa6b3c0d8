/** A rule's thickness in millimetres as Word sets borders: in eighths of a point. */
export function ruleSize(millimetres: number): number {
  return Math.round(((millimetres * 72) / 25.4) * 8);
}
