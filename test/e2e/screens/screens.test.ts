import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { code, openReport, rangeOf, waitForDiagnostics } from '../suite/helpers';

const directory = process.env.E2E_SCREENSHOT_DIR!;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Asks the driver for a screenshot of the window as it is now, and waits until it is taken. */
async function capture(name: string): Promise<void> {
  await pause(1200);
  fs.writeFileSync(path.join(directory, `${name}.request`), '');
  const done = path.join(directory, `${name}.done`);
  for (let waited = 0; !fs.existsSync(done) && waited < 20000; waited += 100) await pause(100);
  fs.rmSync(done, { force: true });
}

async function placeCursor(editor: vscode.TextEditor, range: vscode.Range): Promise<void> {
  editor.selection = new vscode.Selection(range.start, range.start);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenter);
}

suite('README screenshots', () => {
  test('a report with squiggles, the hover with an equation, the quick-fix menu, the outline, the aligned tables', async () => {
    await vscode.commands.executeCommand('workbench.action.closeSidebar');
    const { document, editor } = await openReport('2021-mistakes.md');
    await waitForDiagnostics(document.uri, (d) => d.some((x) => code(x) === 'table-reconcile'));
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    await placeCursor(editor, rangeOf(document, '| 70 |'));
    await capture('squiggles');

    await vscode.commands.executeCommand('workbench.action.closePanel');
    const cell = rangeOf(document, '| 60 |');
    await placeCursor(editor, new vscode.Range(cell.start.translate(0, 2), cell.start.translate(0, 4)));
    await vscode.commands.executeCommand('editor.action.showHover');
    await capture('hover');

    await vscode.commands.executeCommand('editor.action.hideHover');
    const culprit = rangeOf(document, '| 70 |');
    await placeCursor(editor, new vscode.Range(culprit.start.translate(0, 2), culprit.start.translate(0, 4)));
    await vscode.commands.executeCommand('editor.action.quickFix');
    await capture('quickfix');

    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    await vscode.commands.executeCommand('outline.focus');
    await capture('outline');

    // Format Document on the report: its tables aligned by display width
    await vscode.commands.executeCommand('workbench.action.closeSidebar');
    await editor.edit((builder) => builder.replace(rangeOf(document, '| 一、本年新收政府信息公开申请数量 |'), '|一、本年新收政府信息公开申请数量|'));
    await vscode.commands.executeCommand('editor.action.formatDocument');
    // Markdown wraps long lines by default: a wide table is seen aligned with wrapping off, in a font whose Chinese
    // characters are exactly two Latin ones wide (what display width assumes; README says so)
    await vscode.commands.executeCommand('editor.action.toggleWordWrap');
    const editorSettings = vscode.workspace.getConfiguration('editor');
    await editorSettings.update('fontFamily', "'Noto Sans Mono CJK SC', monospace", vscode.ConfigurationTarget.Global);
    await placeCursor(editor, rangeOf(document, '二、上年结转政府信息公开申请数量'));
    await capture('aligned');
    await editorSettings.update('fontFamily', undefined, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('editor.action.toggleWordWrap');
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  test('the Markdown preview: 表三 in the template layout, the failing cells marked', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const { document, editor } = await openReport('2021-mistakes.md');
    await waitForDiagnostics(document.uri, (d) => d.some((x) => code(x) === 'table-reconcile'));
    await vscode.commands.executeCommand('markdown.showPreviewToSide');
    await pause(2500);
    // the preview follows the editor's scrolling: 表三's header at the top of both
    const header = rangeOf(document, '（本列数据的勾稽关系为');
    editor.selection = new vscode.Selection(header.start, header.start);
    editor.revealRange(header, vscode.TextEditorRevealType.AtTop);
    await pause(1500);
    await capture('preview');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
});
