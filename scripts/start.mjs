// npm start: the desktop window where Electron's binary exists; otherwise the same app in browser mode.
import { spawn, spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronExecutable, ensureElectronNativeBinding, noElectronLine } from './electronRuntime.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const bin = (name) => join(root, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);

const build = spawnSync(bin('electron-vite'), ['build'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const electron = electronExecutable();
if (electron) {
  const binding = ensureElectronNativeBinding(root);
  const app = spawn(electron, ['.', ...args], { cwd: root, stdio: 'inherit', env: { ...process.env, REDACTA_NATIVE_BINDING: binding } });
  app.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log(`${noElectronLine}. Starting browser mode now.`);
  const host = spawn(bin('tsx'), ['electron/cli/main.ts', 'serve', ...args], { cwd: root, stdio: ['inherit', 'pipe', 'inherit'] });
  host.stdout.on('data', (chunk) => {
    process.stdout.write(chunk);
    const url = /^(http:\/\/127\.0\.0\.1:\d+\/\S*)/m.exec(String(chunk))?.[1];
    if (url) openInBrowser(url);
  });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => host.kill(signal));
  host.on('exit', (code) => process.exit(code ?? 0));
}

/** Opens the address in the desktop's browser where there is a desktop; otherwise the printed address is enough. */
function openInBrowser(url) {
  const opener =
    process.platform === 'darwin'
      ? ['open', [url]]
      : process.platform === 'win32'
        ? ['cmd', ['/c', 'start', '', url]]
        : process.env.DISPLAY || process.env.WAYLAND_DISPLAY
          ? ['xdg-open', [url]]
          : null;
  if (!opener) return;
  const child = spawn(opener[0], opener[1], { stdio: 'ignore', detached: true });
  child.on('error', () => undefined);
  child.unref();
}
