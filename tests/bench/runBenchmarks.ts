import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { createBackend } from '../../electron/api/createBackend';
import { chromiumArgs, chromiumPath } from '../e2e/support/chromium';
import { startServe } from '../e2e/support/startServe';
import { runCliProcess } from '../helpers/runCliProcess';
import { seedContent } from '../helpers/fixtures';
import type { BenchRow } from './measure';
import { composerBench } from './composerBench';
import { dispatchBench } from './dispatchBench';
import { enginesBench } from './enginesBench';
import { exportBench } from './exportBench';
import { reviewBench } from './reviewBench';
import { archiveBench } from './archiveBench';
import { importBench } from './importBench';
import { typingBench } from './typingBench';
import { officeLoadBench } from './officeLoadBench';
import { printTable, repeat, summarize, timed } from './measure';

// `npm run bench`: figures a person would feel, measured on this machine in this run. Needs `npm run build` first.
const dir = mkdtempSync(join(tmpdir(), 'redacta-bench-'));
const rows: BenchRow[] = [];
const ms = (value: number) => `${value.toFixed(1)} ms`;

try {
  // A store the size of a few years of the office's work.
  const databasePath = join(dir, 'redacta.sqlite3');
  const backend = createBackend({ databasePath });
  const seed = seedContent('seed-000-es');
  const createTimes: number[] = [];
  for (let i = 0; i < 1000; i += 1) {
    createTimes.push(await timed(() => backend.dispatch('createCommunique', { content: { ...seed, title: `${String(seed.title)} ${i}` } })));
  }
  const created = summarize(createTimes);
  rows.push({ what: 'create a communiqué (back end, seed 000)', figure: ms(created.median), note: `median of 1000; p95 ${ms(created.p95)}` });
  const list = await backend.dispatch('listCommuniques', {});
  const listTime = summarize(await repeat(20, () => backend.dispatch('listCommuniques', {})));
  rows.push({
    what: 'list 1000 communiqués (back end)',
    figure: ms(listTime.median),
    note: `median of 20; ${list.ok ? (list.value as unknown[]).length : 0} rows`,
  });
  await backend.close();

  rows.push(...(await dispatchBench(dir)));
  rows.push(...(await enginesBench(dir)));
  rows.push(...(await officeLoadBench(dir)));
  rows.push(...(await reviewBench(dir)));
  rows.push(...(await exportBench(dir)));
  // REDACTA_ARCHIVE_SIZES=1000,10000 runs the archive at fewer sizes (the 100k archive takes minutes).
  rows.push(...(await importBench(dir)));
  rows.push(...(await archiveBench(dir, (process.env.REDACTA_ARCHIVE_SIZES ?? '1000,10000,100000').split(',').map(Number))));

  const cli = summarize(await repeat(3, () => runCliProcess(['--db', databasePath, 'list', '--json', '--limit', '20'])));
  rows.push({ what: 'CLI `list --limit 20` wall time', figure: ms(cli.median), note: 'median of 3, includes tsx start-up' });

  // Browser mode as a user starts it: process start → address printed → first paint in Chromium.
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  const paints: number[] = [];
  const starts: number[] = [];
  const saves: number[] = [];
  for (let run = 0; run < 3; run += 1) {
    let host: Awaited<ReturnType<typeof startServe>> | undefined;
    starts.push(await timed(async () => (host = await startServe(databasePath))));
    if (!host) throw new Error('serve did not start');
    const page = await browser.newPage();
    await page.goto(host.url);
    await page.getByRole('heading', { name: 'Comunicados' }).waitFor();
    const fcp = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN);
    paints.push(fcp);
    if (run === 0) {
      await page
        .getByRole('link', { name: /^Abrir / })
        .first()
        .click();
      const title = page.getByRole('textbox', { name: 'Título', exact: true });
      await title.waitFor();
      for (let i = 0; i < 20; i += 1) {
        const response = page.waitForResponse((r) => r.url().endsWith('/api/saveCommunique'));
        const started = Date.now();
        await title.press('End');
        await page.keyboard.type('x');
        await page.keyboard.press('Control+s');
        await response;
        saves.push(Date.now() - started);
      }
    }
    await page.close();
    await host.stop();
  }
  const unpaced = await chromium.launch({ executablePath: chromiumPath, args: [...chromiumArgs, '--disable-gpu-vsync', '--disable-frame-rate-limit'] });
  rows.push(...(await composerBench(browser, unpaced, dir)));
  rows.push(...(await typingBench(browser, unpaced, dir)));
  await unpaced.close();
  await browser.close();
  const start = summarize(starts);
  const paint = summarize(paints);
  const save = summarize(saves);
  rows.push({ what: 'browser mode: `serve` start to address printed', figure: ms(start.median), note: 'median of 3 cold starts' });
  rows.push({ what: 'browser mode: first contentful paint', figure: ms(paint.median), note: 'median of 3, list of 1000 communiqués' });
  rows.push({ what: 'autosave round trip (Ctrl+S, HTTP, SQLite FULL sync)', figure: ms(save.median), note: `median of 20; p95 ${ms(save.p95)}` });
  printTable(rows);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
