import { describe, expect, it } from 'vitest';
import { readTypedDate, typedDateText } from '../../../../shared/format/typedDate';

const today = new Date('2026-12-01T12:00:00');

describe('a date typed as the office writes it, day first', () => {
  it('reads dd/mm/aaaa, with one-digit parts and other separators', () => {
    expect(readTypedDate('17/11/2021', today)).toEqual({ kind: 'date', iso: '2021-11-17', yearsAway: 5 });
    expect(readTypedDate('1/2/2026', today)).toEqual({ kind: 'date', iso: '2026-02-01', yearsAway: 0 });
    expect(readTypedDate(' 27-03-2023 ', today)).toMatchObject({ kind: 'date', iso: '2023-03-27' });
    expect(readTypedDate('27.03.2023', today)).toMatchObject({ kind: 'date', iso: '2023-03-27' });
  });

  it('refuses a day the month does not have, rather than moving it into the next month', () => {
    expect(readTypedDate('31/02/2026', today)).toEqual({ kind: 'impossible' });
    expect(readTypedDate('29/02/2025', today)).toEqual({ kind: 'impossible' });
    expect(readTypedDate('29/02/2024', today)).toMatchObject({ kind: 'date', iso: '2024-02-29' });
    expect(readTypedDate('12/31/2026', today)).toEqual({ kind: 'impossible' });
    expect(readTypedDate('01/01/0999', today)).toEqual({ kind: 'impossible' });
  });

  it('says how far a date is from today, so a date centuries away is questioned', () => {
    expect(readTypedDate('01/12/2312', today)).toMatchObject({ kind: 'date', iso: '2312-12-01', yearsAway: 286 });
    expect(readTypedDate('30/11/2026', today)).toMatchObject({ yearsAway: 0 });
  });

  it('tells a date still being typed from none at all, and writes a stored date back day first', () => {
    expect(readTypedDate('17/11/20', today)).toEqual({ kind: 'incomplete' });
    expect(readTypedDate('17/11', today)).toEqual({ kind: 'incomplete' });
    expect(readTypedDate('', today)).toEqual({ kind: 'empty' });
    expect(typedDateText('2021-11-17')).toBe('17/11/2021');
    expect(typedDateText('')).toBe('');
  });
});
