import { describe, expect, it } from 'vitest';
import { mainDatabase } from '../../../../electron/main/mainArgs';

describe('the database the app opens', () => {
  it('is --db when given (a file or an office address), else REDACTA_DATABASE_URL, else the store in its folder', () => {
    const folder = '/home/ana/.config/Redacta';
    expect(mainDatabase(['.', '--db', '/tmp/otra.sqlite3'], {}, folder)).toEqual({ engine: 'sqlite', path: '/tmp/otra.sqlite3' });
    expect(mainDatabase(['.', '--db=postgres://redacta@servidor/oficina'], {}, folder)).toEqual({
      engine: 'postgres',
      url: 'postgres://redacta@servidor/oficina',
    });
    expect(mainDatabase(['.', '--no-sandbox'], { REDACTA_DATABASE_URL: 'postgresql://redacta@servidor/oficina' }, folder)).toEqual({
      engine: 'postgres',
      url: 'postgresql://redacta@servidor/oficina',
    });
    expect(mainDatabase(['.', '--db', '/tmp/a.sqlite3'], { REDACTA_DATABASE_URL: 'postgres://x@y/z' }, folder)).toEqual({
      engine: 'sqlite',
      path: '/tmp/a.sqlite3',
    });
    expect(mainDatabase(['.'], { REDACTA_DATABASE_URL: '' }, folder)).toEqual({ engine: 'sqlite', path: '/home/ana/.config/Redacta/redacta.sqlite3' });
  });
});
