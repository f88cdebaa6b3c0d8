import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';
import { openPostgresBackend } from '../../../../electron/api/openPostgresBackend';
import type { LiveChange } from '../../../../shared/live/liveChange';
import { postgresDatabaseAddress } from '../../../helpers/postgresDatabase';

const until = async (done: () => boolean | Promise<boolean>) => {
  for (let tries = 0; !(await done()) && tries < 100; tries++) await new Promise((resolve) => setTimeout(resolve, 50));
};

/** How many connections listen for live changes on the database at `url`, as the database's own activity says. */
async function listenersOn(url: string): Promise<number> {
  const admin = new pg.Client({ connectionString: inject('postgresUrl') });
  await admin.connect();
  try {
    const database = new URL(url).pathname.slice(1);
    const found = await admin.query("SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1 AND query LIKE 'LISTEN%'", [database]);
    return found.rows[0].n as number;
  } finally {
    await admin.end();
  }
}

// Two back ends on one office database: a second server, or the command line on `--db postgres://…`.
describe('live changes on an office database with several back ends', () => {
  it('a write through one back end is heard once by the screens of another, and each hears its own once', async () => {
    const office = postgresDatabaseAddress();
    await office.create();
    const server = await openPostgresBackend(office.url);
    const heard: LiveChange[] = [];
    const stop = server.changes.subscribe((change) => heard.push(change));
    // The server's screens listen before anything is written.
    await until(async () => (await listenersOn(office.url)) === 1);
    const cli = await openPostgresBackend(office.url);
    const made = await cli.dispatch('createCommunique', { content: { title: 'Desde la línea de órdenes' } });
    expect(made.ok).toBe(true);
    await cli.close();
    await until(() => heard.length > 0);
    expect(heard).toEqual([{ method: 'createCommunique', communiqueId: 1, by: expect.any(String) }]);

    await server.dispatch('createCommunique', { content: { title: 'Desde el servidor' } });
    await until(() => heard.length > 1);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(heard.map((change) => change.communiqueId)).toEqual([1, 2]);
    stop();
    await server.close();
  }, 60_000);

  it('keeps hearing its own writes while its listening connection is down, and listens again once it can', async () => {
    const office = postgresDatabaseAddress();
    await office.create();
    const server = await openPostgresBackend(office.url);
    const heard: LiveChange[] = [];
    server.changes.subscribe((change) => heard.push(change));
    const admin = new pg.Client({ connectionString: inject('postgresUrl') });
    await admin.connect();
    const database = new URL(office.url).pathname.slice(1);
    await until(async () => (await listenersOn(office.url)) === 1);
    expect(await listenersOn(office.url)).toBe(1);
    // The database ends the listening connection (a restart, an administrator).
    await admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND query LIKE 'LISTEN%'", [database]);
    await new Promise((resolve) => setTimeout(resolve, 100));
    await server.dispatch('createCommunique', { content: { title: 'Sin escucha' } });
    await until(() => heard.length > 0);
    expect(heard.map((change) => change.communiqueId)).toEqual([1]);
    // It listens again by itself, and a write of another back end arrives.
    await until(async () => (await listenersOn(office.url)) === 1);
    expect(await listenersOn(office.url)).toBe(1);
    const other = await openPostgresBackend(office.url);
    await other.dispatch('createCommunique', { content: { title: 'De otro' } });
    await other.close();
    await until(() => heard.length > 1);
    expect(heard.map((change) => change.communiqueId)).toEqual([1, 2]);
    await admin.end();
    await server.close();
  }, 60_000);
});
