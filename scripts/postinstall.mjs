// Fetches Electron's binary when the network allows; otherwise says, in one line, that the desktop window is unavailable.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const line = 'Redacta: desktop window unavailable here (Electron binary not installed); use browser mode: npm run web';
const require = createRequire(import.meta.url);

let installer;
try {
  installer = require.resolve('electron/install.js');
} catch {
  process.exit(0); // production install without devDependencies: nothing to fetch
}

if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) {
  if (!electronReady()) console.log(line);
  process.exit(0);
}

const result = spawnSync(process.execPath, [installer], { stdio: 'pipe', timeout: 180_000 });
if (result.status === 0 && electronReady()) console.log('Redacta: Electron binary installed; npm start opens the desktop window.');
else console.log(line);

/** True when electron's package can name an executable that exists. */
function electronReady() {
  try {
    const path = require('electron');
    return typeof path === 'string' && existsSync(path);
  } catch {
    return false;
  }
}
