import { describe, expect, it } from 'vitest';
import { formatDateline } from '../../../../shared/format/formatDateline';

describe('formatDateline', () => {
  it('writes Spanish datelines as seed 000 does, with the month in lowercase', () => {
    expect(formatDateline('Ciudad de México', '2021-11-17', 'es')).toBe('Ciudad de México, 17 de noviembre de 2021');
    expect(formatDateline('Zacatenco', '2024-01-01', 'es')).toBe('Zacatenco, 1 de enero de 2024');
  });

  it.each([
    ['2023-03-01', 'March 1st, 2023'],
    ['2023-03-02', 'March 2nd, 2023'],
    ['2023-03-03', 'March 3rd, 2023'],
    ['2023-03-04', 'March 4th, 2023'],
    ['2023-03-11', 'March 11th, 2023'],
    ['2023-03-12', 'March 12th, 2023'],
    ['2023-03-13', 'March 13th, 2023'],
    ['2023-03-21', 'March 21st, 2023'],
    ['2023-03-22', 'March 22nd, 2023'],
    ['2023-03-23', 'March 23rd, 2023'],
    ['2023-03-27', 'March 27th, 2023'],
    ['2023-03-31', 'March 31st, 2023'],
  ])('writes English datelines with ordinals as seed 001 does: %s → %s', (date, expected) => {
    expect(formatDateline('Mexico City', date, 'en')).toBe(`Mexico City, ${expected}`);
  });

  it('leaves out the comma when there is no place', () => {
    expect(formatDateline('  ', '2021-11-17', 'es')).toBe('17 de noviembre de 2021');
  });
});
