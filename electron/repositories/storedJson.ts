import { storableText } from '../../shared/text/storableText';

/**
 * A value as the store keeps JSON: every text storable (no control characters, a lone surrogate shown as U+FFFD), since
 * PostgreSQL refuses the escapes JSON would write for them, and both engines must keep the same text.
 */
export function storedJson(value: unknown): string {
  return JSON.stringify(value, (_key, field: unknown) => (typeof field === 'string' ? storableText(field) : field));
}
