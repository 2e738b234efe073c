/**
 * test/setup.ts reached the process running this file: each parallel worker loads it for itself.
 * (Not imported here: importing it would make this pass without the `require` in .mocharc.json.)
 */
import { expect } from 'chai';
import fc from 'fast-check';

describe('test setup', () => {
  it('gives property tests one fixed seed', () => {
    const fromEnv = Number(process.env.FAST_CHECK_SEED);
    expect(fc.readConfigureGlobal().seed).to.equal(Number.isFinite(fromEnv) ? fromEnv : 20261123);
  });
});
