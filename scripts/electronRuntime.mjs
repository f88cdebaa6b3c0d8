// Where Electron's binary is, and better-sqlite3 built for Electron's ABI (the Node build stays for the tests).
import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** The one line said wherever the desktop window cannot open. */
export const noElectronLine = 'Redacta: desktop window unavailable here (Electron binary not installed); use browser mode: npm run web';

/**
 * The Electron executable, or null where its binary was never downloaded. Read the way electron's index.js
 * does, but without requiring it: that module starts a download when the binary is missing.
 */
export function electronExecutable() {
  let packageDir;
  try {
    packageDir = dirname(require.resolve('electron/package.json'));
  } catch {
    return null;
  }
  const pathFile = join(packageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const executable = override ? join(override, relative ?? 'electron') : relative ? join(packageDir, 'dist', relative) : null;
  return executable && existsSync(executable) ? executable : null;
}

/** Builds (once per Electron version) better-sqlite3 against Electron's headers and returns the addon's path. */
export function ensureElectronNativeBinding(root) {
  const version = require('electron/package.json').version;
  const target = join(root, '.cache', 'electron-native', version, 'better_sqlite3.node');
  if (existsSync(target)) return target;
  const source = dirname(require.resolve('better-sqlite3/package.json'));
  const work = join(root, '.cache', 'electron-native', `build-${version}`);
  rmSync(work, { recursive: true, force: true });
  cpSync(source, work, { recursive: true, filter: (path) => !path.includes(`${source}/build`) });
  const nodeGyp =
    process.env.npm_config_node_gyp ?? join(dirname(process.execPath), '..', 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js');
  const env = { ...process.env };
  delete env.npm_config_nodedir; // a machine-wide nodedir would build against Node's headers instead of Electron's
  execFileSync(process.execPath, [nodeGyp, 'rebuild', '--release', `--target=${version}`, '--runtime=electron', '--dist-url=https://electronjs.org/headers'], {
    cwd: work,
    env,
    stdio: 'inherit',
  });
  mkdirSync(dirname(target), { recursive: true });
  copyFileSync(join(work, 'build', 'Release', 'better_sqlite3.node'), target);
  return target;
}
