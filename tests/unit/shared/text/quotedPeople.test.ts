import { describe, expect, it } from 'vitest';
import { bodyToPlainText } from '../../../../shared/body/bodyToPlainText';
import type { Content } from '../../../../shared/domain/content';
import { quotedPeople } from '../../../../shared/text/quotedPeople';
import { seedContent } from '../../../helpers/fixtures';

const textOf = (name: 'seed-000-es' | 'seed-001-en') => {
  const seed = seedContent(name) as Omit<Content, 'body'> & { body: Content['body'] | string };
  return [seed.title, ...seed.summary, typeof seed.body === 'string' ? seed.body : bodyToPlainText(seed.body, '')].join('\n');
};

describe('quotedPeople', () => {
  it('finds who speaks in the seeds, and none of the institutions or places they name', () => {
    expect(quotedPeople(textOf('seed-000-es'))).toEqual(expect.arrayContaining(['Arturo Reyes Sandoval', 'Delfina Gómez Álvarez']));
    expect(quotedPeople(textOf('seed-000-es'))).not.toContain('Instituto Politécnico Nacional');
    expect(quotedPeople(textOf('seed-001-en'))).toContain('Arturo Reyes Sandoval');
  });

  it('takes names only from sentences that quote (a verb of saying or quotation marks)', () => {
    expect(quotedPeople('La escuela lleva el nombre de Juan de Dios Bátiz desde 1950.')).toEqual([]);
    expect(quotedPeople('«Creceremos», afirmó Ana María López Ruiz.')).toEqual(['Ana María López Ruiz']);
    expect(quotedPeople('Jane Doe said the programme starts in May.')).toEqual(['Jane Doe']);
  });
});
