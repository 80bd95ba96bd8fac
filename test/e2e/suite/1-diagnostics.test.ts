import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { code, EXTENSION_ID, openReport, rangeOf, waitForDiagnostics, workspaceFile } from './helpers';

suite('diagnostics in a real VS Code', () => {
  test('the extension under test is the bundled one, and it activates on a report', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, 'gkreport is loaded');
    assert.match(extension.packageJSON.main, /dist\/extension\.js$/);
    console.log(`vscode.version=${vscode.version} appHost=${vscode.env.appHost} node=${process.version}`);
    await openReport('2021-complete.md');
    const deadline = Date.now() + 20000;
    while (!extension.isActive && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    assert.ok(extension.isActive, 'activated by opening a Markdown report');
    await waitForDiagnostics(workspaceFile('2021-complete.md'), (d) => d.length === 0);
  });

  test('a Markdown report: rule ids, ranges and zh-CN messages', async () => {
    const { document } = await openReport('2021-mistakes.md');
    const diagnostics = await waitForDiagnostics(document.uri, (d) => d.some((x) => code(x) === 'table-reconcile'));
    const codes = diagnostics.map(code).sort();
    for (const expected of ['missing-section', 'table-cell', 'table-reconcile']) assert.ok(codes.includes(expected), `${expected} in ${codes}`);
    const culprit = diagnostics.find((d) => code(d) === 'table-reconcile' && document.getText(d.range) === '70');
    assert.ok(culprit, diagnostics.map((d) => `${code(d)} ${document.getText(d.range)}`).join('; '));
    assert.strictEqual(culprit.severity, vscode.DiagnosticSeverity.Error);
    assert.match(culprit.message, /^应为 72：此单元格使 2 条勾稽关系不成立/);
    assert.strictEqual(culprit.range.start.line, rangeOf(document, '一、本年新收').start.line);
  });

  test('a plain-text report (seed 003, traditional): script and structure findings', async () => {
    const { document } = await openReport('seed-003.txt');
    const diagnostics = await waitForDiagnostics(document.uri, (d) => d.some((x) => code(x) === 'missing-section'));
    const codes = new Set(diagnostics.map(code));
    for (const expected of ['missing-section', 'script-mixing', 'duplicate-paragraph']) assert.ok(codes.has(expected), `${expected} in ${[...codes]}`);
    assert.ok(diagnostics.some((d) => d.message.includes('缺少“总体情况”部分')));
  });

  test('a Markdown file that is not an annual report gets nothing', async () => {
    const { document } = await openReport('notes.md');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    assert.deepStrictEqual(vscode.languages.getDiagnostics(document.uri).filter((d) => d.source === 'gkreport'), []);
  });
});
