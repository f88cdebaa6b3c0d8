import { describe, expect, it } from 'vitest';
import { officeOrigin } from '../../../../electron/desk/officeOrigin';

// Written by hand: what a person types, and the office it names (null: not an office's address).
const table: [string, string | null][] = [
  ['https://192.168.1.10:47443', 'https://192.168.1.10:47443'],
  ['https://192.168.1.10:47443/', 'https://192.168.1.10:47443'],
  ['  https://oficina.ipn.mx:47443  ', 'https://oficina.ipn.mx:47443'],
  ['192.168.1.10:47443', 'https://192.168.1.10:47443'],
  ['192.168.1.10', 'https://192.168.1.10:47443'],
  ['oficina.ipn.mx', 'https://oficina.ipn.mx:47443'],
  ['https://redacta.ipn.mx', 'https://redacta.ipn.mx'],
  ['HTTPS://Oficina.IPN.mx:8443', 'https://oficina.ipn.mx:8443'],
  ['[::1]:47443', 'https://[::1]:47443'],
  ['http://192.168.1.10:47443', null],
  ['ftp://oficina', null],
  ['https://oficina/ruta', null],
  ['https://oficina/?token=1', null],
  ['https://ana:clave@oficina', null],
  ['oficina:puerto', null],
  ['', null],
  ['   ', null],
];

describe('officeOrigin', () => {
  it.each(table)('%j → %s', (typed, origin) => {
    expect(officeOrigin(typed)).toBe(origin);
  });
});
