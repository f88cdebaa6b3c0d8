import { describe, expect, it } from 'vitest';
import { chosenDatabase, describeDatabase } from '../../../../electron/db/databaseLocation';

describe('naming a database in messages', () => {
  it('shows who, where and which database, never a password, wherever the address carries it', () => {
    const named = (url: string) => describeDatabase({ engine: 'postgres', url });
    expect(named('postgres://redacta:secreta@servidor:5433/oficina')).toBe('postgres://redacta@servidor:5433/oficina');
    expect(named('postgres://redacta@servidor/oficina?password=secreta&sslmode=require')).toBe('postgres://redacta@servidor/oficina');
    expect(named('postgresql://servidor/oficina?sslpassword=secreta#x')).toBe('postgresql://servidor/oficina');
    expect(named('postgres://redacta:secreta@[servidor/oficina')).toBe('postgres://…');
    expect(describeDatabase({ engine: 'sqlite', path: '/home/ana/redacta.sqlite3' })).toBe('/home/ana/redacta.sqlite3');
  });

  it('chooses --db, else REDACTA_DATABASE_URL, else the desk’s file', () => {
    expect(chosenDatabase('/tmp/a.sqlite3', { REDACTA_DATABASE_URL: 'postgres://x@y/z' })).toEqual({ engine: 'sqlite', path: '/tmp/a.sqlite3' });
    expect(chosenDatabase(undefined, { REDACTA_DATABASE_URL: 'postgres://x@y/z', REDACTA_DB: '/tmp/b.sqlite3' })).toEqual({
      engine: 'postgres',
      url: 'postgres://x@y/z',
    });
    expect(chosenDatabase(undefined, { REDACTA_DB: '/tmp/b.sqlite3' })).toEqual({ engine: 'sqlite', path: '/tmp/b.sqlite3' });
  });
});
