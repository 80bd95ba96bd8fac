import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ofRule } from '../helpers/check';
import { makeReport } from '../helpers/reports';
import { seed } from '../helpers/seeds';

const RULE = 'year-mismatch';

describe('year-mismatch', () => {
  test('seed 001: the title says 2014, the first sentence "编制的2013年度…报告"', () => {
    const findings = ofRule(seed('001'), RULE);
    assert.equal(findings.length, 1);
    assert.equal(findings[0].line, 3);
    assert.equal(findings[0].under, '2013');
    assert.equal(findings[0].message, '报告年度为 2014 年，而正文中写作 2013 年。');
    assert.deepEqual(ofRule(seed('001').replace('編制的2013年度', '編制的2014年度'), RULE), []);
  });

  test('a statistics period in another year', () => {
    const wrong = makeReport({ year: 2022, intro: '本报告中所列数据的统计期限自2021年1月1日起至2021年12月31日止。' });
    const findings = ofRule(wrong, RULE);
    assert.deepEqual(findings.map((finding) => finding.under), ['2021', '2021']);
    assert.match(findings[0].message, /统计期限/);
    assert.deepEqual(ofRule(wrong.replace(/2021年/g, '2022年'), RULE), []);
  });

  test('other years in the body (plans for next year, last year\'s figures) are not mismatches', () => {
    const text = makeReport({ year: 2022, overview: '与2021年相比，申请量有所上升。2023年，我局将继续做好政务公开工作。' });
    assert.deepEqual(ofRule(text, RULE), []);
    for (const name of ['000', '002', '003', '004'] as const) assert.deepEqual(ofRule(seed(name), RULE), [], name);
  });
});
