import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyRuleFixes, ofRule } from '../helpers/check';
import { seed } from '../helpers/seeds';

const RULE = 'duplicate-paragraph';

describe('duplicate-paragraph', () => {
  test('seed 003 repeats a whole block: one finding over it, and the fix deletes it', () => {
    const findings = ofRule(seed('003'), RULE);
    assert.equal(findings.length, 1);
    assert.match(findings[0].message, /^第 53–94 行（\d+ 段）与第 8–49 行重复。$/);
    const fixed = applyRuleFixes(seed('003'), RULE);
    assert.deepEqual(ofRule(fixed, RULE), []);
    assert.deepEqual(ofRule(fixed, 'section-order'), []);
  });

  test('one repeated paragraph is reported on the repeat', () => {
    const paragraph = '全年共受理政府信息公开申请91件，均在法定期限内答复。';
    const text = `一、概述\n${paragraph}\n二、情况\n其他内容。\n${paragraph}\n`;
    const [finding] = ofRule(text, RULE);
    assert.equal(finding.line, 5);
    assert.equal(applyRuleFixes(text, RULE), `一、概述\n${paragraph}\n二、情况\n其他内容。\n`);
  });

  test('short lines, titles and labels may repeat', () => {
    assert.deepEqual(ofRule('无。\n一、概述\n无。\n', RULE), []);
    assert.deepEqual(ofRule(seed('004'), RULE), []);
    for (const name of ['000', '001', '002'] as const) assert.deepEqual(ofRule(seed(name), RULE), [], name);
  });
});
