import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { analyze, reportStatus, reportTemplate, tableLenses } from '../../server/src/core';
import { makeReport } from '../helpers/reports';

const mistakes = fs.readFileSync(path.join(__dirname, '..', '..', '..', 'examples', '2021-mistakes.md'), 'utf8');

describe('the status bar of a report and the clickable lenses', () => {
  test("the status of a report with mistakes: its format, its errors, the equations its lenses count", () => {
    const analysis = analyze(mistakes);
    const status = reportStatus(analysis, 'zh-CN');
    const errors = analysis.findings.filter((finding) => finding.severity === 'error').length;
    assert.ok(errors > 0);
    assert.equal(status.errors, errors);
    assert.equal(status.warnings, analysis.findings.filter((finding) => finding.severity === 'warning').length);
    // the lenses say "N 处不成立（共 M 条）" per table: the status bar adds them up
    const counts = tableLenses(analysis, 'zh-CN').flatMap((lens) => [...lens.title.matchAll(/(\d+) 处不成立（共 (\d+) 条）|(\d+)\/\d+ 成立/g)])
      .map((match) => (match[3] ? { failed: 0, total: Number(match[3]) } : { failed: Number(match[1]), total: Number(match[2]) }));
    const total = counts.reduce((sum, count) => sum + count.total, 0);
    const failed = counts.reduce((sum, count) => sum + count.failed, 0);
    assert.deepEqual(status.equations, { held: total - failed, total });
    assert.equal(status.text, `年报 2021 · 错误 ${errors} · 勾稽 ${total - failed}/${total}`);
    assert.equal(reportStatus(analysis, 'en').text, `Report 2021 · ${errors} errors · reconciliation ${total - failed}/${total}`);
    assert.match(status.tooltip, /单击打开“问题”面板$/);
  });

  test('a report whose tables add up: every equation holds; a new template: no equation counted, so none said', () => {
    const consistent = reportStatus(analyze(makeReport({ era: '2019' })), 'zh-CN');
    assert.match(consistent.text, /^年报 2019 · 错误 0 · 勾稽 (\d+)\/\1$/);
    assert.ok(consistent.equations.total > 0);
    const template = reportStatus(analyze(reportTemplate({ era: '2021', year: '2024', unit: '某区测试局' })), 'zh-CN');
    assert.equal(template.text, '年报 2021 · 错误 0');
  });

  test('the lens of a table with failing equations goes to the cells the table-reconcile findings stand on, first in the document first', () => {
    const analysis = analyze(mistakes);
    const lenses = tableLenses(analysis, 'zh-CN').filter((lens) => /不成立/.test(lens.title));
    assert.equal(lenses.length, 2);
    const reconcile = analysis.findings.filter((finding) => finding.ruleId === 'table-reconcile').map((finding) => finding.span.start);
    for (const lens of lenses) {
      const failed = Number(/(\d+) 处不成立/.exec(lens.title)![1]);
      assert.equal(lens.targets.length, failed, 'one target per failing equation');
      const starts = lens.targets.map((target) => target.span.start);
      assert.deepEqual(starts, [...starts].sort((a, b) => a - b));
      assert.ok(starts.every((start) => reconcile.includes(start)), `${starts} within ${reconcile}`);
      assert.ok(lens.targets.every((target) => target.detail?.startsWith(target.label) && target.detail.includes('≠')));
    }
    // 本年新收's total, 70 where 72 is due: the first finding of 表三 and the first place its lens goes
    assert.equal(mistakes.slice(lenses[0].targets[0].span.start, lenses[0].targets[0].span.end), '70');
  });

  test('the lens of a table left to fill goes to its first placeholder; a lens whose equations all hold goes nowhere', () => {
    const template = reportTemplate({ era: '2021', year: '2024', unit: '某区测试局' });
    for (const lens of tableLenses(analyze(template), 'zh-CN')) {
      assert.equal(lens.targets.length, 1);
      const [target] = lens.targets;
      assert.equal(target.label, '第一个待填写的单元格');
      assert.equal(template.slice(target.span.start, target.span.end), '填写');
      assert.equal(template.indexOf('填写', lens.offset), target.span.start);
    }
    const holding = tableLenses(analyze(makeReport({ era: '2021' })), 'zh-CN');
    assert.ok(holding.length > 0 && holding.every((lens) => /成立$/.test(lens.title) && lens.targets.length === 0));
  });
});
