import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../electron/db/openDatabase';
import { auditRepository } from '../../../../electron/repositories/auditRepository';
import { communiqueRepository } from '../../../../electron/repositories/communiqueRepository';
import type { Content } from '../../../../shared/domain/content';
import { tempDatabasePath } from '../../../helpers/tempDir';

const content = (title: string): Content => ({
  series: 'comunicado',
  language: 'es',
  place: 'Ciudad de México',
  date: '2021-11-17',
  title,
  summary: ['Uno', 'Dos'],
  body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: title }] }] },
});

function setup() {
  const db = openDatabase(tempDatabasePath());
  return { db, repo: communiqueRepository(db) };
}

describe('communiqueRepository', () => {
  it('stores a draft and reads back the same content, as a draft without number at revision 1', () => {
    const { repo } = setup();
    const id = repo.insert({ content: content('Primero'), letterheadId: 1, actor: 'ana', at: '2021-11-17T10:00:00.000Z' });
    expect(repo.get(id)).toMatchObject({
      id,
      status: 'draft',
      number: null,
      year: null,
      revision: 1,
      createdBy: 'ana',
      content: content('Primero'),
    });
    expect(repo.get(id + 1)).toBeUndefined();
  });

  it('lists the most recently changed first and honours the limit', () => {
    const { repo } = setup();
    const a = repo.insert({ content: content('A'), letterheadId: 1, actor: 'ana', at: '2021-11-17T10:00:00.000Z' });
    const b = repo.insert({ content: content('B'), letterheadId: 1, actor: 'ana', at: '2021-11-17T11:00:00.000Z' });
    expect(repo.list(-1).map((row) => row.title)).toEqual(['B', 'A']);
    repo.save({ id: a, expectedRevision: 1, content: content('A2'), actor: 'ana', at: '2021-11-17T12:00:00.000Z', status: 'draft' });
    expect(repo.list(-1).map((row) => row.id)).toEqual([a, b]);
    expect(repo.list(1)).toEqual([
      { id: a, series: 'comunicado', number: null, year: null, language: 'es', status: 'draft', title: 'A2', updatedAt: '2021-11-17T12:00:00.000Z' },
    ]);
  });

  it('saves only over the revision the writer started from; a stale save changes nothing', () => {
    const { repo } = setup();
    const id = repo.insert({ content: content('Base'), letterheadId: 1, actor: 'ana', at: '2021-11-17T10:00:00.000Z' });
    expect(repo.save({ id, expectedRevision: 1, content: content('Ventana A'), actor: 'ana', at: '2021-11-17T10:01:00.000Z', status: 'draft' })).toMatchObject({
      kind: 'saved',
      revision: 2,
    });
    expect(repo.save({ id, expectedRevision: 1, content: content('Ventana B'), actor: 'luis', at: '2021-11-17T10:02:00.000Z', status: 'draft' })).toEqual({
      kind: 'conflict',
      currentRevision: 2,
    });
    expect(repo.get(id)).toMatchObject({ revision: 2, updatedBy: 'ana', content: { title: 'Ventana A' } });
    expect(repo.save({ id: 999, expectedRevision: 1, content: content('x'), actor: 'ana', at: 'x', status: 'draft' })).toEqual({ kind: 'missing' });
  });

  it('rejects a letterhead or series that does not exist (foreign keys are on)', () => {
    const { repo } = setup();
    expect(() => repo.insert({ content: content('x'), letterheadId: 42, actor: 'ana', at: 'x' })).toThrow(/FOREIGN KEY/);
    expect(() => repo.insert({ content: { ...content('x'), series: 'inventada' }, letterheadId: 1, actor: 'ana', at: 'x' })).toThrow(/FOREIGN KEY/);
  });
});

describe('what the schema keeps forever', () => {
  it('never lets a version be changed or deleted', () => {
    const { db, repo } = setup();
    const id = repo.insert({ content: content('x'), letterheadId: 1, actor: 'ana', at: 'x' });
    db.prepare(
      `INSERT INTO versions (communique_id, seq, content, schema_version, sha256, reason, author, created_at)
       VALUES (?, 1, '{}', 1, ?, 'submit', 'ana', 'x')`,
    ).run(id, 'a'.repeat(64));
    expect(() => db.prepare('UPDATE versions SET content = \'{"x":1}\'').run()).toThrow(/immutable/);
    expect(() => db.prepare('DELETE FROM versions').run()).toThrow(/never deleted/);
  });

  it('keeps the audit log append-only', () => {
    const { db } = setup();
    auditRepository(db).append({ at: 'x', actor: 'ana', action: 'create', communiqueId: null });
    expect(() => db.prepare("UPDATE audit_log SET actor = 'otro'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    expect(db.prepare('SELECT actor, action FROM audit_log').all()).toEqual([{ actor: 'ana', action: 'create' }]);
  });
});
