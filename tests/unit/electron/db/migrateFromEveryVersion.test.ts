import BetterSqlite3 from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { hashPassphrase } from '../../../../electron/auth/passphrase';
import { migrate } from '../../../../electron/db/migrate';
import { migrations } from '../../../../electron/db/migrations/migrations';
import { latestSchemaVersion } from '../../../../electron/db/openDatabase';
import { testBackend } from '../../../helpers/backend';
import { tempDatabasePath } from '../../../helpers/tempDir';
import type { MethodName } from '../../../../shared/contract/contract';
import { approvedContent, draftContent, hasReview, legacyAdmin, seedAtSchemaVersion, seededSeries, versionHash } from './seedAtSchemaVersion';

// A database an office filled with any earlier Redacta opens with this one, its data all there and usable.

let passphraseHash = '';
beforeAll(async () => {
  passphraseHash = await hashPassphrase(legacyAdmin.passphrase);
});

/** A database at schema `version`, filled as that version's app would have. */
function databaseAtVersion(version: number): string {
  const path = tempDatabasePath();
  const db = new BetterSqlite3(path);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  migrate(db, migrations.slice(0, version), path);
  expect(db.pragma('user_version', { simple: true })).toBe(version);
  seedAtSchemaVersion(db, version, passphraseHash);
  db.close();
  return path;
}

const earlierVersions = migrations.map((migration) => migration.version).filter((version) => version < latestSchemaVersion);

describe('opening a database written at an earlier schema version', () => {
  it('covers every earlier version', () => {
    expect(earlierVersions).toEqual(Array.from({ length: latestSchemaVersion - 1 }, (_, index) => index + 1));
  });

  it.each(earlierVersions)('from version %i: people, communiqués, versions, numbers, search, comments, exports and audit are all there', async (version) => {
    const databasePath = databaseAtVersion(version);
    const { backend } = testBackend({ databasePath });
    const { series, letterheadId } = seededSeries(version);
    const reviewed = hasReview(version);
    let session: string | undefined;
    if (reviewed) {
      const signedIn = await backend.dispatch('signIn', { name: legacyAdmin.name, passphrase: legacyAdmin.passphrase }, { locale: 'es' });
      if (!signedIn.ok) throw new Error(`signIn failed: ${signedIn.error.message}`);
      session = (signedIn.value as { session: string }).session;
    }
    const ok = async (method: MethodName, input: unknown) => {
      const result = await backend.dispatch(method, input, { locale: 'es', session });
      if (!result.ok) throw new Error(`${method} failed: ${result.error.code} ${result.error.message}`);
      return result.value as never;
    };

    const list: { id: number; title: string; status: string }[] = await ok('listCommuniques', {});
    expect(list.map(({ id, title, status }) => ({ id, title, status })).sort((a, b) => a.id - b.id)).toEqual([
      { id: 1, title: 'Presenta IPN prototipo de celda de hidrógeno para transporte público', status: reviewed ? 'approved' : 'draft' },
      { id: 2, title: 'Convoca IPN a jornada de puertas abiertas en Zacatenco', status: 'draft' },
    ]);
    const first: { content: unknown; number: number | null } = await ok('getCommunique', { id: 1 });
    expect(first.content).toEqual(approvedContent(series));
    const second: { content: unknown } = await ok('getCommunique', { id: 2 });
    expect(second.content).toEqual(draftContent(series));

    for (const word of ['hidrogeno', 'hidrógeno', 'Zacatenco']) {
      const page: { items: { id: number }[] } = await ok('findCommuniques', { text: word });
      expect(
        page.items.map((item) => item.id),
        word,
      ).toEqual(word === 'Zacatenco' ? [2] : [1]);
    }

    const audit: { action: string; actor: string }[] = await ok('listAudit', { id: 1 });
    expect(audit.map((entry) => `${entry.actor}:${entry.action}`).sort()).toEqual(reviewed ? ['ana:create', 'ana:submit', 'beto:approve'] : ['ana:create']);
    const numbers: { number: number; state: string; communiqueId: number }[] = await ok('listNumbers', { series, year: 2025 });
    expect(numbers.map(({ number, state, communiqueId }) => ({ number, state, communiqueId }))).toEqual(
      reviewed ? [{ number: 7, state: 'assigned', communiqueId: 1 }] : [],
    );
    const versions: { id: number; sha256: string }[] = await ok('listVersions', { id: 1 });
    expect(versions).toHaveLength(reviewed ? 1 : 0);
    if (reviewed) {
      const frozen: { content: unknown; sha256: string; letterheadId: number } = await ok('getVersion', { versionId: 1 });
      expect(frozen.content).toEqual(approvedContent(series));
      expect(frozen.sha256).toBe(versionHash(approvedContent(series), letterheadId));
      expect(versionHash(frozen.content, frozen.letterheadId)).toBe(frozen.sha256);
      const users: { name: string }[] = await ok('listUsers', {});
      expect(users.map((user) => user.name).sort()).toEqual(['ana', 'beto']);
    }

    const comments: { body: string }[] = await ok('listComments', { id: 1 });
    expect(comments.map((comment) => comment.body)).toEqual(version >= 4 ? ['Revisen la sigla CICATA'] : []);
    const exports: { fileName: string }[] = await ok('listExports', { id: 1 });
    expect(exports.map((record) => record.fileName)).toEqual(version >= 5 ? ['comunicado-7-2025.pdf'] : []);

    // Still usable: the draft takes a save and goes to review as a new, hashed version.
    const draft: { revision: number; content: Record<string, unknown> } = await ok('getCommunique', { id: 2 });
    await ok('saveCommunique', { id: 2, revision: draft.revision, content: { ...draft.content, title: 'Convoca IPN a jornada de puertas abiertas' } });
    await backend.close();
  });
});
