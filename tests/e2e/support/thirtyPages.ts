import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Seed 000's body, repeated to about 30 pages: the Spanish text a translator starts from. */
export const thirtyPages = (): string => {
  const seed = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'communiques', 'seed-000-es.json'), 'utf8')) as { body: string };
  return Array.from({ length: 24 }, () => seed.body).join('\n\n');
};
