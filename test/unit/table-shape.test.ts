import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ofRule } from '../helpers/check';
import { consistentNumbers, makeReport } from '../helpers/reports';
import { seed } from '../helpers/seeds';

const RULE = 'table-shape';

describe('table-shape', () => {
  for (const layout of ['pipe', 'pipe-merged', 'tsv', 'lines'] as const) {
    test(`complete tables in the ${layout} layout give nothing`, () => {
      assert.deepEqual(ofRule(makeReport({ layout }), RULE), []);
      assert.deepEqual(ofRule(makeReport({ layout, era: '2019' }), RULE), []);
    });
  }

  test('a row missing from 表三 is named', () => {
    const text = makeReport().replace(/\| 2\.重复申请 .*\n/, '');
    const findings = ofRule(text, RULE);
    assert.equal(findings.length, 1);
    assert.match(findings[0].message, /“收到和处理政府信息公开申请情况”缺少 1 行或无法识别：“重复申请”/);
  });

  test('a one-cell-per-line row with a number missing is reported on that row', () => {
    const text = makeReport({ layout: 'lines' }).replace(/(1\.属于国家秘密\n)0\n/, '$1');
    const findings = ofRule(text, RULE);
    assert.ok(findings.some((finding) => finding.message === '“属于国家秘密”应有 7 个数字单元格，此处只有 6 个。' && finding.under === '1.属于国家秘密'),
      findings.map((f) => f.message).join('\n'));
  });

  test('seed 003: 表三 survived only as empty pipe rows', () => {
    const findings = ofRule(seed('003'), RULE);
    assert.equal(findings.length, 2);
    assert.match(findings[0].message, /缺少 25 行/);
  });

  test('numbers are not needed for the shape: an empty template has the right shape', () => {
    const numbers = Object.fromEntries(Object.entries(consistentNumbers('2021')).map(([row, cells]) =>
      [row, Object.fromEntries(Object.keys(cells).map((column) => [column, '']))]));
    assert.deepEqual(ofRule(makeReport({ numbers }), RULE), []);
  });
});
