import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rendererFilePath } from '../../../../electron/main/rendererFilePath';

const root = join('/opt', 'redacta', 'renderer');

// Which file a redacta:// address serves: a hand-written table; null means «not found», never a file outside the folder.
const table: [string, string | null][] = [
  ['redacta://app/', join(root, 'index.html')],
  ['redacta://app/index.html', join(root, 'index.html')],
  ['redacta://app/print.html', join(root, 'print.html')],
  ['redacta://app/assets/index-1a2b.js?v=1#top', join(root, 'assets', 'index-1a2b.js')],
  ['redacta://app/fonts/Noto%20Sans.woff2', join(root, 'fonts', 'Noto Sans.woff2')],
  ['redacta://app/../../etc/passwd', join(root, 'etc', 'passwd')],
  ['redacta://app/%2e%2e/%2e%2e/etc/passwd', join(root, 'etc', 'passwd')],
  ['redacta://app/..%2F..%2Fetc%2Fpasswd', null],
  ['redacta://app/%E0%A4%A', null],
  ['redacta://evil/index.html', null],
  ['redacta://app.evil/index.html', null],
  ['redacta://app:81/index.html', null],
  ['not a url', null],
];

describe('rendererFilePath', () => {
  it.each(table)('%s → %s', (url, file) => {
    expect(rendererFilePath(root, url)).toBe(file);
  });
});
