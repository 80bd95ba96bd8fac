import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyze } from '../../server/src/core';
import { applyRuleFixes, ofRule } from '../helpers/check';
import { makeReport } from '../helpers/reports';
import { seed } from '../helpers/seeds';

const RULE = 'missing-section';

describe('missing-section', () => {
  test('a complete 2021 or 2019 report has every section', () => {
    assert.deepEqual(ofRule(makeReport({ era: '2021' }), RULE), []);
    assert.deepEqual(ofRule(makeReport({ era: '2019' }), RULE), []);
  });

  test('a missing 六、其他需要报告的事项 is an error, and the fix inserts the heading', () => {
    const text = makeReport({ omit: [6] });
    const findings = ofRule(text, RULE);
    assert.equal(findings.length, 1);
    assert.equal(findings[0].severity, 'error');
    assert.match(findings[0].message, /缺少“其他需要报告的事项”部分（国办公开办函〔2021〕30号要求）/);
    const fixed = applyRuleFixes(text, RULE);
    assert.match(fixed, /\n六、其他需要报告的事项\n/);
    assert.deepEqual(ofRule(fixed, RULE), []);
  });

  test('a missing section with a table gets its heading and the empty table before the next section', () => {
    const text = makeReport({ omit: [4] });
    const fixed = applyRuleFixes(text, RULE);
    assert.ok(fixed.indexOf('四、政府信息公开行政复议、行政诉讼情况') < fixed.indexOf('五、存在的主要问题及改进情况'));
    assert.deepEqual(ofRule(fixed, RULE), []);
    assert.deepEqual(ofRule(fixed, 'missing-table'), []);
  });

  test('seed 003 (2020, city level, title lost) lacks 一、总体情况 and 六、其他需要报告的事项', () => {
    const findings = ofRule(seed('003'), RULE);
    assert.deepEqual(findings.map((finding) => finding.message.match(/“(.+?)”/)![1]), ['总体情况', '其他需要报告的事项']);
    assert.ok(findings.every((finding) => finding.severity === 'error'));
    const fixed = applyRuleFixes(seed('003'), RULE);
    assert.match(fixed, /^一、总体情况\n+\(一\)主動公開情況/);
    assert.deepEqual(ofRule(fixed, RULE), []);
  });

  test('2008-era reports are matched by meaning, and a gap is only a warning', () => {
    assert.deepEqual(ofRule(seed('000'), RULE), []);
    const findings = ofRule(seed('002'), RULE);
    assert.deepEqual(findings.map((finding) => [finding.severity, finding.message.includes('其他需要报告的事项')]), [['warning', true]]);
    assert.equal(findings[0].fix, undefined);
  });

  test('seed 004 is not an annual report: no structure findings', () => {
    const { report, findings } = analyze(seed('004'));
    assert.equal(report.format, 'unknown');
    assert.deepEqual(findings.filter((finding) => ['missing-section', 'section-order', 'missing-table', 'table-shape'].includes(finding.ruleId)), []);
  });

  test('a user severity wins over the era default', () => {
    const findings = ofRule(seed('002'), RULE, { rules: { [RULE]: 'error' } });
    assert.equal(findings[0].severity, 'error');
    assert.deepEqual(ofRule(makeReport({ omit: [6] }), RULE, { rules: { [RULE]: 'off' } }), []);
  });
});
