import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ofRule } from '../helpers/check';
import { consistentNumbers, makeReport, setCell } from '../helpers/reports';
import { seed } from '../helpers/seeds';

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

  test('a template placeholder, text, a negative count and a fraction are errors on the cell', () => {
    const cases = [
      ['XX', /仍是模板占位内容“XX”/],
      ['（填写）', /仍是模板占位内容/],
      ['若干', /应填写数字，此处为“若干”/],
      ['-3', /不能为负数/],
      ['2.5', /应为整数/],
    ] as const;
    for (const [text, message] of cases) {
      const numbers = setCell(consistentNumbers('2021'), 'penalty', 'decisions', text);
      const findings = ofRule(makeReport({ numbers }), RULE);
      assert.equal(findings.length, 1, text);
      assert.match(findings[0].message, message);
      assert.equal(findings[0].under, text);
    }
  });

  test('本年增/减 may be negative in the 2019 表二', () => {
    const numbers = setCell(consistentNumbers('2019'), 'licensing', 'change', '-8');
    assert.deepEqual(ofRule(makeReport({ era: '2019', numbers }), RULE), []);
  });

  test('the seeds have no invalid cells in recognised tables', () => {
    for (const name of ['000', '001', '002', '003', '004'] as const) assert.deepEqual(ofRule(seed(name), RULE), [], name);
  });
});
