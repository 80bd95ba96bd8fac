import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { code, markReviewedAction, waitForDiagnostics, workspaceFile } from './helpers';

suite('review decisions', () => {
  test('标记为已核实… writes the decision into .gkreport-review.json and the finding becomes a hint with its reason', async () => {
    // a folder of its own with its own (empty) review file: the decision stays out of the other suites' reports
    const folder = workspaceFile('review-e2e');
    fs.mkdirSync(folder.fsPath, { recursive: true });
    const reviewFile = vscode.Uri.joinPath(folder, '.gkreport-review.json');
    // a file a reviewer already keeps: its other keys and decisions stay, the new one goes last
    const earlier = { report: { unit: '某县人民政府办公室', year: 2021 }, rule: 'table-reconcile', key: 't3/本年新收/总计', reason: '含上年结转' };
    fs.writeFileSync(reviewFile.fsPath, `${JSON.stringify({ $schema: './gkreport-review.schema.json', version: 1, decisions: [earlier] }, null, 2)}\n`);
    const report = vscode.Uri.joinPath(folder, '2021.md');
    fs.copyFileSync(workspaceFile('2021-mistakes.md').fsPath, report.fsPath);
    try {
      const document = await vscode.workspace.openTextDocument(report);
      await vscode.window.showTextDocument(document);
      await waitForDiagnostics(report, (d) => d.some((x) => code(x) === 'prose-table-mismatch'));
      const { target, mark } = await markReviewedAction(document, 'prose-table-mismatch');
      assert.strictEqual(target.severity, vscode.DiagnosticSeverity.Warning);
      assert.ok(mark.command);
      assert.match(mark.title, /^(?:标记为已核实…|Mark as reviewed…)$/);
      // the reason as the command's second argument (tests): the input box cannot be answered from here
      const written = await vscode.commands.executeCommand<vscode.Uri | undefined>(mark.command.command, ...(mark.command.arguments ?? []), '正文含上年结转');
      assert.strictEqual(written?.toString(), reviewFile.toString());
      const saved = JSON.parse(fs.readFileSync(reviewFile.fsPath, 'utf8')) as { $schema: string; version: number; decisions: Record<string, unknown>[] };
      assert.strictEqual(saved.version, 1);
      assert.strictEqual(saved.$schema, './gkreport-review.schema.json');
      assert.deepStrictEqual(saved.decisions[0], earlier);
      assert.deepStrictEqual(saved.decisions.slice(1).map(({ date, ...decision }) => [decision, /^\d{4}-\d{2}-\d{2}$/.test(String(date))]), [[{
        report: { unit: '某市某区(含错误示例)人民政府办公室', year: 2021 },
        rule: 'prose-table-mismatch',
        key: '全年新收政府信息公开申请72件，上年结转4件，均在法定期限内答复。',
        reason: '正文含上年结转',
      }, true]]);
      const after = await waitForDiagnostics(report, (d) => d.some((x) => code(x) === 'prose-table-mismatch' && x.severity === vscode.DiagnosticSeverity.Hint));
      assert.match(after.find((x) => code(x) === 'prose-table-mismatch')!.message, / \[(?:已核实：|reviewed: )正文含上年结转\]$/);
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      fs.rmSync(folder.fsPath, { recursive: true, force: true });
    }
  });
});
