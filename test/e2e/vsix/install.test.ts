import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { code, EXTENSION_ID, openReport, waitForDiagnostics, waitForTab } from '../suite/helpers';

suite('the packaged .vsix, installed as a user would', () => {
  test('it is installed, not under development, and activates on a report with diagnostics', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, 'gkreport.gkreport is installed');
    assert.match(extension.extensionPath, /extensions/);
    // code-server's display language reaches a freshly installed extension late now and then (English messages in
    // about one run in three); the Chinese messages themselves are the bundled suites' subject
    await vscode.workspace.getConfiguration('gkreport').update('locale', 'zh-CN', vscode.ConfigurationTarget.Global);
    const { document } = await openReport('2021-mistakes.md');
    const chinese = (d: vscode.Diagnostic) => code(d) === 'table-reconcile' && /^应为 72：此单元格使 2 条勾稽关系不成立/.test(d.message);
    const diagnostics = await waitForDiagnostics(document.uri, (d) => d.some(chinese), 30000);
    assert.ok(diagnostics.some(chinese));
    assert.ok(extension.isActive);
  });

  test("a diagnostic's rule link opens the rule's page shipped in the installed extension", async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
    const { document } = await openReport('2021-mistakes.md');
    const diagnostics = await waitForDiagnostics(document.uri, (d) => d.some((x) => code(x) === 'table-reconcile'), 30000);
    const reconcile = diagnostics.find((d) => code(d) === 'table-reconcile')!;
    const target = typeof reconcile.code === 'object' ? reconcile.code.target : undefined;
    assert.strictEqual(target?.toString(true), 'command:gkreport.openRuleDocs?["table-reconcile"]');
    await vscode.workspace.fs.stat(vscode.Uri.joinPath(extension.extensionUri, 'docs', 'rules', 'table-reconcile.md'));
    await vscode.commands.executeCommand('gkreport.openRuleDocs', 'table-reconcile');
    await waitForTab((tab) => tab.label.includes('table-reconcile'));
  });
});
