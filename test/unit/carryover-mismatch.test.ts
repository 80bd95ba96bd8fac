import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyze, createChecker, DEFAULT_CONFIG, parseReport } from '../../server/src/core';
import { consistentNumbers, makeReport, setCell } from '../helpers/reports';

const RULE = 'carryover-mismatch';

function carried(numbers: ReturnType<typeof consistentNumbers>, forward: Record<string, string>) {
  let result = numbers;
  for (const [column, value] of Object.entries(forward)) result = setCell(result, 'carried', column, value);
  return result;
}

/** 2022's 结转下年度 is 7, 2, 0, 0, 1, 0 (10); 2023 must start from it. */
const LAST_YEAR = makeReport({ year: 2022 });
/** last year: 现行有效 3; this year: 制发 1, 废止 2, so 现行有效 2 */
const CONSISTENT_2023 = setCell(setCell(consistentNumbers('2021'), 'rules', 'inForce', '2'), 'normative', 'inForce', '2');
const previous = { report: parseReport(LAST_YEAR), name: '2022年报.md' };

function check(numbers: ReturnType<typeof consistentNumbers>) {
  return analyze(makeReport({ year: 2023, numbers }), DEFAULT_CONFIG, { previous }).findings.filter((finding) => finding.ruleId === RULE);
}

describe('carryover-mismatch', () => {
  test('上年结转 equal to last year\'s 结转下年度继续办理, column by column: nothing', () => {
    const numbers = carried(CONSISTENT_2023, { natural: '7', business: '2', research: '0', nonprofit: '0', legal: '1', others: '0', total: '10' });
    assert.deepEqual(check(numbers).map((finding) => finding.message), []);
  });

  test('a column that does not carry over is reported on its cell', () => {
    const findings = check(CONSISTENT_2023);
    assert.deepEqual(findings.map((finding) => finding.message), [
      '上年结转（自然人）应为 7，此处为 3（上一年度报告 2022年报.md 的结转下年度继续办理）。',
      '上年结转（商业企业）应为 2，此处为 1（上一年度报告 2022年报.md 的结转下年度继续办理）。',
      '上年结转（法律服务机构）应为 1，此处为 0（上一年度报告 2022年报.md 的结转下年度继续办理）。',
      '上年结转（总计）应为 10，此处为 4（上一年度报告 2022年报.md 的结转下年度继续办理）。',
    ]);
  });

  test('现行有效件数 = last year + 制发 − 废止 (2021 format)', () => {
    const numbers = carried(CONSISTENT_2023, { natural: '7', business: '2', research: '0', nonprofit: '0', legal: '1', others: '0', total: '10' });
    const findings = check(numbers);
    assert.deepEqual(findings, []);
    const wrong = setCell(numbers, 'rules', 'inForce', '9');
    const [finding] = check(wrong);
    assert.match(finding.message, /^“规章”现行有效件数应为 2，此处为 9：3 \+ 制发 1 − 废止 2（上一年度报告 2022年报\.md）/);
  });

  test('no previous report, or not the year before: nothing', () => {
    assert.deepEqual(analyze(makeReport({ year: 2023 })).findings.filter((finding) => finding.ruleId === RULE), []);
    const twoYearsBack = { report: parseReport(makeReport({ year: 2021 })), name: 'x' };
    assert.deepEqual(analyze(makeReport({ year: 2023 }), DEFAULT_CONFIG, { previous: twoYearsBack }).findings.filter((f) => f.ruleId === RULE), []);
  });

  describe('only last year\'s report of the same unit, by the unit its title names, never by file order', () => {
    /** 2022 and 2023 reports of two units, checked together as the CLI checks its inputs */
    function checkTogether(lastUnit: string, thisUnit: string) {
      const checker = createChecker();
      checker.check({ uri: 'a/2022.md', text: unitFirst(makeReport({ year: 2022 }), `${lastUnit}2022年`), open: false });
      return checker.check({ uri: 'b/2023.md', text: unitFirst(makeReport({ year: 2023, numbers: CONSISTENT_2023 }), `${thisUnit}2023年`) })
        .analysis.findings.filter((finding) => finding.ruleId === RULE);
    }

    /** The title as many units write it, the unit before the year: "某县人民政府2023年政府信息公开工作年度报告". */
    function unitFirst(report: string, unitAndYear: string): string {
      return report.replace(/^.*\n/, `${unitAndYear}政府信息公开工作年度报告\n`);
    }

    test('the same unit one year apart: reported', () => {
      assert.equal(checkTogether('某市某区人民政府办公室', '某市某区人民政府办公室').length, 4);
      // the unit named before the year, or with spaces, is the same unit
      assert.equal(checkTogether('某市某区人民政府办公室', '某市某区 人民政府办公室').length, 4);
    });

    test('two units one year apart: silent, whatever order the files come in', () => {
      assert.deepEqual(checkTogether('某市某区人民政府办公室', '某市某县人民政府办公室'), []);
      assert.deepEqual(checkTogether('某市某县人民政府', '某市某区人民政府'), []);
    });

    test('a previous report of another unit handed to the rule is not compared', () => {
      const other = { report: parseReport(makeReport({ year: 2022, unit: '某市另一局' })), name: '另一局2022.md' };
      const findings = analyze(makeReport({ year: 2023, numbers: CONSISTENT_2023 }), DEFAULT_CONFIG, { previous: other }).findings;
      assert.deepEqual(findings.filter((finding) => finding.ruleId === RULE), []);
    });
  });
});
