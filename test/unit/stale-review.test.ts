import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createChecker, DEFAULT_CONFIG, type Config, type Decision } from '../../server/src/core';
import { makeReport } from '../helpers/reports';

const TEXT = makeReport({ year: 2022, unit: '某区档案局', overview: '全年共受理政府信息公开申请2件，均按时答复。' });
const KEY = '全年共受理政府信息公开申请2件，均按时答复。';
const stale: Decision = { report: { unit: '某区档案局', year: 2022 }, rule: 'prose-table-mismatch', key: '全年共受理政府信息公开申请3件，均按时答复。', reason: '已核实' };

function staleOf(decisions: readonly Decision[], config: Partial<Config> = {}) {
  const { analysis } = createChecker().check({ uri: 'file:///r/2022.md', text: TEXT, config: { ...DEFAULT_CONFIG, ...config }, reviews: { decisions } });
  return analysis.findings.filter((finding) => finding.ruleId === 'stale-review');
}

describe('stale-review', () => {
  test('a decision whose sentence is not in the report any more: info on the title line', () => {
    const [finding, ...rest] = staleOf([stale]);
    assert.equal(rest.length, 0);
    assert.equal(finding.severity, 'info');
    assert.equal(TEXT.slice(finding.span.start, finding.span.end), '2022年某区档案局政府信息公开工作年度报告');
    assert.match(finding.message, /（规则 prose-table-mismatch，键“全年共受理政府信息公开申请3件，均按时答复。”，理由“已核实”）/);
  });

  test('a decision that matches its finding is not stale; a second decision of the same finding is', () => {
    const matching: Decision = { ...stale, key: KEY };
    assert.deepEqual(staleOf([matching]), []);
    assert.equal(staleOf([matching, { ...matching, reason: '重复的记录' }]).length, 1);
  });

  test('a decision of a rule turned off matches nothing: stale; the rule itself configured', () => {
    assert.equal(staleOf([{ ...stale, key: KEY }], { rules: { 'prose-table-mismatch': 'off' } }).length, 1);
    assert.deepEqual(staleOf([stale], { rules: { 'stale-review': 'off' } }), []);
    assert.equal(staleOf([stale], { rules: { 'stale-review': 'warning' } })[0].severity, 'warning');
  });

  test('English', () => {
    assert.equal(staleOf([stale], { locale: 'en' })[0].message,
      'A decision in .gkreport-review.json no longer matches any finding (rule prose-table-mismatch, key "全年共受理政府信息公开申请3件，均按时答复。", reason "已核实"): the finding was fixed, or its sentence or figure changed. Delete it from .gkreport-review.json; if the new finding needs a review, mark it again.');
  });
});
