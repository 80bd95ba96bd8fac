import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { code, EXTENSION_ID, waitForDiagnostics, waitForTab, workspaceFile } from './helpers';

/** A report as a clerk types it with an English input method: half-width commas and colons all through. */
const TYPED = [
  '# 某县水务局2023年政府信息公开工作年度报告',
  '',
  '## 一、总体情况',
  '',
  ...Array.from({ length: 6 }, (_, index) => `第${index + 1}项,本局加强组织领导,完善工作机制:一是健全制度,二是规范流程,三是强化监督。`),
  '',
].join('\n');

/** A copy of a workspace fixture (or new text) under a name of its own, opened in an editor; deleted by `cleanUp`. */
async function openCopy(name: string, text: string): Promise<vscode.TextDocument> {
  const uri = workspaceFile(name);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  const document = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(document);
  return document;
}

async function cleanUp(names: readonly string[]): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  for (const name of names) await vscode.workspace.fs.delete(workspaceFile(name)).then(undefined, () => undefined);
}

/** the part of the extension's API (client/src/extension.ts) this suite listens to */
interface GkreportApi {
  readonly onDidApplyFixes: vscode.Event<string>;
}

const api = () => vscode.extensions.getExtension<GkreportApi>(EXTENSION_ID)!.exports;

suite('fixes that never surprise: safe fix-on-save, the pervasive-punctuation summary, rule names', () => {
  const copies = ['seed-003-save.txt', 'typed-half-width.md', 'typed-half-width-2.md'];
  suiteTeardown(async () => {
    await vscode.workspace.getConfiguration('editor').update('codeActionsOnSave', undefined, vscode.ConfigurationTarget.Global);
    await cleanUp(copies);
  });

  test('fix-on-save (source.fixAll.gkreport) on a copy of seed 003 adds no table, deletes no paragraph, and says what it fixed', async () => {
    await vscode.workspace.getConfiguration('editor').update('codeActionsOnSave', { 'source.fixAll.gkreport': 'explicit' }, vscode.ConfigurationTarget.Global);
    const seed = new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceFile('seed-003.txt')));
    const document = await openCopy(copies[0], seed);
    const before = await waitForDiagnostics(document.uri, (d) => d.some((x) => code(x) === 'missing-table') && d.some((x) => code(x) === 'duplicate-paragraph'));
    const reviewFindings = before.filter((d) => ['missing-table', 'missing-section', 'duplicate-paragraph'].includes(code(d))).length;
    const told = new Promise<string>((resolve) => {
      const subscription = api().onDidApplyFixes((summary) => {
        subscription.dispose();
        resolve(summary);
      });
    });
    // a change, so that the save is one (an explicit save from the editor, as Ctrl+S)
    const touch = new vscode.WorkspaceEdit();
    touch.insert(document.uri, new vscode.Position(document.lineCount, 0), '\n');
    assert.ok(await vscode.workspace.applyEdit(touch));
    await vscode.commands.executeCommand('workbench.action.files.save');
    const summary = await told;
    assert.match(summary, /^已修复：全角标点 \d+ 处、繁体字 \d+ 处$/);

    const saved = new TextDecoder().decode(await vscode.workspace.fs.readFile(document.uri));
    const lines = (text: string) => text.split('\n').filter((line) => line.trim() !== '');
    assert.strictEqual(lines(saved).length, lines(seed).length, 'no paragraph deleted, none inserted');
    const tableRows = (text: string) => text.split('\n').filter((line) => /^\s*\|/.test(line)).length;
    assert.strictEqual(tableRows(saved), tableRows(seed), 'no table inserted');
    assert.doesNotMatch(saved, /[\u4e00-\u9fff][,:;]/, 'the half-width punctuation is gone');
    assert.match(saved, /政府信息公开/, 'converted to simplified');
    const after = await waitForDiagnostics(document.uri, (d) => !d.some((x) => code(x) === 'punctuation-width' || code(x) === 'script-mixing'));
    assert.strictEqual(after.filter((d) => ['missing-table', 'missing-section', 'duplicate-paragraph'].includes(code(d))).length, reviewFindings,
      'the fixes to review are left to the clerk');
    await vscode.workspace.getConfiguration('editor').update('codeActionsOnSave', undefined, vscode.ConfigurationTarget.Global);
  });

  test('a report typed with half-width punctuation: one summary at the title, the marks as hints, and 全文改为全角标点', async () => {
    const document = await openCopy(copies[1], TYPED);
    const diagnostics = await waitForDiagnostics(document.uri, (d) => d.some((x) => code(x) === 'punctuation-width'));
    const punctuation = diagnostics.filter((d) => code(d) === 'punctuation-width');
    const shown = punctuation.filter((d) => d.severity !== vscode.DiagnosticSeverity.Hint);
    assert.deepStrictEqual(shown.map((d) => [d.severity, d.message, d.range.start.line]), [[vscode.DiagnosticSeverity.Warning, '应使用全角标点：全文有 30 处半角标点。', 0]]);
    assert.strictEqual(punctuation.length, 31, 'the 30 marks are still there, as hints');

    const titleActions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, shown[0].range, vscode.CodeActionKind.QuickFix.value);
    assert.ok(titleActions.some((action) => action.title === '全文改为全角标点'), titleActions.map((action) => action.title).join(', '));

    await vscode.commands.executeCommand('gkreport.fullWidthPunctuation');
    await waitForDiagnostics(document.uri, (d) => !d.some((x) => code(x) === 'punctuation-width'));
    assert.strictEqual(document.getText(), TYPED.replaceAll(',', '，').replaceAll(':', '：'));
    assert.ok(await document.save());
  });

  test('quick fixes name the rule in Chinese (修复所有“全角标点”问题), and the rule link opens its page in VS Code', async () => {
    const document = await openCopy(copies[2], TYPED);
    const diagnostics = await waitForDiagnostics(document.uri, (d) => d.some((x) => code(x) === 'punctuation-width'));
    const mark = diagnostics.find((d) => code(d) === 'punctuation-width' && d.range.start.line > 0)!;
    assert.ok([',', ':'].includes(document.getText(mark.range)), document.getText(mark.range));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, mark.range, vscode.CodeActionKind.QuickFix.value);
    const titles = actions.map((action) => action.title);
    assert.ok(titles.includes('修复所有“全角标点”问题'), titles.join(', '));
    assert.ok(!titles.some((title) => title.includes('punctuation-width')), titles.join(', '));

    const target = typeof mark.code === 'object' ? mark.code.target : undefined;
    assert.ok(target, 'the rule id links somewhere');
    assert.strictEqual(target.scheme, 'command');
    assert.strictEqual(target.path, 'gkreport.openRuleDocs');
    const args = JSON.parse(decodeURIComponent(target.query)) as unknown[];
    assert.deepStrictEqual(args, ['punctuation-width']);
    await vscode.commands.executeCommand(target.path, ...args);
    const opened = await waitForTab((tab) => tab.label.includes('punctuation-width'));
    assert.ok(opened.input instanceof vscode.TabInputWebview || opened.input instanceof vscode.TabInputText, opened.label);
  });
});
