import { existsSync } from 'node:fs';

/** Debian's Chromium (never a downloaded browser); `CHROMIUM_PATH` points elsewhere when needed. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Switches for a headless Chromium on a closed network, as root. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // The office's locale: date fields show and take day/month/year as the users see them.
  '--lang=es-MX',
];

/** Says what to install when the browser is missing, instead of a stack trace from deep inside Playwright. */
export function assertChromium(): void {
  if (!existsSync(chromiumPath)) {
    throw new Error(`Chromium not found at ${chromiumPath}: install it with "apt-get install chromium" or set CHROMIUM_PATH.`);
  }
}
