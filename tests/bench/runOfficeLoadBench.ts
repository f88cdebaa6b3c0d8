// `npm run bench:office`: the office server's load rows of `npm run bench` alone (issue 15). Needs `npm run build` first.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { printTable } from './measure';
import { officeLoadBench } from './officeLoadBench';

const dir = mkdtempSync(join(tmpdir(), 'redacta-bench-'));
try {
  printTable(await officeLoadBench(dir));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
