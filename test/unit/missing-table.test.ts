import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyRuleFixes, ofRule } from '../helpers/check';
import { makeReport } from '../helpers/reports';
import { seed } from '../helpers/seeds';

const RULE = 'missing-table';

describe('missing-table', () => {
  test('sections 二, 三, 四 with their tables give nothing', () => {
    assert.deepEqual(ofRule(makeReport(), RULE), []);
    assert.deepEqual(ofRule(makeReport({ era: '2019', layout: 'lines' }), RULE), []);
  });

  test('a section without its table is an error on the heading; the fix inserts the empty table', () => {
    const text = makeReport({ omitTables: ['t4'] });
    const findings = ofRule(text, RULE);
    assert.equal(findings.length, 1);
    assert.equal(findings[0].under, '政府信息公开行政复议、行政诉讼情况');
    const fixed = applyRuleFixes(text, RULE);
    assert.deepEqual(ofRule(fixed, RULE), []);
    assert.deepEqual(ofRule(fixed, 'table-shape'), []);
    assert.deepEqual(ofRule(fixed, 'table-reconcile'), []);
  });

  test('seed 003 lost 表二 and 表四 in its copy', () => {
    const findings = ofRule(seed('003'), RULE);
    assert.deepEqual(findings.map((finding) => finding.line), [18, 46]);
  });

  test('2008-era reports have no mandatory tables', () => {
    for (const name of ['000', '001', '002'] as const) assert.deepEqual(ofRule(seed(name), RULE), []);
  });
});
