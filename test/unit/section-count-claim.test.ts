import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ofRule } from '../helpers/check';
import { makeReport } from '../helpers/reports';
import { seed } from '../helpers/seeds';

const RULE = 'section-count-claim';
const INTRO = '全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议及行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项等六部分。';

describe('section-count-claim', () => {
  test('"等六部分" with six sections present is fine', () => {
    assert.deepEqual(ofRule(makeReport({ intro: INTRO }), RULE), []);
  });

  test('"等六部分" followed by five sections', () => {
    const findings = ofRule(makeReport({ intro: INTRO, omit: [6] }), RULE);
    assert.equal(findings.length, 1);
    assert.equal(findings[0].under, '六');
    assert.equal(findings[0].message, '正文称全文共 6 部分，而报告有 5 个一级部分。');
  });

  test('the seeds announce no count (001 lists its parts without one)', () => {
    for (const name of ['000', '001', '002', '003', '004'] as const) assert.deepEqual(ofRule(seed(name), RULE), [], name);
  });
});
