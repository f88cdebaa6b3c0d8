import { describe, expect, it } from 'vitest';
import { ownUrlMatcher } from '../../../../electron/main/ownUrlMatcher';

// Which addresses count as the app's own page: a hand-written table, the same origin exactly, never a prefix.
const devServer: [string, boolean][] = [
  ['http://localhost:5173/', true],
  ['http://localhost:5173', true],
  ['http://localhost:5173/print.html', true],
  ['http://localhost:5173/src/main.tsx?t=1#x', true],
  ['http://LOCALHOST:5173/', true],
  ['http://localhost:51730/', false],
  ['http://localhost:5173.evil.com/', false],
  ['http://localhost:5173@evil.com/', false],
  ['http://localhost:5174/', false],
  ['https://localhost:5173/', false],
  ['http://127.0.0.1:5173/', false],
  ['ws://localhost:5173/', false],
  ['javascript:alert(1)', false],
  ['about:blank', false],
  ['not a url', false],
  ['', false],
];

const packaged: [string, boolean][] = [
  ['redacta://app/index.html', true],
  ['redacta://app/print.html', true],
  ['redacta://app/', true],
  ['redacta://apps/index.html', false],
  ['redacta://app.evil/index.html', false],
  ['redacta://evil/app/index.html', false],
  ['redacta://app:81/index.html', false],
  ['redacta://user@evil/index.html', false],
  ['file:///app/index.html', false],
  ['http://app/index.html', false],
  ['data:text/html,<h1>x</h1>', false],
];

describe('ownUrlMatcher', () => {
  for (const base of ['http://localhost:5173', 'http://localhost:5173/']) {
    it.each(devServer)(`development (${base}): %s is own → %s`, (url, own) => {
      expect(ownUrlMatcher(base)(url)).toBe(own);
    });
  }

  it.each(packaged)('packaged (redacta://app/index.html): %s is own → %s', (url, own) => {
    expect(ownUrlMatcher('redacta://app/index.html')(url)).toBe(own);
  });

  it('a page without a host of its own (file:) owns nothing, not every local file', () => {
    const isOwn = ownUrlMatcher('file:///opt/redacta/index.html');
    expect(isOwn('file:///opt/redacta/index.html')).toBe(false);
    expect(isOwn('file:///etc/passwd')).toBe(false);
  });
});
