import { execFileSync, spawn } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';

/** A throwaway PostgreSQL server: Debian's binaries, a temporary folder, loopback only, gone when stopped or orphaned. */
export interface PostgresCluster {
  /** The superuser's address of its `postgres` database (trust authentication, loopback only). */
  url: string;
  stop(): void;
}

/** Where Debian keeps the newest installed PostgreSQL's server binaries (`postgresql` package), or null. */
export function postgresBinaries(): string | null {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((name) => existsSync(join(root, name, 'bin', 'pg_ctl')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(root, versions[0], 'bin') : null;
}

/** A port nobody listens on at the moment. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * Starts a cluster in a new temporary folder. As root, PostgreSQL's tools run as the `postgres` user (initdb refuses
 * root). Durability settings are off unless `durable` (a benchmark compares it with SQLite's synchronous=FULL): the tests
 * need behaviour, not crash safety. A watchdog stops it and deletes its
 * folder if this process dies without stopping it.
 */
export async function startPostgresCluster({ durable = false }: { durable?: boolean } = {}): Promise<PostgresCluster> {
  const bin = postgresBinaries();
  if (!bin) throw new Error("PostgreSQL's server is not installed: apt-get install postgresql (see README, Tests).");
  const asRoot = userInfo().uid === 0;
  const dir = mkdtempSync(join(tmpdir(), 'redacta-pg-'));
  const data = join(dir, 'data');
  const run = (tool: string, args: string[]) =>
    execFileSync(asRoot ? 'runuser' : join(bin, tool), asRoot ? ['-u', 'postgres', '--', join(bin, tool), ...args] : args, { stdio: 'pipe' });
  if (asRoot) {
    const postgres = execFileSync('id', ['-u', 'postgres']).toString().trim();
    const group = execFileSync('id', ['-g', 'postgres']).toString().trim();
    chownSync(dir, Number(postgres), Number(group));
  }
  run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C.UTF-8', '-N']);
  const port = await freePort();
  const settings = [
    `-c listen_addresses=127.0.0.1 -p ${port} -c unix_socket_directories=${dir}`,
    durable ? '-c max_connections=200' : '-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200',
  ].join(' ');
  run('pg_ctl', ['-D', data, '-o', settings, '-l', join(dir, 'server.log'), '-w', '-t', '60', 'start']);
  const stopCommand = asRoot
    ? `runuser -u postgres -- ${join(bin, 'pg_ctl')} -D ${data} -m immediate stop`
    : `${join(bin, 'pg_ctl')} -D ${data} -m immediate stop`;
  // Stops the server and removes its folder once this process is gone, however it ended.
  const watchdog = spawn('sh', ['-c', `while kill -0 ${process.pid} 2>/dev/null; do sleep 2; done; ${stopCommand} >/dev/null 2>&1; rm -rf ${dir}`], {
    detached: true,
    stdio: 'ignore',
  });
  watchdog.unref();
  let stopped = false;
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop: () => {
      if (stopped) return;
      stopped = true;
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', 'stop']);
      } finally {
        watchdog.kill();
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
