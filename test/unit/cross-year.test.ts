import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyze, DEFAULT_CONFIG, parseReport } from '../../server/src/core';
import { consistentNumbers, makeReport, setCell, type Numbers } from '../helpers/reports';

const RULE = 'carryover-mismatch';

function findings(numbers: Numbers, year: number, last: { year: number; era: '2019' | '2021' }) {
  const previous = { report: parseReport(makeReport({ year: last.year, era: last.era })), name: `${last.year}年报.md` };
  const era = year >= 2021 ? '2021' : '2019';
  return analyze(makeReport({ year, era, numbers }), DEFAULT_CONFIG, { previous }).findings.filter((finding) => finding.ruleId === RULE);
}

describe('cross-year equations declared in formats/carryover.ts', () => {
  test('现行有效件数 that does not follow from last year is information (清理 and 修订 change it); 上年结转 stays a warning', () => {
    const numbers = setCell(consistentNumbers('2021'), 'rules', 'inForce', '9');
    const reported = findings(numbers, 2023, { year: 2022, era: '2021' });
    const inForce = reported.filter((finding) => finding.message.includes('现行有效件数'));
    assert.deepEqual(inForce.map((finding) => [finding.severity, finding.message]), [
      ['info', '“规章”现行有效件数应为 2，此处为 9：3 + 制发 1 − 废止 2（上一年度报告 2022年报.md）。'],
      ['info', '“行政规范性文件”现行有效件数应为 2，此处为 3：3 + 制发 1 − 废止 2（上一年度报告 2022年报.md）。'],
    ]);
    const carried = reported.filter((finding) => finding.message.startsWith('上年结转'));
    assert.ok(carried.length > 0 && carried.every((finding) => finding.severity === 'warning'));
  });

  describe('2019 format: 上一年项目数量 = last year\'s 上一年项目数量 + its 本年增/减', () => {
    // last year's 表二 (2019) has 上一年项目数量 1 and 本年增/减 2 in every row: this year starts from 3
    const ROWS = ['licensing', 'services', 'penalty', 'enforcement', 'fees'];
    const carriedOn = ROWS.reduce((numbers, row) => setCell(numbers, row, 'previous', '3'), consistentNumbers('2019'));
    const previousItems = (numbers: Numbers) => findings(numbers, 2020, { year: 2019, era: '2019' })
      .filter((finding) => finding.message.includes('上一年项目数量')).map((finding) => finding.message);

    test('figures that carry on: nothing', () => {
      assert.deepEqual(previousItems(carriedOn), []);
    });

    test('a row that does not is reported on its cell', () => {
      assert.deepEqual(previousItems(setCell(carriedOn, 'penalty', 'previous', '5')), [
        '“行政处罚”上一年项目数量应为 3，此处为 5：1 + 增/减 2（上一年度报告 2019年报.md）。',
      ]);
    });

    test('not compared across formats: a 2021-format report has no 上一年项目数量', () => {
      assert.deepEqual(findings(consistentNumbers('2021'), 2021, { year: 2020, era: '2019' }).filter((f) => f.message.includes('上一年项目数量')), []);
    });
  });
});
