import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, metaContentSecurityPolicy } from '../../../../shared/security/contentSecurityPolicy';

/** A policy as directive → sources. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name = '', ...sources]) => [name, sources]),
  );
}

// What the renderer may load, written by hand: only its own files; no eval, no plugins, no foreign hosts, no framing.
const expected: [string, string[]][] = [
  ['default-src', ["'self'"]],
  ['script-src', ["'self'"]],
  ['style-src', ["'self'", "'unsafe-inline'"]],
  ['img-src', ["'self'", 'data:', 'blob:']],
  ['font-src', ["'self'", 'data:']],
  ['connect-src', ["'self'"]],
  ['object-src', ["'none'"]],
  ['base-uri', ["'none'"]],
  ['form-action', ["'none'"]],
  ['frame-ancestors', ["'none'"]],
];

describe('contentSecurityPolicy', () => {
  it('the header allows exactly the hand-written table', () => {
    expect([...directives(contentSecurityPolicy)]).toEqual(expected);
  });

  it('the <meta> policy is the same but frame-ancestors, which browsers ignore there', () => {
    expect([...directives(metaContentSecurityPolicy)]).toEqual(expected.filter(([name]) => name !== 'frame-ancestors'));
  });

  it('never lets a script run from text or from elsewhere', () => {
    for (const source of ["'unsafe-eval'", "'unsafe-inline'", 'http:', 'https:', '*']) {
      expect(directives(contentSecurityPolicy).get('script-src')).not.toContain(source);
    }
  });
});
