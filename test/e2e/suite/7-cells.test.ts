import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { waitForDiagnostics } from './helpers';

/** the number cells of a pipe row, by its pipes (the label cell left out): an oracle apart from the server's */
function rowCells(document: vscode.TextDocument, line: number): vscode.Range[] {
  const text = document.lineAt(line).text;
  const pipes = [...text.matchAll(/\|/g)].map((match) => match.index);
  const cells: vscode.Range[] = [];
  for (let index = 1; index + 1 < pipes.length; index++) {
    const inner = text.slice(pipes[index] + 1, pipes[index + 1]);
    const start = pipes[index] + 1 + (inner.length - inner.trimStart().length);
    cells.push(new vscode.Range(line, start, line, start + inner.trim().length));
  }
  return cells;
}

function lineStarting(document: vscode.TextDocument, prefix: string): number {
  for (let line = 0; line < document.lineCount; line++) if (document.lineAt(line).text.startsWith(prefix)) return line;
  throw new Error(`no line starts with ${prefix}`);
}

const selected = (editor: vscode.TextEditor) => editor.document.getText(editor.selection);

suite('Tab through the number cells of a report table', () => {
  test("gkreport.nextCell / previousCell walk 表三's cells across a row and to the next, right after an edit too; in prose nothing moves", async () => {
    const document = await vscode.commands.executeCommand<vscode.TextDocument>('gkreport.newReport', '某区测试局', 2024, 'department');
    const editor = vscode.window.activeTextEditor!;
    assert.strictEqual(editor.document, document);
    await waitForDiagnostics(document.uri, (diagnostics) => diagnostics.length > 0);

    const first = lineStarting(document, '| 一、本年新收政府信息公开申请数量 |');
    const second = lineStarting(document, '| 二、上年结转政府信息公开申请数量 |');
    const row = rowCells(document, first);
    assert.strictEqual(row.length, 7);
    editor.selection = new vscode.Selection(row[0].start, row[0].start);
    for (let step = 1; step <= 3; step++) {
      await vscode.commands.executeCommand('gkreport.nextCell');
      assert.ok(editor.selection.isEqual(new vscode.Selection(row[step].start, row[step].end)), `step ${step}: ${JSON.stringify(editor.selection)}`);
      assert.strictEqual(selected(editor), '填写');
    }

    // from the row's last cell (总计) to the next row's first; Shift+Tab back
    editor.selection = new vscode.Selection(row[6].start, row[6].end);
    await vscode.commands.executeCommand('gkreport.nextCell');
    const next = rowCells(document, second);
    assert.ok(editor.selection.isEqual(new vscode.Selection(next[0].start, next[0].end)), JSON.stringify(editor.selection));
    await vscode.commands.executeCommand('gkreport.previousCell');
    assert.ok(editor.selection.isEqual(new vscode.Selection(row[6].start, row[6].end)), JSON.stringify(editor.selection));

    // typing over the selected cell, then Tab at once: the cells of the new text, not of the old
    editor.selection = new vscode.Selection(row[0].start, row[0].end);
    assert.ok(await editor.edit((edit) => edit.replace(editor.selection, '1234')));
    await vscode.commands.executeCommand('gkreport.nextCell');
    const edited = rowCells(document, first);
    assert.strictEqual(document.getText(edited[0]), '1234');
    assert.ok(editor.selection.isEqual(new vscode.Selection(edited[1].start, edited[1].end)), JSON.stringify(editor.selection));

    // in prose the command moves nothing (and the keybinding's context key is false there)
    const prose = lineStarting(document, '本报告由');
    const cursor = new vscode.Selection(prose, 3, prose, 3);
    editor.selection = cursor;
    await vscode.commands.executeCommand('gkreport.nextCell');
    await vscode.commands.executeCommand('gkreport.previousCell');
    assert.ok(editor.selection.isEqual(cursor), JSON.stringify(editor.selection));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('the keybindings are Tab and Shift+Tab, only in a report table and not in a snippet, the suggest widget or a multi-cursor', () => {
    const keybindings = vscode.extensions.getExtension('gkreport.gkreport')!.packageJSON.contributes.keybindings as { command: string; key: string; when: string }[];
    const byCommand = new Map(keybindings.map((binding) => [binding.command, binding]));
    assert.strictEqual(byCommand.get('gkreport.nextCell')?.key, 'tab');
    assert.strictEqual(byCommand.get('gkreport.previousCell')?.key, 'shift+tab');
    for (const binding of byCommand.values()) {
      for (const condition of ['editorTextFocus', 'gkreport.inReportTable', '!inSnippetMode', '!suggestWidgetVisible', '!editorHasMultipleSelections']) {
        assert.ok(binding.when.split(' && ').includes(condition), `${binding.command}: ${binding.when} lacks ${condition}`);
      }
    }
  });
});
