import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyRuleFixes, check, ofRule } from '../helpers/check';
import { makeReport } from '../helpers/reports';

const WRONG = '本年度,我局加强领导。';

function ids(text: string): string[] {
  return check(text).map((finding) => finding.ruleId);
}

describe('suppression comments and unused-suppression', () => {
  test('disable … enable with a rule id suppresses that rule in the region only', () => {
    const text = `<!-- gkreport-disable punctuation-width -->\n${WRONG}\n<!-- gkreport-enable punctuation-width -->\n${WRONG}\n`;
    const findings = check(text);
    assert.deepEqual(findings.map((finding) => [finding.ruleId, finding.line]), [['punctuation-width', 4]]);
  });

  test('disable without ids suppresses every rule until enable; enable without ids ends every region', () => {
    const text = `<!-- gkreport-disable -->\n${WRONG}\n<!-- gkreport-enable -->\n${WRONG}\n`;
    assert.deepEqual(check(text).map((finding) => finding.line), [4]);
  });

  test('disable-next-line affects the next line only', () => {
    const text = `<!-- gkreport-disable-next-line punctuation-width -->\n${WRONG}\n${WRONG}\n`;
    assert.deepEqual(check(text).map((finding) => finding.line), [3]);
  });

  test('disable-file, with and without ids', () => {
    assert.deepEqual(ids(`<!-- gkreport-disable-file punctuation-width -->\n${WRONG}\n`), []);
    assert.deepEqual(ids(`<!-- gkreport-disable-file -->\n${WRONG}\n穗府办[2012]41号\n`), []);
  });

  test('a comment for another rule does not suppress, and is reported unused (hint) with a fix that removes it', () => {
    const text = `<!-- gkreport-disable-next-line doc-number-format -->\n${WRONG}\n`;
    assert.deepEqual(ids(text).sort(), ['punctuation-width', 'unused-suppression']);
    const [unused] = ofRule(text, 'unused-suppression');
    assert.equal(unused.severity, 'hint');
    assert.equal(unused.under, 'doc-number-format');
    assert.equal(applyRuleFixes(text, 'unused-suppression'), `${WRONG}\n`);
  });

  test('removing an unused comment from inside a heading changes nothing else (found by the fuzz suite)', () => {
    const text = '彻落实《中华人民共和国政府信息公开条例》，全面推进政府信息公开工作。\r\n二、政府信息主动公开情况\r\n全年主动公开政府信息1230条，其中规范性文件42条、财政预决算信息36条。\r\n'
      + '三、政府信息依申请公开情况\r\n全年共受理信息公开申请35件，均已按时答复。\r\n四、政府信息公开收费及减免情况\r\n本年度未收取任何费用。\r\n'
      + '五<!-- gkreport-disable -->、因政府信息公开申请行政复议、提起六、存在的主要问题';
    const before = check(text).filter((finding) => finding.ruleId !== 'unused-suppression');
    assert.equal(ofRule(text, 'unused-suppression').length, 1);
    const fixed = applyRuleFixes(text, 'unused-suppression');
    assert.ok(fixed.includes('五、因政府信息公开申请行政复议'));
    assert.deepEqual(check(fixed).map((finding) => [finding.ruleId, finding.message]), before.map((finding) => [finding.ruleId, finding.message]));
  });

  test('an unknown rule id is reported', () => {
    const [finding] = ofRule(`<!-- gkreport-disable-next-line punctuation-widht -->\n${WRONG}\n`, 'unused-suppression')
      .filter((f) => f.message.includes('不存在'));
    assert.equal(finding.message, '抑制注释中的规则 id“punctuation-widht”不存在。');
  });

  test('conflicting comments: enabling one rule inside a disable-all region re-enables that rule only (as ESLint does)', () => {
    const text = `<!-- gkreport-disable -->\n<!-- gkreport-enable punctuation-width -->\n${WRONG}\n穗府办[2012]41号\n`;
    assert.deepEqual(ids(text), ['punctuation-width']);
    const specific = `<!-- gkreport-disable punctuation-width doc-number-format -->\n<!-- gkreport-enable punctuation-width -->\n${WRONG}\n穗府办[2012]41号\n`;
    assert.deepEqual(ids(specific).sort(), ['punctuation-width', 'unused-suppression'], 'the id whose region ended before any finding is unused');
  });

  test('a report with no comments has no unused-suppression finding; a rule turned off is not "unused"', () => {
    assert.deepEqual(ofRule(makeReport(), 'unused-suppression'), []);
    const text = `<!-- gkreport-disable-next-line punctuation-width -->\n本年度我局加强领导。\n`;
    assert.deepEqual(ofRule(text, 'unused-suppression', { rules: { 'punctuation-width': 'off' } }), []);
  });
});
