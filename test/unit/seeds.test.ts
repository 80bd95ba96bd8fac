import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyze } from '../../server/src/core';
import { seed } from '../helpers/seeds';

/** What the user knows about each real document, checked against every rule at once. */
describe('the five seed documents', () => {
  const STRUCTURE = new Set(['missing-section', 'section-order', 'format-outdated', 'missing-table', 'table-shape', 'table-cell']);

  test('000 and 001 (2014, 附表 one cell per line): tables recognised, no table-reconcile finding', () => {
    for (const name of ['000', '001'] as const) {
      const { report, findings } = analyze(seed(name));
      assert.equal(report.tables.length, 4, name);
      assert.deepEqual(findings.filter((finding) => finding.ruleId === 'table-reconcile'), [], name);
    }
  });

  test('000 has no error; 001 has exactly one: its first sentence calls it the 2013 report', () => {
    assert.deepEqual(analyze(seed('000')).findings.filter((finding) => finding.severity === 'error'), []);
    const errors = analyze(seed('001')).findings.filter((finding) => finding.severity === 'error');
    assert.deepEqual(errors.map((finding) => finding.ruleId), ['year-mismatch']);
  });

  test('000, 002 and 004: their prose arithmetic is right, so no prose or year finding above info', () => {
    const textRules = ['prose-table-mismatch', 'prose-sum', 'prose-percent', 'year-mismatch', 'date-invalid', 'section-count-claim'];
    for (const name of ['000', '002', '004'] as const) {
      const findings = analyze(seed(name)).findings.filter((finding) => textRules.includes(finding.ruleId) && finding.severity !== 'info' && finding.severity !== 'hint');
      assert.deepEqual(findings, [], name);
    }
  });

  test('002 (2017, no 附表): no error-severity structure finding', () => {
    const { findings } = analyze(seed('002'));
    assert.deepEqual(findings.filter((finding) => STRUCTURE.has(finding.ruleId) && finding.severity === 'error'), []);
  });

  test('003 (2020 city report, wiki mirror): the 2019 era, missing 一、总体情况 and 六、其他需要报告的事项', () => {
    const { report, findings } = analyze(seed('003'));
    assert.equal(report.format, '2019');
    const missing = findings.filter((finding) => finding.ruleId === 'missing-section').map((finding) => finding.message);
    assert.equal(missing.length, 2);
    assert.match(missing[0], /总体情况/);
    assert.match(missing[1], /其他需要报告的事项/);
  });

  test('004 (an evaluation notice, not an annual report): unknown; only its half-width punctuation is reported', () => {
    const { report, findings } = analyze(seed('004'));
    assert.equal(report.format, 'unknown');
    assert.deepEqual([...new Set(findings.map((finding) => finding.ruleId))], ['punctuation-width']);
  });

  test('000, 002 and 004 are clean simplified text: no script-mixing or conversion-artifact finding', () => {
    for (const name of ['000', '002', '004'] as const) {
      const { report, findings } = analyze(seed(name));
      assert.equal(report.script, 'simplified', name);
      assert.deepEqual(findings.filter((finding) => finding.ruleId === 'script-mixing' || finding.ruleId === 'conversion-artifact'), [], name);
    }
  });
});
