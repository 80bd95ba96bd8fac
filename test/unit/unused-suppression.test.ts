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
