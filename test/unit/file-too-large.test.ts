import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyze, DEFAULT_CONFIG, RULES } from '../../server/src/core';
import { makeReport } from '../helpers/reports';

describe('limits: size, binary content, a rule that throws', () => {
  test('a document over the size limit gets one info finding and only the cheap rules', () => {
    const text = `${makeReport({ omit: [6] })}\n本年度,我办加强领导。\n`;
    const { findings, limited } = analyze(text, { ...DEFAULT_CONFIG, maxFileSize: 1000 });
    assert.equal(limited, 'too-large');
    assert.equal(findings[0].ruleId, 'file-too-large');
    assert.equal(findings[0].severity, 'info');
    assert.match(findings[0].message, /^只做了标点和文号检查：.*超过 1000（/);
    const cheap = new Set(RULES.filter((rule) => rule.meta.cheap).map((rule) => rule.meta.id));
    assert.ok(findings.slice(1).every((finding) => cheap.has(finding.ruleId)));
    assert.ok(findings.some((finding) => finding.ruleId === 'punctuation-width'));
    assert.ok(!findings.some((finding) => finding.ruleId === 'missing-section'));
  });

  test('under the limit, nothing changes', () => {
    const text = makeReport({ omit: [6] });
    const { findings, limited } = analyze(text, DEFAULT_CONFIG);
    assert.equal(limited, undefined);
    assert.ok(findings.some((finding) => finding.ruleId === 'missing-section'));
    assert.ok(!findings.some((finding) => finding.ruleId === 'file-too-large'));
  });

  test('binary content is detected and skipped', () => {
    for (const text of ['PK\u0003\u0004\u0000\u0000binary', '\u0001\u0002\u0003\u0004' + '\uFFFD'.repeat(50) + 'ab']) {
      const { findings, limited } = analyze(text);
      assert.equal(limited, 'binary');
      assert.deepEqual(findings, []);
    }
    assert.equal(analyze('正常的文本，偶尔一个\uFFFD字符。').limited, undefined);
  });

  test('a rule that throws is isolated: the others still report, and the error is handed over once', () => {
    const errors: string[] = [];
    const rules = RULES.map((rule) => (rule.meta.id === 'table-cell' ? { ...rule, check: () => { throw new Error('boom'); } } : rule));
    const { findings } = analyze(makeReport({ omit: [6] }), DEFAULT_CONFIG, {}, { rules, onRuleError: (id) => errors.push(id) });
    assert.ok(findings.some((finding) => finding.ruleId === 'missing-section'));
    assert.deepEqual(errors, ['table-cell']);
  });
});
