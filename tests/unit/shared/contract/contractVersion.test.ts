import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { callMetaSchema } from '../../../../shared/contract/callMeta';
import { contract } from '../../../../shared/contract/contract';
import { contractVersion } from '../../../../shared/contract/contractVersion';
import { methodNames } from '../../../../shared/contract/methodNames';

// What each contract version is, pinned by hand: a change to the contract fails here until the version is raised and
// its digest written below, so an office server never answers a client that speaks another contract.
const pinned: Record<number, string> = {
  1: '6ef11e0ac3b8b8761581e5da2f68cfdb21a8e937e80c73b2c000f499f25093fa',
  2: 'ff4fa7cbaa98a8737b15f430dd6a6f7f830c77b24f5b06359288763bb832dfd8',
};

/** Every method's name, access, roles and schemas, and what travels beside each call, as one digest. */
function contractDigest(): string {
  const described = methodNames.map((method) => {
    const spec = contract[method];
    return {
      method,
      access: spec.access,
      roles: spec.roles,
      input: z.toJSONSchema(spec.input, { unrepresentable: 'any', io: 'input' }),
      output: z.toJSONSchema(spec.output, { unrepresentable: 'any', io: 'output' }),
    };
  });
  const meta = z.toJSONSchema(callMetaSchema, { unrepresentable: 'any', io: 'input' });
  return createHash('sha256').update(JSON.stringify({ described, meta })).digest('hex');
}

describe('the contract version', () => {
  it('names this contract: changing a method means raising the version', () => {
    expect(contractDigest(), `the contract changed: raise contractVersion and pin its digest here`).toBe(pinned[contractVersion]);
  });
});
