import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyze, hoverAt } from '../../server/src/core';
import { applyRuleFixes, ofRule } from '../helpers/check';
import { seed } from '../helpers/seeds';

const RULE = 'prose-percent';

describe('prose-percent', () => {
  test('"予以公开及部分公开258件，占33.9%" where 258/805 is 32.0%', () => {
    const text = '全年共受理政府信息公开申请805件。予以公开及部分公开258件，占33.9%。';
    const findings = ofRule(text, RULE);
    assert.equal(findings.length, 1);
    assert.equal(findings[0].under, '33.9%');
    assert.equal(findings[0].message, '应为 32.0%：258 ÷ 805 = 32.05%，此处写作“33.9%”。');
    const fixed = applyRuleFixes(text, RULE);
    assert.match(fixed, /占32\.0%/);
    assert.deepEqual(ofRule(fixed, RULE), []);
  });

  test('rounding and truncation to the digits written are both right (seed 001: 35.2% = 2259/6404 truncated)', () => {
    assert.deepEqual(ofRule(seed('001'), RULE), []);
    assert.deepEqual(ofRule('全年共受理申请91件。同意公开的71件，占总数的78%。', RULE), []);
    assert.equal(ofRule('全年共受理申请91件。同意公开的71件，占总数的80%。', RULE).length, 1);
  });

  test('a percentage without a stated total, or not a share, says nothing', () => {
    assert.deepEqual(ofRule('自评报告评分(占5%)。群众满意率为99.96%。大约33%属国土规划类信息。', RULE), []);
    for (const name of ['000', '002', '003', '004'] as const) assert.deepEqual(ofRule(seed(name), RULE), [], name);
  });

  test('seed 001 with one percentage changed is caught with the denominator named', () => {
    const findings = ofRule(seed('001').replace('占總數的78%', '占總數的87%'), RULE);
    assert.equal(findings.length, 1);
    assert.match(findings[0].message, /^应为 78%：71 ÷ 91 = 78\.02%，此处写作/);
  });

  test('a share is right over any total stated before it: 400 of the 500 主动公开, not of the 2000 produced', () => {
    const text = '某区2014年政府信息公开工作年度报告\n2014年，全区制作、获取政府信息总数2000条，其中主动公开政府信息500条。'
      + '在主动公开的信息中，区直单位主动公开400条，占80%；各街道主动公开100条，占20%。\n';
    assert.deepEqual(ofRule(text, RULE), []);
    // over neither total: still a finding, named with the marked total
    const findings = ofRule(text.replace('占80%', '占60%'), RULE);
    assert.equal(findings.length, 1);
    assert.equal(findings[0].under, '60%');
    assert.match(findings[0].message, /400 ÷ 2,?000 = 20\.00%/);
  });

  test('"受理100件，办结120件，办结率100%" with no 上年结转 stated', () => {
    const text = '某区教育局2022年政府信息公开工作年度报告\n2022年，本机关共受理政府信息公开申请100件，办结120件，办结率100%。\n';
    const findings = ofRule(text, RULE);
    assert.equal(findings.length, 1);
    assert.equal(findings[0].under, '100%');
    assert.equal(findings[0].message, '应为 120%：办结率为 办结 120 ÷ 受理 100 = 120.00%，此处写作“100%”。');
    assert.deepEqual(ofRule(text.replace('办结120件', '办结100件'), RULE), []);
  });

  test('with 上年结转 stated, a rate over 受理 + 结转 is right too', () => {
    const text = '某区教育局2022年政府信息公开工作年度报告\n2022年，本机关共受理政府信息公开申请100件，上年结转20件，办结120件，办结率100%。\n';
    assert.deepEqual(ofRule(text, RULE), []);
    const hover = hoverAt(analyze(text), text.indexOf('100%'), 'zh-CN');
    assert.ok(hover);
    assert.match(hover.markdown, /✓ 办结率：办结 120 ÷ 受理 100 = 120\.00%；或 办结 120 ÷ \(受理 100 \+ 上年结转 20\) = 100\.00%/);
    // 86 of 85 + 3: 97.7%
    assert.deepEqual(ofRule('某区教育局2022年政府信息公开工作年度报告\n全年共受理申请85件，上年结转3件，办结86件，结转下年度2件，办结率97.7%。\n', RULE), []);
    const wrong = ofRule('某区教育局2022年政府信息公开工作年度报告\n全年共受理申请85件，上年结转3件，办结86件，结转下年度2件，办结率96.6%。\n', RULE);
    assert.equal(wrong.length, 1);
    assert.match(wrong[0].message, /办结 86 ÷ 受理 85 = 101\.18%，或 办结 86 ÷ \(受理 85 \+ 上年结转 3\) = 97\.73%/);
  });

  test('a rate whose counts are not stated, or not of this kind, says nothing', () => {
    // seed 000: 办结率 of the 12345 hotline over 转办工单 (not a named count): 98.36% is right anyway
    assert.deepEqual(ofRule(seed('000'), RULE), []);
    assert.deepEqual(ofRule('某区教育局2022年政府信息公开工作年度报告\n2022年共受理政府信息公开申请85件，均已按时办结，按时办结率100%，群众满意率98%。\n', RULE), []);
    // the counts of another sentence are not this rate's
    assert.deepEqual(ofRule('某区教育局2022年政府信息公开工作年度报告\n2022年共受理政府信息公开申请85件。政务服务事项办结5000件，办结率100%。\n', RULE), []);
  });

  test('按时答复率 and 公开率 are read from their own counts', () => {
    const onTime = '某区教育局2022年政府信息公开工作年度报告\n全年共答复申请40件，其中按时答复38件，按时答复率95%。\n';
    assert.deepEqual(ofRule(onTime, RULE), []);
    assert.equal(ofRule(onTime.replace('95%', '100%'), RULE).length, 1);
    const open = '某区教育局2022年政府信息公开工作年度报告\n全年办结申请40件，予以公开20件，部分公开10件，公开率75%。\n';
    assert.deepEqual(ofRule(open, RULE), []);
    // 予以公开 alone over 办结 is another local usage
    assert.deepEqual(ofRule(open.replace('75%', '50%'), RULE), []);
    assert.equal(ofRule(open.replace('75%', '80%'), RULE).length, 1);
  });
});
