import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { analyze } from '../../server/src/core';
import { ADVERSARIAL, checkInvariants, documents } from '../helpers/fuzz';

/** A few thousand cases on every run; `npm run fuzz` runs 10⁵. Seeded, so a failure reproduces. */
describe('fuzz: mutated reports keep every invariant', () => {
  test('no exception, ranges inside the text and on character boundaries, deterministic, fixes that work and settle', () => {
    fc.assert(fc.property(documents, (text) => {
      checkInvariants(text, 1);
    }), { numRuns: Number(process.env.FUZZ_RUNS ?? 1500), seed: 20261124 });
  });

  test('adversarial 100 KB inputs for the regular expressions finish (each is linear by construction)', () => {
    for (const [name, text] of ADVERSARIAL) {
      assert.doesNotThrow(() => analyze(text), name);
    }
  });
});
