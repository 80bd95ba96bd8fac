import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyze, convertDocument, DEFAULT_CONFIG, fixAll } from '../../server/src/core';
import { applyRuleFixes, ofRule } from '../helpers/check';
import { seed } from '../helpers/seeds';

const RULE = 'script-mixing';

/** Correct simplified words that a careless conversion would damage. */
const MUST_SURVIVE = ['程序', '文件', '档案馆', '档案管理', '人事档案', '显著', '套用模板', '程式化', '网络', '计划', '门户网站', '优化', '乾隆'];

describe('script-mixing', () => {
  test('clean simplified seeds 000, 002, 004 give nothing', () => {
    for (const name of ['000', '002', '004'] as const) assert.deepEqual(ofRule(seed(name), RULE), [], name);
  });

  test('words that are the same in both scripts, and allow-listed names, are not flagged', () => {
    const text = '台后里干出核周布群。乾隆年间的档案。於振华同志到会讲话。显著提升。';
    assert.deepEqual(ofRule(text, RULE), []);
  });

  for (const name of ['001', '003'] as const) {
    test(`seed ${name}, a traditional report: one finding at the top, and the conversion fixes script and vocabulary`, () => {
      const findings = ofRule(seed(name), RULE);
      assert.equal(findings.length, 1);
      assert.match(findings[0].message, /^应使用规范简体字：全文为繁体（\d+ 个繁体字，\d+ 处台湾用语）/);
      const converted = applyRuleFixes(seed(name), RULE);
      const after = analyze(converted);
      assert.equal(after.report.script, 'simplified');
      assert.deepEqual(after.findings.filter((finding) => finding.ruleId === RULE || finding.ruleId === 'conversion-artifact'), []);
      for (const gone of ['最佳化', '入口网站', '程式', '档案', '套用']) assert.ok(!converted.includes(gone), gone);
    });
  }

  test('the conversion damages no correct word', () => {
    const text = MUST_SURVIVE.join('、');
    assert.equal(convertDocument(text), text);
  });

  test('a simplified text with 5 planted traditional characters: each found on its range, with the fix', () => {
    const text = '本机关全年主动公开政府信息一千條。依申请公開的答复均在法定期限内完成，並做好解讀工作。加強培训。';
    const findings = ofRule(text, RULE);
    assert.deepEqual(findings.map((finding) => finding.under), ['條', '開', '並', '讀', '強']);
    assert.deepEqual(findings.map((finding) => finding.fix?.edit.text), ['条', '开', '并', '读', '强']);
    const fixed = applyRuleFixes(text, RULE);
    assert.deepEqual(ofRule(fixed, RULE), []);
    assert.equal(fixed, '本机关全年主动公开政府信息一千条。依申请公开的答复均在法定期限内完成，并做好解读工作。加强培训。');
  });

  test('characters inside a comment are not reported: the rendered report does not show them', () => {
    assert.deepEqual(ofRule('本机关<!-- 這是備註 -->认真贯彻落实条例。\n', 'script-mixing'), []);
    assert.equal(ofRule('本机关<!-- 备注 -->認真贯彻落实条例。\n', 'script-mixing').length, 1);
  });

  test('fixing all is idempotent: a second pass has nothing to fix', () => {
    for (const name of ['001', '003'] as const) {
      const once = fixAll(seed(name), DEFAULT_CONFIG).text;
      const twice = fixAll(once, DEFAULT_CONFIG);
      assert.equal(twice.applied, 0, name);
      assert.equal(twice.text, once);
    }
  });
});
