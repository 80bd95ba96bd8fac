import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { code, EXTENSION_ID, waitForDiagnostics, workspaceFile } from './helpers';

/** the part of the extension's API (client/src/extension.ts) this suite uses */
interface GkreportApi {
  readonly pasteTable: vscode.DocumentPasteEditProvider;
}

/** a pipe row's cells, trimmed */
const cellsOf = (line: string) => line.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map((cell) => cell.trim());
const pipeRows = (text: string) => text.split('\n').filter((line) => line.startsWith('|') && !/^\|[\s:|-]+\|$/.test(line)).map(cellsOf);

/**
 * 表三 as a government web page shows it and a browser puts it on the clipboard: the header in three rows with its
 * rowspans and colspans, 三、本年度办理结果 spanning its 22 rows, each group label (（三）不予公开 …) spanning its items.
 */
function table3Html(rows: readonly (readonly string[])[]): string {
  const td = (text: string, attributes = '') => `<td${attributes}><p style="text-align:center"><span style="font-size:12px">${text}</span></p></td>`;
  const header = [
    `<tr>${td(rows[0][0], ' colspan="3" rowspan="3"')}${td('申请人情况', ' colspan="7"')}</tr>`,
    `<tr>${td('自然人', ' rowspan="2"')}${td('法人或其他组织', ' colspan="5"')}${td('总计', ' rowspan="2"')}</tr>`,
    `<tr>${rows[0].slice(2, 7).map((label) => td(label)).join('')}</tr>`,
  ];
  const body: string[] = [];
  const outcomes = rows.findIndex((row) => row[0] === '三、本年度办理结果');
  const carried = rows.findIndex((row) => row[0] === '四、结转下年度继续办理');
  for (let index = 1; index < rows.length; index++) {
    const [label, ...values] = rows[index];
    const numbers = values.map((value) => td(value)).join('');
    if (index < outcomes || index === carried) body.push(`<tr>${td(label, ' colspan="3"')}${numbers}</tr>`);
    else if (index === outcomes) continue;
    else if (values.every((value) => value === '')) {
      // a group: its label spans the items below it, the first of which shares its row
      let items = 0;
      while (/^\d\./.test(rows[index + 1 + items]?.[0] ?? '')) items++;
      const [first, ...firstValues] = rows[index + 1];
      body.push(`<tr>${index === outcomes + 1 ? td(rows[outcomes][0], ` rowspan="${carried - outcomes - 1 - countGroups(rows, outcomes, carried)}"`) : ''}${td(label, ` rowspan="${items}"`)}${td(first)}${firstValues.map((value) => td(value)).join('')}</tr>`);
      for (let item = 1; item < items; item++) body.push(`<tr>${td(rows[index + 1 + item][0])}${rows[index + 1 + item].slice(1).map((value) => td(value)).join('')}</tr>`);
      index += items;
    } else {
      body.push(`<tr>${index === outcomes + 1 ? td(rows[outcomes][0], ` rowspan="${carried - outcomes - 1 - countGroups(rows, outcomes, carried)}"`) : ''}${td(label, ' colspan="2"')}${numbers}</tr>`);
    }
  }
  return `<html><body><!--StartFragment--><table border="1" cellspacing="0" style="border-collapse:collapse"><tbody>${[...header, ...body].join('\n')}</tbody></table><!--EndFragment--></body></html>`;
}

/** the group rows between 三、本年度办理结果 and 四、: in the page they are cells beside their first item, not rows */
function countGroups(rows: readonly (readonly string[])[], from: number, to: number): number {
  return rows.slice(from + 1, to).filter((row) => row.slice(1).every((value) => value === '')).length;
}

suite('粘贴为年报表格', () => {
  test('pasting 表三 from a web page (text/html with rowspan and colspan) inserts the canonical pipe table with every value, and the report is whole again', async () => {
    const source = new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceFile('2021-complete.md')));
    const lines = source.split('\n');
    const heading = lines.findIndex((line) => line.startsWith('## 三、'));
    const first = lines.findIndex((line, index) => index > heading && line.startsWith('|'));
    let last = first;
    while (lines[last + 1]?.startsWith('|')) last++;
    const table = lines.slice(first, last + 1).join('\n');
    const withoutTable = [...lines.slice(0, first), ...lines.slice(last + 1)].join('\n');
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: withoutTable });
    const editor = await vscode.window.showTextDocument(document);
    await waitForDiagnostics(document.uri, (diagnostics) => diagnostics.some((diagnostic) => code(diagnostic) === 'missing-table'));

    const api = vscode.extensions.getExtension<GkreportApi>(EXTENSION_ID)!.exports;
    const clipboard = new vscode.DataTransfer();
    clipboard.set('text/html', new vscode.DataTransferItem(table3Html(pipeRows(table))));
    clipboard.set('text/plain', new vscode.DataTransferItem('what a browser puts beside the HTML, not read when the HTML has a table'));
    const at = new vscode.Position(first, 0);
    const cancellation = new vscode.CancellationTokenSource();
    const edits = await api.pasteTable.provideDocumentPasteEdits!(document, [new vscode.Range(at, at)], clipboard,
      { only: undefined, triggerKind: vscode.DocumentPasteTriggerKind.Automatic }, cancellation.token);
    assert.ok(edits && edits.length === 1, 'one paste edit');
    const [edit] = edits;
    // l10n/bundle.l10n.zh-cn.json; this VS Code runs in English
    assert.strictEqual(edit.title, vscode.env.language.startsWith('zh') ? '粘贴为年报表格' : 'Paste as an annual-report table');
    assert.strictEqual(edit.kind.value, 'gkreport.pipeTable');
    // a report's own paste: the default, not yielding to plain text
    assert.strictEqual(edit.yieldTo, undefined);
    assert.ok(await editor.edit((builder) => builder.insert(at, edit.insertText as string)));

    const after = await waitForDiagnostics(document.uri, (diagnostics) => !diagnostics.some((diagnostic) => code(diagnostic) === 'missing-table'));
    assert.deepStrictEqual(pipeRows(document.getText()), pipeRows(source));
    // aligned as Format Document aligns it: formatting has nothing left to do in it (the other tables are not aligned)
    const formatting = await vscode.commands.executeCommand<vscode.TextEdit[] | undefined>('vscode.executeFormatDocumentProvider', document.uri, { tabSize: 2, insertSpaces: true });
    assert.ok(formatting && formatting.length > 0, 'the other tables are formatted');
    assert.deepStrictEqual(formatting.filter((textEdit) => textEdit.range.end.line >= first && textEdit.range.start.line <= last).map((textEdit) => textEdit.range.start.line), []);
    // the complete report has no finding; with its 表三 pasted back it has none either
    assert.deepStrictEqual(after.map((diagnostic) => `${code(diagnostic)} ${diagnostic.message}`), []);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('in notes that are no report, a pasted HTML table is offered as a plain pipe table that yields to the plain text', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: '# 会议记录\n\n' });
    await vscode.window.showTextDocument(document);
    const api = vscode.extensions.getExtension<GkreportApi>(EXTENSION_ID)!.exports;
    const clipboard = new vscode.DataTransfer();
    clipboard.set('text/html', new vscode.DataTransferItem('<table><tr><th>事项</th><th>数量</th></tr><tr><td>采购</td><td>12</td></tr></table>'));
    const at = new vscode.Position(2, 0);
    const edits = await api.pasteTable.provideDocumentPasteEdits!(document, [new vscode.Range(at, at)], clipboard,
      { only: undefined, triggerKind: vscode.DocumentPasteTriggerKind.Automatic }, new vscode.CancellationTokenSource().token);
    assert.ok(edits && edits.length === 1, 'one paste edit');
    assert.strictEqual(edits[0].insertText, '| 事项 | 数量 |\n| ---- | ---- |\n| 采购 | 12   |');
    assert.deepStrictEqual(edits[0].yieldTo?.map((kind) => kind.value), [vscode.DocumentDropOrPasteEditKind.Text.value]);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
