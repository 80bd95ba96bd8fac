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
    assert.match(findings[0].message, /^统计期限应为 2020年1月1日至2020年12月31日，此处为/);
    assert.deepEqual(ofRule(makeReport({ era: '2019', year: 2020, intro: PERIOD('2020年12月31日') }), RULE), []);
  });

  test('late publication is an info finding: a department by 31 January, a region by 31 March', () => {
    const department = makeReport({ year: 2022, intro: '发布日期：2023年2月15日' });
    const [late] = ofRule(department, RULE);
    assert.equal(late.severity, 'info');
    assert.match(late.message, /晚于法定期限 2023年1月31日（政府部门年度报告，/);
    const region = makeReport({ year: 2022, unit: '某市某区人民政府', intro: '发布日期：2023年2月15日' });
    assert.deepEqual(ofRule(region, RULE), []);
    assert.deepEqual(ofRule(makeReport({ year: 2022, intro: '发布日期：2023年1月20日' }), RULE), []);
  });

  test('a period with 年 and 月 dropped: "自202311日起至20231230日止", "2023年1231日"', () => {
    const text = makeReport({ year: 2023, intro: '本报告所列数据的统计期限自202311日起至20231230日止。' });
    assert.deepEqual(ofRule(text, RULE).map((finding) => [finding.under, finding.message]), [
      ['202311日', '日期“202311日”不存在或有误。'], ['20231230日', '日期“20231230日”不存在或有误。'],
    ]);
    const noMonth = makeReport({ year: 2023, intro: '本报告所列数据的统计期限自2023年1月1日起至2023年1231日止。' });
    assert.deepEqual(ofRule(noMonth, RULE).map((finding) => finding.under), ['2023年1231日']);
  });

  test('a period with no dates at all: "自至", "自 至 止", "自年月日起至年月日止"', () => {
    for (const period of ['自至', '自 至 止', '自年月日起至年月日止']) {
      const text = makeReport({ year: 2023, intro: `本报告中所列数据的统计期限${period}。` });
      const findings = ofRule(text, RULE);
      assert.deepEqual(findings.map((finding) => finding.message), [`统计期限“${period}”没有写明起止日期。`], period);
    }
  });

  test('a period with one end left blank: "自2023年1月1日起至 止", "自至2023年12月31日止"', () => {
    const cases: [string, string][] = [
      ['自2023年1月1日起至 止', '统计期限“自2023年1月1日起至 止”没有写明截止日期。'],
      ['自至2023年12月31日止', '统计期限“自至2023年12月31日止”没有写明起始日期。'],
      ['自 年 月 日起至2023年12月31日止', '统计期限“自 年 月 日起至2023年12月31日止”没有写明起始日期。'],
    ];
    for (const [period, message] of cases) {
      const text = makeReport({ year: 2023, intro: `本报告中所列数据的统计期限${period}。` });
      assert.deepEqual(ofRule(text, RULE).map((finding) => finding.message), [message], period);
    }
  });

  test('a correct period is silent, in half- or full-width digits, with or without 起/止', () => {
    for (const period of ['自2023年1月1日起至2023年12月31日止', '自２０２３年１月１日起至２０２３年１２月３１日止', '自2023年1月1日至2023年12月31日', '为2023年1月1日至12月31日', '自2023年1月1日起至12月31日止']) {
      assert.deepEqual(ofRule(makeReport({ year: 2023, intro: `本报告所列数据的统计期限${period}。` }), RULE), [], period);
    }
    // run-together digits outside a statistics period are not dates to check ("文号20231230")
    assert.deepEqual(ofRule(makeReport({ year: 2023, overview: '全年共办理建议提案20231件。' }), RULE), []);
  });

  test('the seeds have no invalid dates; seed 002, a 2008-era report published 2018-03-15, is on time', () => {
    for (const name of ['000', '001', '002', '003', '004'] as const) assert.deepEqual(ofRule(seed(name), RULE), [], name);
  });
});
