import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The built renderer: `REDACTA_RENDERER_DIR`, else `out/renderer` in the package that holds this file. */
export function rendererDir(env: NodeJS.ProcessEnv = process.env): string {
  const override = env.REDACTA_RENDERER_DIR;
  if (override) return override;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (dirname(dir) !== dir) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'redacta') {
      return join(dir, 'out', 'renderer');
    }
    dir = dirname(dir);
  }
  return join(process.cwd(), 'out', 'renderer');
}
