import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { code, waitForDiagnostics } from './helpers';

const ROOT = path.join(__dirname, '..', '..', '..', '..');
const FIXTURE = path.join(ROOT, 'test', 'fixtures', 'docx', 'report-2021-errors.docx');

suite('Import a report from Word (gkreport.importReport)', () => {
  let folder: string;
  suiteSetup(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'gkr-import-'));
    fs.copyFileSync(FIXTURE, path.join(folder, '某市生态环境局年报.docx'));
  });
  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    fs.rmSync(folder, { recursive: true, force: true });
  });

  test('a .docx made by LibreOffice opens as a Markdown report next to it, checked, with its findings; a second import never overwrites it', async () => {
    const docx = vscode.Uri.file(path.join(folder, '某市生态环境局年报.docx'));
    const document = await vscode.commands.executeCommand<vscode.TextDocument | undefined>('gkreport.importReport', docx);
    assert.ok(document, 'the command returns the imported report');
    assert.strictEqual(document.uri.fsPath, path.join(folder, '某市生态环境局年报.md'));
    assert.strictEqual(vscode.window.activeTextEditor?.document, document);
    assert.strictEqual(fs.readFileSync(document.uri.fsPath, 'utf8'), document.getText());
    assert.match(document.getText(), /^# 某市生态环境局2021年政府信息公开工作年度报告\n/);
    const diagnostics = await waitForDiagnostics(document.uri, (found) => found.some((diagnostic) => code(diagnostic) === 'table-reconcile'));
    assert.deepStrictEqual(diagnostics.map(code).sort(), ['prose-table-mismatch', 'table-reconcile']);
    const wrongTotal = diagnostics.find((diagnostic) => code(diagnostic) === 'table-reconcile')!;
    assert.strictEqual(document.getText(wrongTotal.range), '49');

    const again = await vscode.commands.executeCommand<vscode.TextDocument | undefined>('gkreport.importReport', docx.toString());
    assert.ok(again);
    assert.strictEqual(again.uri.fsPath, path.join(folder, '某市生态环境局年报（2）.md'));
    assert.strictEqual(again.getText(), document.getText());
  });

  test('a file the reader refuses (an old binary .doc) opens nothing and writes nothing', async () => {
    const doc = path.join(folder, '旧版.doc');
    fs.writeFileSync(doc, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504), Buffer.from('WordDocument', 'utf16le')]));
    const result = await vscode.commands.executeCommand<vscode.TextDocument | undefined>('gkreport.importReport', vscode.Uri.file(doc));
    assert.strictEqual(result, undefined);
    assert.ok(!fs.existsSync(path.join(folder, '旧版.md')));
  });
});
