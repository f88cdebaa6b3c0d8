import { seedContent } from '../../helpers/fixtures';

/** Seed 000's body, repeated to about 30 pages: the Spanish text a translator starts from. */
export const thirtyPages = (): string => {
  const body = String(seedContent('seed-000-es').body);
  return Array.from({ length: 24 }, () => body).join('\n\n');
};
