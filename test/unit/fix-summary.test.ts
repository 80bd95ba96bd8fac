import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DEFAULT_CONFIG, describeFixes, fixAll } from '../../server/src/core';

describe('what a fix-all changed, by rule (已修复：全角标点 230 处、繁体字 12 处)', () => {
  const text = '本年度,我局加強領導,完善機制;依據穗府办[2012]41号文件。\n';

  test('fix-all counts its fixes by rule, over every round', () => {
    const fixed = fixAll(text, DEFAULT_CONFIG, { safeOnly: true });
    assert.equal(fixed.text, '本年度，我局加强领导，完善机制；依据穗府办〔2012〕41号文件。\n');
    assert.deepEqual(fixed.byRule, { 'punctuation-width': 3, 'script-mixing': 3, 'doc-number-format': 1 });
    assert.equal(fixed.applied, 7);
  });

  test('in the rules\' names, most first, in either language; nothing when nothing changed', () => {
    const { byRule } = fixAll(text, DEFAULT_CONFIG, { safeOnly: true });
    assert.equal(describeFixes(byRule, 'zh-CN'), '已修复：全角标点 3 处、繁体字 3 处、文号格式 1 处');
    assert.equal(describeFixes(byRule, 'en'), 'Fixed: Full-width punctuation 3, Traditional characters 3, Document number 1');
    assert.equal(describeFixes({}, 'zh-CN'), undefined);
    assert.equal(describeFixes(fixAll('本年度，我局加强领导。\n', DEFAULT_CONFIG).byRule, 'zh-CN'), undefined);
  });
});
