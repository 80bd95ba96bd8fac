import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { RULES } from '../../server/src/core';
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
      assert.doesNotThrow(() => checkInvariants(text, 0), name);
    }
  });

  test('a rule that throws fails the fuzz suite (the checker isolates it; the suite listens)', () => {
    // a document no rule has trouble with, and a rule that throws on it: the invariants must not pass
    const comma = '某单位2023年政府信息公开工作年度报告\n\n一、总体情况\n\n全年主动公开信息,共计12条。';
    const sabotaged = RULES.map((rule) => (rule.meta.id === 'punctuation-width' ? { ...rule, check: () => { throw new Error('boom'); } } : rule));
    assert.doesNotThrow(() => checkInvariants(comma, 0));
    assert.throws(() => checkInvariants(comma, 0, sabotaged), /rule punctuation-width threw/);
  });
});
