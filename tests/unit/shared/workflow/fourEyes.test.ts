import { describe, expect, it } from 'vitest';
import type { Role } from '../../../../shared/domain/role';
import { whyNot } from '../../../../shared/workflow/whyNot';

// Four eyes as the rule book says it, for the back end and the review screen alike: a table written by hand.
const editor = (name: string, workstation = false) => ({ name, roles: ['edicion'] as Role[], workstation });
const inReview = (author: string, editors: string[]) => ({
  id: 7,
  status: 'in_review' as const,
  latestVersion: { id: 3, seq: 2, sha256: 'a'.repeat(64), author },
  editors,
});

const cases: [string, ReturnType<typeof editor>, ReturnType<typeof inReview>, string | null][] = [
  ['someone else wrote and sent it', editor('eva'), inReview('ana', ['ana']), null],
  ['she sent it', editor('eva'), inReview('eva', ['ana']), 'SELF_APPROVAL'],
  ['she wrote it, another sent it', editor('eva'), inReview('ana', ['eva']), 'OWN_TEXT_APPROVAL'],
  ['she changed it among others', editor('eva'), inReview('ana', ['ana', 'eva', 'luis']), 'OWN_TEXT_APPROVAL'],
  ['nobody changed it since the last approval', editor('eva'), inReview('ana', []), null],
  ['a one-person workstation wrote and sent it', editor('estacion', true), inReview('estacion', ['estacion']), null],
];

describe('four eyes', () => {
  it.each(cases)('%s', (_case, actor, communique, expected) => {
    expect(whyNot(actor, 'approve', communique)?.code ?? null).toBe(expected);
  });
});
