/** A CSS colour (`#rrggbb`) as Word writes it (`RRGGBB`). */
export function hex(color: string): string {
  return color.replace(/^#/, '').toUpperCase();
}
