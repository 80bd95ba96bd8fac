import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyRuleFixes, ofRule } from '../helpers/check';
import { seed } from '../helpers/seeds';

const RULE = 'doc-number-format';

describe('doc-number-format', () => {
  test('square and round brackets around the year become 〔〕', () => {
    const text = '根据穗府办[2012]41号和穗府办(2012)42号、国办公开办函（2019）60号文件。';
    const findings = ofRule(text, RULE);
    assert.deepEqual(findings.map((finding) => finding.under), ['[2012]', '(2012)', '（2019）']);
    assert.equal(applyRuleFixes(text, RULE), '根据穗府办〔2012〕41号和穗府办〔2012〕42号、国办公开办函〔2019〕60号文件。');
  });

  test('correct 文号 and years in brackets that are not 文号 are left alone', () => {
    assert.deepEqual(ofRule('穗府办〔2012〕41号；三年行动计划（2020—2022年）；2019年（第一批）。', RULE), []);
    assert.deepEqual(ofRule(seed('004'), RULE), []);
    assert.deepEqual(ofRule(seed('000'), RULE), []);
  });
});
