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
    assert.equal(findings[0].message, '应为 2014 年：正文中写作 2013 年。');
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

  test('no title line: a report naming itself 2022 while its period and body say 2023', () => {
    const text = untitled('2022', '2023', '2023');
    const findings = ofRule(text, RULE);
    assert.deepEqual(findings.map((finding) => [finding.under, finding.message]), [['2022', '应为 2023 年：报告的自称中写作 2022 年。']]);
  });

  test('no title line: a period in another year than the self-naming and the body', () => {
    const findings = ofRule(untitled('2023', '2022', '2023'), RULE);
    assert.deepEqual(findings.map((finding) => finding.under), ['2022', '2022']);
    assert.match(findings[0].message, /^应为 2023 年：统计期限中写作 2022 年/);
  });

  test('no title line: all three agree, or no two agree, or a witness is missing: nothing', () => {
    assert.deepEqual(ofRule(untitled('2023', '2023', '2023'), RULE), []);
    // naming 2022, period 2023, body mostly 2024 (plans): no two agree, no telling which is wrong
    assert.deepEqual(ofRule(untitled('2022', '2023', '2024'), RULE), []);
    // no self-naming: the period and the body are the only witnesses, and they agree
    assert.deepEqual(ofRule(untitled('2023', '2023', '2023').replace(/编制了《[^》]+》/, '编制本报告'), RULE), []);
  });

  test('last year\'s report named in the body ("按时发布了《…2022年…年度报告》") is not the report naming itself', () => {
    const overview = '2023年1月，我局按时编制并发布了《某市某局2022年政府信息公开工作年度报告》。';
    assert.deepEqual(ofRule(makeReport({ year: 2023, overview }), RULE), []);
    const text = untitled('2023', '2023', '2023').replace('一、总体情况\n', `一、总体情况\n${overview}`);
    assert.deepEqual(ofRule(text, RULE), []);
    assert.deepEqual(ofRule(text.replace(/编制了《[^》]+》/, '编制本报告'), RULE), []);
  });

  test('with a title, "编制了《…2022年…年度报告》" in a 2023 report is a mismatch', () => {
    const text = makeReport({ year: 2023, intro: '根据《条例》规定，我局编制了《某市某局2022年政府信息公开工作年度报告》。' });
    assert.deepEqual(ofRule(text, RULE).map((finding) => finding.under), ['2022']);
    assert.deepEqual(ofRule(text.replace('某局2022年', '某局2023年'), RULE), []);
  });
});

/** A report whose title line was lost in conversion: it starts with its opening paragraph. */
function untitled(naming: string, period: string, body: string): string {
  return `根据《中华人民共和国政府信息公开条例》规定，某市某区某局编制了《某市某区某局${naming}年政府信息公开工作年度报告》。本报告所列数据的统计期限自${period}年1月1日起至${period}年12月31日止。
一、总体情况
${body}年，我局认真贯彻落实《条例》。${body}年全年共主动公开政府信息120条。
二、主动公开政府信息情况
${body}年，我局通过门户网站公开信息120条。
三、收到和处理政府信息公开申请情况
${body}年，我局共收到政府信息公开申请5件。
四、政府信息公开行政复议、行政诉讼情况
本年度未发生行政复议、行政诉讼案件。
五、存在的主要问题及改进情况
公开内容的解读还不够深入。
六、其他需要报告的事项
无。
`;
}
