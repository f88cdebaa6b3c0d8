// `npm run bench:typing`: the composer's rows of `npm run bench` alone (issue 12), a few minutes instead of the whole bench. Needs `npm run build` first.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../e2e/support/chromium';
import { printTable } from './measure';
import { typingBench } from './typingBench';

const dir = mkdtempSync(join(tmpdir(), 'redacta-bench-'));
try {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  const unpaced = await chromium.launch({ executablePath: chromiumPath, args: [...chromiumArgs, '--disable-gpu-vsync', '--disable-frame-rate-limit'] });
  printTable(await typingBench(browser, unpaced, dir));
  await unpaced.close();
  await browser.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
