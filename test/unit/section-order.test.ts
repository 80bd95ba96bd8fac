import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyze } from '../../server/src/core';
import { ofRule } from '../helpers/check';
import { makeReport } from '../helpers/reports';
import { seed } from '../helpers/seeds';

const RULE = 'section-order';

function swap(text: string, first: string, second: string): string {
  const a = text.indexOf(first);
  const b = text.indexOf(second);
  const end = text.indexOf('六、');
  return text.slice(0, a) + text.slice(b, end) + text.slice(a, b) + text.slice(end);
}

describe('section-order', () => {
  test('sections in order with consecutive numbers give nothing, in every era', () => {
    assert.deepEqual(ofRule(makeReport(), RULE), []);
    for (const name of ['000', '001', '002'] as const) assert.deepEqual(ofRule(seed(name), RULE), [], name);
  });

  test('a section out of order is reported', () => {
    const text = swap(makeReport({ omitTables: ['t4'] }), '四、政府信息公开', '五、存在的主要问题');
    const findings = ofRule(text, RULE);
    assert.ok(findings.some((finding) => finding.message === '“政府信息公开行政复议、行政诉讼情况”应位于“存在的主要问题及改进情况”之前。'),
      findings.map((f) => f.message).join('\n'));
  });

  test('heading numbers that skip (一、二、四) are reported on the number', () => {
    const text = makeReport().replace('三、收到和处理', '四、收到和处理');
    const findings = ofRule(text, RULE);
    assert.ok(findings.some((finding) => finding.message.includes('标题序号应为“三”（“二”之后），此处为“四”') && finding.under.startsWith('四、')),
      findings.map((f) => f.message).join('\n'));
  });

  test('seed 003 repeats a whole block: each repeated section is reported once', () => {
    const findings = ofRule(seed('003'), RULE);
    assert.equal(findings.length, 4);
    assert.ok(findings.every((finding) => finding.message.includes('重复出现')));
  });
});

describe('a list numbered 一、二、 inside a section is not the report\'s numbering', () => {
  const text = makeReport().replace(/(五、存在的主要问题及改进情况[^\n]*\n)/,
    '$1下一步将从以下方面改进：\n一、丰富政策解读形式\n我们将推出图解、视频等解读产品。\n二、提升答复质量\n我们将加强业务培训，规范答复流程。\n');

  test('"一、丰富政策解读形式 二、提升答复质量" under 五 gives nothing, and stays inside section 五', () => {
    assert.ok(text.includes('二、提升答复质量'));
    assert.deepEqual(ofRule(text, RULE), []);
    const five = analyze(text).report.sections.find((section) => section.heading.title.startsWith('存在的主要问题'));
    assert.deepEqual(five?.children.map((child) => child.heading.title), ['丰富政策解读形式', '提升答复质量']);
  });

  test('a heading naming a section keeps its number: "一、其他需要报告的事项" after 五 is reported', () => {
    const findings = ofRule(makeReport().replace('六、其他需要报告的事项', '一、其他需要报告的事项'), RULE);
    assert.equal(findings.length, 1, findings.map((finding) => finding.message).join('\n'));
    assert.equal(findings[0].message, '标题序号重复或倒退：“五”之后出现“一”。');
  });
});
