// Fetches Electron's binary when the network allows; otherwise says, in one line, that the desktop window is unavailable.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { electronExecutable, noElectronLine } from './electronRuntime.mjs';

const require = createRequire(import.meta.url);
let installer;
try {
  installer = require.resolve('electron/install.js');
} catch {
  process.exit(0); // production install without devDependencies: nothing to fetch
}

// package.json denies electron's own install script (allowScripts), so a failed download cannot fail npm install.
if (!process.env.ELECTRON_SKIP_BINARY_DOWNLOAD && !electronExecutable()) {
  spawnSync(process.execPath, [installer], { stdio: 'pipe', timeout: 180_000 });
}
console.log(electronExecutable() ? 'Redacta: Electron binary installed; npm start opens the desktop window.' : noElectronLine);
// npm's EBADENGINE warnings: Electron's download tools and nanoid (inside docx) declare Node 22; say once what they mean.
if (Number(process.versions.node.split('.')[0]) < 22) {
  console.log(
    `Redacta: the "EBADENGINE" warnings above are Electron's download tools and docx's nanoid declaring Node 22; browser mode, the CLI and the exports run and are tested on Node ${process.versions.node}.`,
  );
}
