import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { code, openReport, rangeOf, waitForDiagnostics, waitForPublication } from './helpers';

suite('quick fixes, fix-all and typing', () => {
  test('the table-reconcile quick fix, applied through the API, removes the finding', async () => {
    const { document } = await openReport('2021-mistakes.md');
    const diagnostics = await waitForDiagnostics(document.uri, (d) => d.some((x) => code(x) === 'table-reconcile'));
    const target = diagnostics.find((d) => code(d) === 'table-reconcile' && document.getText(d.range) === '70')!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, target.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((action) => action.title === '改为 72');
    assert.ok(fix?.edit, `no fix in ${actions.map((action) => action.title)}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.strictEqual(document.getText(target.range), '72');
    await waitForDiagnostics(document.uri, (d) => !d.some((x) => code(x) === 'table-reconcile' && x.range.isEqual(target.range)));
  });

  test('source.fixAll.gkreport applies every safe fix in one action, and leaves the totals to review', async () => {
    const { document } = await openReport('2021-mistakes.md');
    const addition = new vscode.WorkspaceEdit();
    addition.insert(document.uri, new vscode.Position(document.lineCount, 0), '\n依据穗府办[2012]41号文件,我办加强培训。\n');
    assert.ok(await vscode.workspace.applyEdit(addition));
    await waitForDiagnostics(document.uri, (d) => ['table-reconcile', 'doc-number-format', 'punctuation-width'].every((rule) => d.some((x) => code(x) === rule)));
    const whole = new vscode.Range(0, 0, document.lineCount, 0);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, whole, 'source.fixAll.gkreport', 5);
    const fixAll = actions.find((action) => action.kind?.value === 'source.fixAll.gkreport');
    assert.ok(fixAll?.edit, `no fix-all in ${actions.map((action) => `${action.kind?.value} ${action.title}`)}`);
    assert.ok(await vscode.workspace.applyEdit(fixAll.edit));
    const after = await waitForDiagnostics(document.uri, (d) => !d.some((x) => ['doc-number-format', 'punctuation-width'].includes(code(x))));
    assert.ok(after.some((x) => code(x) === 'table-reconcile'), 'a wrong total is not rewritten on save');
    assert.match(document.getText(), /依据穗府办〔2012〕41号文件，我办加强培训。/);
  });

  test('typing (edits through the API) updates the diagnostics', async () => {
    const { document } = await openReport('2021-complete.md');
    assert.deepStrictEqual((await waitForPublication(document)).map((d) => d.message), []);
    const cell = rangeOf(document, '| 24 |');
    const edit = new vscode.WorkspaceEdit();
    edit.replace(document.uri, new vscode.Range(cell.start.translate(0, 2), cell.start.translate(0, 4)), '25');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const after = await waitForDiagnostics(document.uri, (d) => d.some((x) => code(x) === 'table-reconcile'));
    assert.ok(after.some((d) => /应为 24|改为 24/.test(d.message)), after.map((d) => d.message).join('\n'));
    const undo = new vscode.WorkspaceEdit();
    undo.replace(document.uri, new vscode.Range(cell.start.translate(0, 2), cell.start.translate(0, 4)), '24');
    assert.ok(await vscode.workspace.applyEdit(undo));
    assert.deepStrictEqual((await waitForPublication(document)).map((d) => d.message), []);
  });
});
