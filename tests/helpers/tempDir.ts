import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh temporary folder, removed after the test. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'redacta-test-'));
  made.push(dir);
  return dir;
}

/** A path for a database file that does not exist yet, in a fresh temporary folder. */
export function tempDatabasePath(): string {
  return join(tempDir(), 'redacta.sqlite3');
}
