import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
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
    assert.ok(findings.some((finding) => finding.message.includes('“二”之后应为“三”，此处为“四”') && finding.under.startsWith('四、')),
      findings.map((f) => f.message).join('\n'));
  });

  test('seed 003 repeats a whole block: each repeated section is reported once', () => {
    const findings = ofRule(seed('003'), RULE);
    assert.equal(findings.length, 4);
    assert.ok(findings.every((finding) => finding.message.includes('重复出现')));
  });
});
