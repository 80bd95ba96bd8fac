import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { code, EXTENSION_ID, openReport, waitForDiagnostics, workspaceFile } from './helpers';

interface StatusBarView {
  readonly visible: boolean;
  readonly text: string;
  readonly tooltip: string;
  readonly command: string;
}

interface GkreportApi {
  readonly statusBar: () => StatusBarView;
  readonly onDidChangeStatusBar: vscode.Event<StatusBarView>;
}

const api = () => vscode.extensions.getExtension<GkreportApi>(EXTENSION_ID)!.exports;

/** Waits on the status bar's change events, not on sleeps; fails with what it shows at the deadline. */
async function waitForStatusBar(predicate: (view: StatusBarView) => boolean, timeoutMs = 20000): Promise<StatusBarView> {
  if (predicate(api().statusBar())) return api().statusBar();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`timed out waiting for the status bar; it shows ${JSON.stringify(api().statusBar())}`));
    }, timeoutMs);
    const subscription = api().onDidChangeStatusBar((view) => {
      if (!predicate(view)) return;
      clearTimeout(timer);
      subscription.dispose();
      resolve(view);
    });
  });
}

/** A fresh copy of the report with mistakes (other suites apply fixes to the workspace file in memory). */
async function mistakes(): Promise<{ document: vscode.TextDocument; editor: vscode.TextEditor }> {
  const content = fs.readFileSync(workspaceFile('2021-mistakes.md').fsPath, 'utf8');
  const document = await vscode.workspace.openTextDocument({ language: 'markdown', content });
  const editor = await vscode.window.showTextDocument(document);
  await waitForDiagnostics(document.uri, (d) => d.some((x) => code(x) === 'table-reconcile'));
  return { document, editor };
}

async function lenses(document: vscode.TextDocument): Promise<vscode.CodeLens[]> {
  return vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', document.uri, 10);
}

suite('feedback: the status bar, clickable lenses, snippets as you type', () => {
  teardown(() => vscode.commands.executeCommand('workbench.action.closeQuickOpen'));

  test('the status bar shows the active report\'s format, errors and equations held; hidden for a document that is no report', async () => {
    const { document } = await mistakes();
    const errors = (await waitForDiagnostics(document.uri, (d) => d.length > 0)).filter((d) => d.severity === vscode.DiagnosticSeverity.Error).length;
    // the lenses say "勾稽关系 N 处不成立（共 M 条）" per table: the status bar adds them up
    let total = 0;
    let failed = 0;
    for (const lens of await lenses(document)) {
      for (const match of (lens.command?.title ?? '').matchAll(/(\d+) 处不成立（共 (\d+) 条）|(\d+)\/\d+ 成立/g)) {
        total += Number(match[3] ?? match[2]);
        failed += match[3] ? 0 : Number(match[1]);
      }
    }
    assert.ok(errors > 0 && failed > 0 && total > failed, `${errors} errors, ${failed}/${total} failing`);
    const shown = await waitForStatusBar((view) => view.visible && /错误/.test(view.text));
    assert.strictEqual(shown.text, `年报 2021 · 错误 ${errors} · 勾稽 ${total - failed}/${total}`);
    assert.strictEqual(shown.command, 'workbench.actions.view.problems');
    assert.match(shown.tooltip, /单击打开“问题”面板/);

    await openReport('notes.md');
    await waitForStatusBar((view) => !view.visible);
    await vscode.window.showTextDocument(document);
    await waitForStatusBar((view) => view.visible && view.text === shown.text);

    // 本年新收's total written right: two equations hold again, and the status bar follows the new check
    const edit = new vscode.WorkspaceEdit();
    const cell = document.getText().indexOf('| 70 |') + 2;
    edit.replace(document.uri, new vscode.Range(document.positionAt(cell), document.positionAt(cell + 2)), '72');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const after = await waitForStatusBar((view) => view.visible && view.text !== shown.text);
    assert.strictEqual(after.text, `年报 2021 · 错误 ${errors - 1} · 勾稽 ${total - failed + 2}/${total}`);
  });

  test('clicking the lens of 表三 selects the first failing cell and lists the failing equations; the lens of 表二 goes to its unfilled cell', async () => {
    const { document, editor } = await mistakes();
    const diagnostics = await waitForDiagnostics(document.uri, (d) => d.some((x) => code(x) === 'table-reconcile'));
    const all = await lenses(document);
    const table3 = all.find((lens) => /处不成立/.test(lens.command?.title ?? '') && document.lineAt(lens.range.start.line).text.includes('自然人'));
    assert.ok(table3?.command?.command, all.map((lens) => `${lens.command?.title} → ${lens.command?.command}`).join(', '));
    await vscode.commands.executeCommand(table3.command.command, ...(table3.command.arguments ?? []));
    // the first table-reconcile finding below the lens: 本年新收's total, 70 where 72 is due
    const first = diagnostics.filter((d) => code(d) === 'table-reconcile' && d.range.start.line > table3.range.start.line)
      .sort((a, b) => a.range.start.compareTo(b.range.start))[0];
    assert.strictEqual(vscode.window.activeTextEditor, editor);
    assert.ok(editor.selection.isEqual(first.range), `selected ${JSON.stringify(editor.selection)}, expected ${JSON.stringify(first.range)}`);
    assert.strictEqual(document.getText(editor.selection), '70');
    // several equations fail: the quick pick lists them; choosing the last goes to its cell
    await vscode.commands.executeCommand('workbench.action.quickOpenNavigatePrevious');
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    const targets = table3.command.arguments![1] as { range: { start: { line: number; character: number } } }[];
    const last = targets[targets.length - 1].range.start;
    assert.ok(editor.selection.start.isEqual(new vscode.Position(last.line, last.character)), `selected ${JSON.stringify(editor.selection)}`);

    const table2 = all.find((lens) => lens.command?.title === '待填写 1 格');
    assert.ok(table2?.command?.command);
    await vscode.commands.executeCommand(table2.command.command, ...(table2.command.arguments ?? []));
    assert.strictEqual(document.getText(editor.selection), 'XX');
    assert.ok(editor.selection.start.line > table2.range.start.line);
  });

  test('in a document of the report language the snippets are offered as you type (quick suggestions on); Markdown keeps its own defaults', async () => {
    const report = vscode.workspace.getConfiguration('editor', { languageId: 'gkreport' });
    assert.deepStrictEqual({ ...report.get<object>('quickSuggestions') }, { other: 'on', comments: 'off', strings: 'off' });
    assert.strictEqual(report.get('snippetSuggestions'), 'top');
    // VS Code keeps quick suggestions off in Markdown by design: there the snippets stay on Ctrl+Space (the walkthrough says so)
    const markdown = vscode.workspace.getConfiguration('editor', { languageId: 'markdown' }).get<{ other?: unknown }>('quickSuggestions');
    assert.notStrictEqual(markdown?.other, 'on', JSON.stringify(markdown));
    const document = await vscode.workspace.openTextDocument({ language: 'gkreport', content: '年报' });
    await vscode.window.showTextDocument(document);
    const completions = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, new vscode.Position(0, 2));
    const snippet = completions.items.find((item) => item.kind === vscode.CompletionItemKind.Snippet && (typeof item.label === 'string' ? item.label : item.label.label) === '年报');
    assert.ok(snippet, completions.items.map((item) => (typeof item.label === 'string' ? item.label : item.label.label)).join(', '));
  });

  test('修复所有可自动修复的问题 (the editor context menu\'s command) applies the safe fixes of the active report', async () => {
    const content = fs.readFileSync(workspaceFile('2021-complete.md').fsPath, 'utf8').replace('一、总体情况\n', '一、总体情况\n\n本年度,我局认真贯彻落实《条例》,做好公开工作。\n');
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content });
    await vscode.window.showTextDocument(document);
    await waitForDiagnostics(document.uri, (d) => d.some((x) => code(x) === 'punctuation-width'));
    assert.strictEqual(await vscode.commands.executeCommand('gkreport.fixAll'), true);
    assert.match(document.getText(), /本年度，我局认真贯彻落实《条例》，做好公开工作。/);
    await waitForDiagnostics(document.uri, (d) => !d.some((x) => code(x) === 'punctuation-width'));
  });
});
