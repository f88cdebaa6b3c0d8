import { describe, expect, it } from 'vitest';
import type { PinVerdict } from '../../../../shared/desk/pinVerdict';
import { pinVerdict } from '../../../../shared/desk/pinVerdict';

const a = `${'AB:'.repeat(31)}AB`;
const aAsShown = 'ab'.repeat(32);
const b = `${'CD:'.repeat(31)}CD`;

// Written by hand: what a desk does with each certificate it is shown.
const table: [string, string | undefined, string, string | undefined, PinVerdict][] = [
  ['never seen, not yet compared', undefined, a, undefined, 'first-use'],
  ['never seen, the person compared this one', undefined, a, a, 'confirmed'],
  ['never seen, compared as a browser shows it', undefined, a, aAsShown, 'confirmed'],
  ['never seen, the person compared another one', undefined, a, b, 'changed'],
  ['never seen, the person typed no fingerprint at all', undefined, a, 'nada', 'changed'],
  ['the one pinned', a, a, undefined, 'pinned'],
  ['the one pinned, confirmed again', a, a, a, 'pinned'],
  ['another than the one pinned', a, b, undefined, 'changed'],
  ['another than the one pinned, even if the person confirms it', a, b, b, 'changed'],
];

describe('pinVerdict', () => {
  it.each(table)('%s', (_label, pinned, presented, confirmed, verdict) => {
    expect(pinVerdict(pinned, presented, confirmed)).toBe(verdict);
  });
});
