import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyRuleFixes, ofRule } from '../helpers/check';
import { seed } from '../helpers/seeds';

const RULE = 'prose-percent';

describe('prose-percent', () => {
  test('"予以公开及部分公开258件，占33.9%" where 258/805 is 32.0%', () => {
    const text = '全年共受理政府信息公开申请805件。予以公开及部分公开258件，占33.9%。';
    const findings = ofRule(text, RULE);
    assert.equal(findings.length, 1);
    assert.equal(findings[0].under, '33.9%');
    assert.equal(findings[0].message, '“33.9%”与计算不符：258 ÷ 805 = 32.05%，按所写精度应为 32.0%（以 805 为分母）。');
    const fixed = applyRuleFixes(text, RULE);
    assert.match(fixed, /占32\.0%/);
    assert.deepEqual(ofRule(fixed, RULE), []);
  });

  test('rounding and truncation to the digits written are both right (seed 001: 35.2% = 2259/6404 truncated)', () => {
    assert.deepEqual(ofRule(seed('001'), RULE), []);
    assert.deepEqual(ofRule('全年共受理申请91件。同意公开的71件，占总数的78%。', RULE), []);
    assert.equal(ofRule('全年共受理申请91件。同意公开的71件，占总数的80%。', RULE).length, 1);
  });

  test('a percentage without a stated total, or not a share, says nothing', () => {
    assert.deepEqual(ofRule('自评报告评分(占5%)。群众满意率为99.96%。大约33%属国土规划类信息。', RULE), []);
    for (const name of ['000', '002', '003', '004'] as const) assert.deepEqual(ofRule(seed(name), RULE), [], name);
  });

  test('seed 001 with one percentage changed is caught with the denominator named', () => {
    const findings = ofRule(seed('001').replace('占總數的78%', '占總數的87%'), RULE);
    assert.equal(findings.length, 1);
    assert.match(findings[0].message, /71 ÷ 91 = 78\.02%，按所写精度应为 78%（以 91 为分母）/);
  });
});
