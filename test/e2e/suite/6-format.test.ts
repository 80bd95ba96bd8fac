import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { waitForDiagnostics, workspaceFile } from './helpers';

/**
 * Display columns by the Unicode blocks an editor draws two columns wide (Han, CJK punctuation, kana, Hangul,
 * full-width forms): an oracle of its own, not the formatter's library.
 */
function columnsOf(character: string): number {
  const code = character.codePointAt(0)!;
  const wide = (code >= 0x1100 && code <= 0x115f) || (code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7a3)
    || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xfe30 && code <= 0xfe4f) || (code >= 0xff00 && code <= 0xff60)
    || (code >= 0xffe0 && code <= 0xffe6) || (code >= 0x20000 && code <= 0x3fffd);
  return wide ? 2 : 1;
}

function pipeColumns(line: string): number[] {
  const columns: number[] = [];
  let column = 0;
  for (const character of line) {
    if (character === '|') columns.push(column);
    column += columnsOf(character);
  }
  return columns;
}

suite('formatting the report tables', () => {
  test('Format Document lines up a messy 表三 by display width and changes no cell', async () => {
    const source = new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceFile('2021-mistakes.md')));
    // padding anyhow, a row without its outer pipes, a tab
    const messy = source
      .replace('| 一、本年新收政府信息公开申请数量 | 60 | 8 | 1 | 0 | 2 | 1 | 70 |', '|一、本年新收政府信息公开申请数量|60|8 |   1|0|2|1|70|')
      .replace('| 二、上年结转政府信息公开申请数量 | 3 | 1 | 0 | 0 | 0 | 0 | 4 |', '二、上年结转政府信息公开申请数量 | 3 | 1 | 0 | 0 | 0 | 0 | 4')
      .replace('| （一）予以公开 | 21 |', '|\t（一）予以公开 | 21 |');
    assert.notStrictEqual(messy, source);
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: messy });
    await vscode.window.showTextDocument(document);
    await waitForDiagnostics(document.uri, (diagnostics) => diagnostics.length > 0);

    await vscode.commands.executeCommand('editor.action.formatDocument');
    const lines = document.getText().split('\n');
    const first = lines.findIndex((line) => line.includes('本列数据的勾稽关系'));
    const table3 = lines.slice(first, first + 32);
    assert.strictEqual(table3[31].startsWith('| 四、结转下年度继续办理 '), true, table3.join('\n'));
    const header = pipeColumns(table3[0]);
    assert.strictEqual(header.length, 9);
    for (const line of table3) assert.deepStrictEqual(pipeColumns(line), header, line);
    const cells = (text: string) => text.split('\n').filter((line) => line.includes('|') && !/^[\s|:-]+$/.test(line))
      .map((line) => line.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map((cell) => cell.trim()));
    assert.deepStrictEqual(cells(document.getText()), cells(messy));

    // formatted already: the provider has nothing more to do
    const again = await vscode.commands.executeCommand<vscode.TextEdit[]>('vscode.executeFormatDocumentProvider', document.uri, { tabSize: 4, insertSpaces: true });
    assert.deepStrictEqual(again ?? [], []);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
