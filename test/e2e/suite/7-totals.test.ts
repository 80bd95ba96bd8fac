import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { code, waitForDiagnostics, workspaceFile } from './helpers';

/** a pipe row's cells, trimmed */
const cellsOf = (line: string) => line.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map((cell) => cell.trim());
const rowOf = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;

suite('计算合计', () => {
  test('the 计算合计 command fills the totals of a report whose leaves are filled, and no table-reconcile finding is left', async () => {
    const source = new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceFile('2021-complete.md')));
    // every total of 表三 and 表四 left as the template leaves it: 表三's 总计 column, （七）总计 and 结转下年度, 表四's 总计
    const blanked = source.split('\n').map((line) => {
      if (!line.startsWith('|') || !/\d/.test(line)) return line;
      const cells = cellsOf(line);
      if (cells.length === 8 && /^[一二（\d]/.test(cells[0])) {
        if (/（七）总计|结转下年度/.test(cells[0])) return rowOf([cells[0], ...cells.slice(1).map(() => '填写')]);
        return rowOf([...cells.slice(0, 7), '填写']);
      }
      if (cells.length === 15 && /^\d+$/.test(cells[0])) return rowOf(cells.map((cell, index) => (index % 5 === 4 ? '填写' : cell)));
      return line;
    }).join('\n');
    assert.notStrictEqual(blanked, source);
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: blanked });
    await vscode.window.showTextDocument(document);
    await waitForDiagnostics(document.uri, (diagnostics) => diagnostics.some((diagnostic) => code(diagnostic) === 'table-cell'));

    await vscode.commands.executeCommand('gkreport.computeTotals');
    const after = await waitForDiagnostics(document.uri, (diagnostics) => !diagnostics.some((diagnostic) => ['table-cell', 'table-reconcile'].includes(code(diagnostic))));
    assert.deepStrictEqual(after.filter((diagnostic) => code(diagnostic) === 'table-reconcile'), []);
    const tableCells = (text: string) => text.split('\n').filter((line) => line.startsWith('|')).map(cellsOf);
    assert.deepStrictEqual(tableCells(document.getText()), tableCells(source));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
