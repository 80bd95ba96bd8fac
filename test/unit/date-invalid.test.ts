import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ofRule } from '../helpers/check';
import { makeReport } from '../helpers/reports';
import { seed } from '../helpers/seeds';

const RULE = 'date-invalid';
const PERIOD = (end: string) => `本报告所列数据的统计期限自2020年1月1日起至${end}止。`;

describe('date-invalid', () => {
  test('a garbled year: "至202020年12月31日止"', () => {
    const findings = ofRule(makeReport({ era: '2019', year: 2020, intro: PERIOD('202020年12月31日') }), RULE);
    assert.equal(findings.length, 1);
    assert.equal(findings[0].under, '202020年12月31日');
    assert.match(findings[0].message, /不存在或有误/);
  });

  test('impossible days and months', () => {
    for (const date of ['2020年2月30日', '2021年2月29日', '2020年13月1日', '2020年4月31日']) {
      assert.equal(ofRule(`会议于${date}召开。`, RULE).length, 1, date);
    }
    for (const date of ['2020年2月29日', '2021年12月31日', '2020-03-15']) assert.deepEqual(ofRule(`会议于${date}召开。`, RULE), [], date);
  });

  test('a statistics period ending on 12月30日 is not the whole year', () => {
    const findings = ofRule(makeReport({ era: '2019', year: 2020, intro: PERIOD('2020年12月30日') }), RULE);
    assert.equal(findings.length, 1);
    assert.match(findings[0].message, /不是 2020 年全年/);
    assert.deepEqual(ofRule(makeReport({ era: '2019', year: 2020, intro: PERIOD('2020年12月31日') }), RULE), []);
  });

  test('late publication is an info finding: a department by 31 January, a region by 31 March', () => {
    const department = makeReport({ year: 2022, intro: '发布日期：2023年2月15日' });
    const [late] = ofRule(department, RULE);
    assert.equal(late.severity, 'info');
    assert.match(late.message, /晚于政府部门年度报告的法定期限 2023年1月31日/);
    const region = makeReport({ year: 2022, unit: '某市某区人民政府', intro: '发布日期：2023年2月15日' });
    assert.deepEqual(ofRule(region, RULE), []);
    assert.deepEqual(ofRule(makeReport({ year: 2022, intro: '发布日期：2023年1月20日' }), RULE), []);
  });

  test('the seeds have no invalid dates; seed 002, a 2008-era report published 2018-03-15, is on time', () => {
    for (const name of ['000', '001', '002', '003', '004'] as const) assert.deepEqual(ofRule(seed(name), RULE), [], name);
  });
});
