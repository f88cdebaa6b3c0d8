import { describe, expect, it } from 'vitest';
import { letterheadInForce } from '../../../../shared/domain/letterheadInForce';

// The office's letterheads over the years, as an administrator would have made them (ids in the order made).
const letterheads = [
  { id: 1, validFrom: '2020-01-01', name: 'Membrete 2020' },
  { id: 2, validFrom: '2024-06-01', name: 'Membrete 2024' },
  { id: 3, validFrom: '2027-01-01', name: 'Membrete 2027, preparado antes' },
  { id: 4, validFrom: '2024-06-01', name: 'Membrete 2024, corregido el mismo día' },
];

describe('the letterhead in force on a day', () => {
  it.each([
    ['2019-05-05', 'Membrete 2020'],
    ['2020-01-01', 'Membrete 2020'],
    ['2024-05-31', 'Membrete 2020'],
    ['2024-06-01', 'Membrete 2024, corregido el mismo día'],
    ['2026-12-03', 'Membrete 2024, corregido el mismo día'],
    ['2027-01-01', 'Membrete 2027, preparado antes'],
  ])('on %s it is «%s»', (date, name) => {
    expect(letterheadInForce(letterheads, date)?.name).toBe(name);
  });

  it('is none when the office has none', () => {
    expect(letterheadInForce([], '2026-12-03')).toBeUndefined();
  });
});
