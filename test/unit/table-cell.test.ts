import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ofRule } from '../helpers/check';
import { consistentNumbers, makeReport, setCell } from '../helpers/reports';
import { seed } from '../helpers/seeds';
import { PLACEHOLDER, reportTemplate } from '../../server/src/core';

const RULE = 'table-cell';

describe('table-cell', () => {
  test('whole numbers, blanks, "-", "/", thousands separators and units are valid', () => {
    let numbers = consistentNumbers('2021');
    numbers = setCell(numbers, 'licensing', 'decisions', '1,234');
    numbers = setCell(numbers, 'penalty', 'decisions', '23件');
    numbers = setCell(numbers, 'enforcement', 'decisions', '—');
    numbers = setCell(numbers, 'fees', 'feeAmount', '12.5');
    assert.deepEqual(ofRule(makeReport({ numbers }), RULE), []);
  });

  test('text, a negative count and a fraction are errors on the cell', () => {
    const cases = [
      ['若干', /应填写数字，此处为“若干”/],
      ['-3', /不能为负数/],
      ['2.5', /应为整数/],
    ] as const;
    for (const [text, message] of cases) {
      const numbers = setCell(consistentNumbers('2021'), 'penalty', 'decisions', text);
      const findings = ofRule(makeReport({ numbers }), RULE);
      assert.equal(findings.length, 1, text);
      assert.equal(findings[0].severity, 'error', text);
      assert.match(findings[0].message, message);
      assert.equal(findings[0].under, text);
    }
  });

  test('a template placeholder is not an error: a warning at its table saying how many are left, and a hint on the cell', () => {
    for (const text of ['XX', '（填写）', '填写']) {
      const numbers = setCell(consistentNumbers('2021'), 'penalty', 'decisions', text);
      const findings = ofRule(makeReport({ numbers }), RULE);
      assert.deepEqual(findings.map((finding) => [finding.severity, finding.message]), [
        ['warning', '表二还有 1 个单元格待填写。'],
        ['hint', `“行政处罚”的“本年处理决定数量”待填写（仍是模板占位内容“${text}”）。`],
      ], text);
      assert.match(findings[0].under, /^\| 信息内容 \| 本年制发件数/);
      assert.equal(findings[1].under, text);
    }
  });

  test('a new report\'s template: no error, one warning per table with the count, every cell a hint', () => {
    const text = reportTemplate({ era: '2021', year: '2024', unit: '某区测试局' });
    const findings = ofRule(text, RULE);
    assert.deepEqual(findings.filter((finding) => finding.severity !== 'hint').map((finding) => `${finding.severity} ${finding.message}`), [
      'warning 表二还有 10 个单元格待填写。',
      'warning 表三还有 175 个单元格待填写。',
      'warning 表四还有 15 个单元格待填写。',
    ]);
    const hints = findings.filter((finding) => finding.severity === 'hint');
    assert.equal(hints.length, 200);
    assert.ok(hints.every((finding) => finding.under === PLACEHOLDER));
    const english = ofRule(text, RULE, { locale: 'en' }).filter((finding) => finding.severity === 'warning');
    assert.deepEqual(english.map((finding) => finding.message), ['表二 has 10 cells left to fill.', '表三 has 175 cells left to fill.', '表四 has 15 cells left to fill.']);
  });

  test('a placeholder among wrong cells: the wrong ones stay errors, the placeholder a hint', () => {
    let numbers = setCell(consistentNumbers('2021'), 'penalty', 'decisions', '若干');
    numbers = setCell(numbers, 'licensing', 'decisions', '填写');
    const findings = ofRule(makeReport({ numbers }), RULE);
    assert.deepEqual(findings.map((finding) => [finding.severity, finding.under]).filter(([, under]) => !under.startsWith('|')), [['hint', '填写'], ['error', '若干']]);
    assert.equal(findings.filter((finding) => finding.severity === 'warning').length, 1);
  });

  test('a severity configured for the rule applies to the count at the table; the cells stay hints', () => {
    const numbers = setCell(consistentNumbers('2021'), 'penalty', 'decisions', '填写');
    for (const severity of ['error', 'info'] as const) {
      const findings = ofRule(makeReport({ numbers }), RULE, { rules: { [RULE]: severity } });
      assert.deepEqual(findings.map((finding) => finding.severity), [severity, 'hint'], severity);
    }
    const off = ofRule(makeReport({ numbers }), RULE, { rules: { [RULE]: 'off' } });
    assert.deepEqual(off, []);
  });

  test('本年增/减 may be negative in the 2019 表二', () => {
    const numbers = setCell(consistentNumbers('2019'), 'licensing', 'change', '-8');
    assert.deepEqual(ofRule(makeReport({ era: '2019', numbers }), RULE), []);
  });

  test('the seeds have no invalid cells in recognised tables', () => {
    for (const name of ['000', '001', '002', '003', '004'] as const) assert.deepEqual(ofRule(seed(name), RULE), [], name);
  });
});
