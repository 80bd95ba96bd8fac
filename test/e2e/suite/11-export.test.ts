import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { openReport, workspaceFile } from './helpers';

const exists = async (uri: vscode.Uri) => vscode.workspace.fs.stat(uri).then(() => true, () => false);

suite('导出为 Word / 导出为网页', () => {
  test('the active report exported next to it: a page with 表三 in the official layout, a .docx; over an existing page only when told it may', async () => {
    await openReport('2021-complete.md');
    const page = workspaceFile('2021-complete.html');
    const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('gkreport.exportHtml', { target: page });
    assert.strictEqual(written?.toString(), page.toString());
    const html = new TextDecoder().decode(await vscode.workspace.fs.readFile(page));
    assert.match(html, /<meta name="generator" content="gkreport">/);
    assert.match(html, /<th colspan="7">申请人情况<\/th>/);

    const docx = workspaceFile('2021-complete.docx');
    assert.strictEqual(await exists(docx), false);
    await vscode.commands.executeCommand('gkreport.exportDocx', { target: docx });
    const bytes = await vscode.workspace.fs.readFile(docx);
    assert.strictEqual(new TextDecoder('latin1').decode(bytes.subarray(0, 2)), 'PK');

    // told it may overwrite, it does; the dialog that asks otherwise is modal and left to a person
    await vscode.workspace.fs.writeFile(page, new TextEncoder().encode('mine'));
    await vscode.commands.executeCommand('gkreport.exportHtml', { target: page, overwrite: true });
    assert.notStrictEqual(new TextDecoder().decode(await vscode.workspace.fs.readFile(page)), 'mine');
    for (const file of [page, docx]) await vscode.workspace.fs.delete(file);
  });
});
