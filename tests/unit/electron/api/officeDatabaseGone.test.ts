import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';
import { openPostgresBackend } from '../../../../electron/api/openPostgresBackend';
import { holdWriteLock } from '../../../helpers/holdWriteLock';
import { postgresDatabaseAddress } from '../../../helpers/postgresDatabase';

describe('an office database that goes away mid-call', () => {
  it('answers that the database cannot be reached, keeps running, and works again once it is back', async () => {
    const office = postgresDatabaseAddress();
    await office.create();
    const backend = await openPostgresBackend(office.url, { logInternal: () => undefined });
    expect(await backend.dispatch('listCommuniques', {})).toMatchObject({ ok: true });
    // Another desk holds the write lock; this call waits for it, on a connection the server then ends.
    const release = await holdWriteLock(office.url);
    const waiting = backend.dispatch('createCommunique', { content: { title: 'Se corta la red' } });
    const admin = new pg.Client({ connectionString: inject('postgresUrl') });
    await admin.connect();
    const database = new URL(office.url).pathname.slice(1);
    let ended = 0;
    for (let tries = 0; ended === 0 && tries < 100; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      const { rowCount } = await admin.query(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND wait_event_type = 'Lock' AND wait_event = 'advisory'",
        [database],
      );
      ended = rowCount ?? 0;
    }
    await admin.end();
    expect(ended).toBe(1);
    expect(await waiting).toMatchObject({
      ok: false,
      error: { code: 'DATABASE_UNREACHABLE', message: expect.stringMatching(/^No se pudo conectar con la base de datos postgres:\/\//) },
    });
    await release();
    expect(await backend.dispatch('createCommunique', { content: { title: 'Ya volvió' } })).toMatchObject({ ok: true });
    expect(await backend.dispatch('listCommuniques', {})).toMatchObject({ ok: true, value: [{ title: 'Ya volvió' }] });
    await backend.close();
  }, 60_000);
});
