import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { electronExecutable } from '../../../scripts/electronRuntime.mjs';
import { assertChromium } from './chromium';
import { electronSkipReason } from './test';

/** Checks what the specs need and says, before anything runs, which projects will be skipped and why. */
export default function globalSetup(): void {
  assertChromium();
  const renderer = join(import.meta.dirname, '..', '..', '..', 'out', 'renderer', 'index.html');
  if (!existsSync(renderer)) throw new Error('The renderer is not built: run "npm run build" first (npm test does).');
  if (!electronExecutable()) console.log(`[e2e] Electron project skipped: ${electronSkipReason}.`);
  else console.log('[e2e] Electron project runs against the desktop app.');
}
