import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyze, type StandardTable } from '../../server/src/core';
import { ofRule } from '../helpers/check';

// 表四 with no zero anywhere: every outcome of every block counts in its 总计, so dropping any term shows.
const RULE = 'table-reconcile';

const TABLE4 = `| 行政复议/结果维持 | 行政复议/结果纠正 | 行政复议/其他结果 | 行政复议/尚未审结 | 行政复议/总计 | 行政诉讼/未经复议直接起诉/结果维持 | 行政诉讼/未经复议直接起诉/结果纠正 | 行政诉讼/未经复议直接起诉/其他结果 | 行政诉讼/未经复议直接起诉/尚未审结 | 行政诉讼/未经复议直接起诉/总计 | 行政诉讼/复议后起诉/结果维持 | 行政诉讼/复议后起诉/结果纠正 | 行政诉讼/复议后起诉/其他结果 | 行政诉讼/复议后起诉/尚未审结 | 行政诉讼/复议后起诉/总计 |
|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|
| 6 | 2 | 1 | 1 | 10 | 3 | 1 | 1 | 2 | 7 | 2 | 1 | 1 | 1 | 5 |`;

const report = (year: number, table: string) =>
  [`${year}年某市某局政府信息公开工作年度报告`, '', '四、政府信息公开行政复议、行政诉讼情况', '', table, ''].join('\n');

describe('表四 equations on a table with no zero', () => {
  for (const [era, year] of [['2019', 2020], ['2021', 2022]] as const) {
    test(`${era} format: read as 表四 and every block adds up`, () => {
      const text = report(year, TABLE4);
      const table = analyze(text).report.tables.find((candidate): candidate is StandardTable => candidate.kind === 'standard' && candidate.spec.id === 't4');
      assert.equal(table?.spec.era, era);
      assert.equal(table.rows[0].cells.length, 15);
      assert.deepEqual(ofRule(text, RULE), []);
    });

    test(`${era} format: 复议后起诉 with its 总计 one short is caught, expecting 5`, () => {
      const text = report(year, TABLE4.replace(/\| 5 \|$/, '| 4 |'));
      const findings = ofRule(text, RULE);
      assert.equal(findings.length, 1, findings.map((finding) => finding.message).join('\n'));
      assert.ok(findings[0].message.includes('（行政诉讼（复议后起诉）总计应等于'), findings[0].message);
      assert.equal(findings[0].fix?.edit.text, '5');
    });
  }
});
