import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Path of a file under tests/fixtures. */
export function fixturePath(...parts: string[]): string {
  return join(import.meta.dirname, '..', 'fixtures', ...parts);
}

/** A content object from tests/fixtures/communiques (seed 000 in Spanish, seed 001 in English). */
export function seedContent(name: 'seed-000-es' | 'seed-001-en'): Record<string, unknown> {
  return JSON.parse(readFileSync(fixturePath('communiques', `${name}.json`), 'utf8')) as Record<string, unknown>;
}
