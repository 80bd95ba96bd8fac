import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { code, EXTENSION_ID, waitForDiagnostics, waitForPublication } from './helpers';

/** Numbers that add up, by row label: 表二 (2021), 表三 (2021, 7 columns), 表四 (15 columns). */
const VALUES: [RegExp, string[]][] = [
  [/^规章$|^行政规范性文件$/, ['1', '0', '4']],
  [/^行政许可$|^行政处罚$|^行政强制$/, ['10']],
  [/^行政事业性收费$/, ['0']],
  [/本年新收/, ['5', '1', '0', '0', '0', '0', '6']],
  [/上年结转/, ['1', '0', '0', '0', '0', '0', '1']],
  [/予以公开$/, ['3', '1', '0', '0', '0', '0', '4']],
  [/总计$/, ['3', '1', '0', '0', '0', '0', '4']],
  [/结转下年度/, ['3', '0', '0', '0', '0', '0', '3']],
  // 表四's data row has no label: its first cell is a number
  [/^填写$/, ['1', '0', '0', '0', '1', '0', '0', '0', '0', '0', '0', '0', '0', '0', '0']],
];

/** What a clerk ends with: numbers that add up in every cell, the unit named, each section's placeholder written over. */
function fill(text: string): string {
  return text.replace(/单位名称/g, '某区测试局').split('\n').map((line) => {
    const placeholder = /^（(.+)）$/.exec(line);
    if (placeholder) return `本单位认真做好${placeholder[1]}相关工作，按要求如实报告。`;
    if (!line.includes('填写')) return line;
    const label = line.split('|')[1].trim();
    const values = VALUES.find(([pattern]) => pattern.test(label))?.[1] ?? Array<string>(15).fill('0');
    let index = 0;
    return line.replace(/填写/g, () => values[index++] ?? '0');
  }).join('\n');
}

suite('authoring: the 2021 template snippet and 新建年度报告', () => {
  // left as inserted, only the cells to fill (table-cell: a warning per table, a hint per cell) and the text to write (template-residue) are reported
  const UNFILLED = new Set(['table-cell', 'template-residue']);

  test('inserting the 年报 snippet gives no error: a table-cell warning per table, a faded hint per cell, template-residue per section; filled, it gives none', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
    const snippets = JSON.parse(fs.readFileSync(path.join(extension.extensionPath, 'snippets', 'gkreport.code-snippets'), 'utf8'));
    const body = (snippets['Annual report, 2021 format'].body as string[]).join('\n');
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: '' });
    const editor = await vscode.window.showTextDocument(document);
    assert.ok(await editor.insertSnippet(new vscode.SnippetString(body), new vscode.Position(0, 0)));
    assert.match(document.getText(), /^# 单位名称2024年政府信息公开工作年度报告/);
    const empty = await waitForDiagnostics(document.uri, (d) => d.length > 0);
    assert.ok(empty.every((d) => UNFILLED.has(code(d))), [...new Set(empty.map(code))].join());
    assert.ok(empty.every((d) => d.severity !== vscode.DiagnosticSeverity.Error), 'no error on an unfilled template');
    const perTable = empty.filter((d) => code(d) === 'table-cell' && d.severity === vscode.DiagnosticSeverity.Warning).map((d) => d.message);
    assert.deepStrictEqual(perTable, ['表二还有 10 个单元格待填写。', '表三还有 175 个单元格待填写。', '表四还有 15 个单元格待填写。']);
    const hints = empty.filter((d) => d.severity === vscode.DiagnosticSeverity.Hint);
    assert.strictEqual(hints.length, 200);
    assert.ok(hints.every((d) => code(d) === 'table-cell' && document.getText(d.range) === '填写'));
    // the unit in the title and one placeholder paragraph in each of the six sections
    assert.strictEqual(empty.filter((d) => code(d) === 'template-residue').length, 7);
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', document.uri, 10);
    const titles = lenses.map((lens) => lens.command?.title ?? '');
    assert.ok(titles.includes('待填写 175 格') && !titles.some((title) => /成立/.test(title)), titles.join(', '));
    const edit = new vscode.WorkspaceEdit();
    edit.replace(document.uri, new vscode.Range(0, 0, document.lineCount, 0), fill(document.getText()));
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.deepStrictEqual((await waitForPublication(document)).map((d) => d.message), []);
  });

  test('typed into the 年报 snippet, the unit goes into its first tab stop and the year into the next, which the statistics period follows', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
    const snippets = JSON.parse(fs.readFileSync(path.join(extension.extensionPath, 'snippets', 'gkreport.code-snippets'), 'utf8'));
    const body = (snippets['Annual report, 2021 format'].body as string[]).join('\n');
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: '' });
    const editor = await vscode.window.showTextDocument(document);
    assert.ok(await editor.insertSnippet(new vscode.SnippetString(body), new vscode.Position(0, 0)));
    await vscode.commands.executeCommand('type', { text: '某区测试局' });
    await vscode.commands.executeCommand('jumpToNextSnippetPlaceholder');
    await vscode.commands.executeCommand('type', { text: '2023' });
    const [title, , intro] = document.getText().split('\n');
    assert.strictEqual(title, '# 某区测试局2023年政府信息公开工作年度报告');
    assert.strictEqual(intro, '本报告由某区测试局编制。本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。');
    const diagnostics = await waitForDiagnostics(document.uri, (d) => d.length > 0);
    assert.ok(!diagnostics.some((d) => code(d) === 'year-mismatch'), diagnostics.map((d) => d.message).join('\n'));
    await vscode.commands.executeCommand('leaveSnippet');
  });

  suite('新建年度报告', () => {
    const created: vscode.Uri[] = [];
    const folders: string[] = [];
    suiteTeardown(async () => {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      // the workspace check of a later suite counts the reports in the workspace
      for (const file of created) fs.rmSync(file.fsPath, { force: true });
      for (const folder of folders) fs.rmSync(folder, { recursive: true, force: true });
    });

    test('saves the template at once as {单位}{年份}年政府信息公开工作年度报告.md in the workspace folder, titled so', async () => {
      const document = await vscode.commands.executeCommand<vscode.TextDocument>('gkreport.newReport', '某区测试局', 2024, 'department');
      assert.ok(document, 'the command returns the new document');
      created.push(document.uri);
      assert.strictEqual(document.isUntitled, false);
      assert.strictEqual(document.isDirty, false);
      assert.strictEqual(path.basename(document.uri.fsPath), '某区测试局2024年政府信息公开工作年度报告.md');
      assert.strictEqual(path.dirname(document.uri.fsPath), vscode.workspace.workspaceFolders![0].uri.fsPath);
      const onDisk = fs.readFileSync(document.uri.fsPath, 'utf8');
      assert.strictEqual(onDisk, document.getText());
      assert.match(onDisk, /^# 某区测试局2024年政府信息公开工作年度报告\n\n本报告由某区测试局编制。本报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止。/);
      assert.match(onDisk, /本年制发件数/);
      assert.strictEqual(vscode.window.activeTextEditor?.document, document);
      const diagnostics = await waitForDiagnostics(document.uri, (d) => d.length > 0);
      assert.ok(diagnostics.every((d) => UNFILLED.has(code(d))), [...new Set(diagnostics.map(code))].join());
      assert.ok(diagnostics.every((d) => d.severity !== vscode.DiagnosticSeverity.Error), 'no error on a new report');
    });

    test('never overwrites a report of that name, and saves into the folder it is given', async () => {
      const again = await vscode.commands.executeCommand<vscode.TextDocument>('gkreport.newReport', '某区测试局', 2024, 'department');
      created.push(again.uri);
      assert.strictEqual(path.basename(again.uri.fsPath), '某区测试局2024年政府信息公开工作年度报告（2）.md');
      const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'gkr-new-report-'));
      folders.push(folder);
      const elsewhere = await vscode.commands.executeCommand<vscode.TextDocument>('gkreport.newReport', '某县人民政府', 2020, 'region', vscode.Uri.file(folder));
      assert.strictEqual(elsewhere.uri.fsPath, path.join(folder, '某县人民政府2020年政府信息公开工作年度报告.md'));
      assert.match(fs.readFileSync(elsewhere.uri.fsPath, 'utf8'), /^# 某县人民政府2020年政府信息公开工作年度报告\n\n本报告由某县人民政府根据本级政府各部门政府信息公开工作年度报告汇总编制。本报告中所列数据的统计期限自2020年1月1日起至2020年12月31日止。/);
    });
  });
});
