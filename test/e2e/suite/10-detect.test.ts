import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { code, EXTENSION_ID, waitForDiagnostics, workspaceFile } from './helpers';

interface LanguageOffer {
  readonly uri: string;
  readonly languageId: string;
  readonly answer: (choice: 'gkreport' | 'markdown' | 'never' | undefined) => void;
}

interface GkreportApi {
  readonly onDidChangeCheckState: vscode.Event<{ readonly uri: string; readonly version: number; readonly state: 'started' | 'finished' }>;
  readonly onDidOfferLanguage: vscode.Event<LanguageOffer>;
}

const ROOT = path.join(__dirname, '..', '..', '..', '..');
/** seed 000 saved as GBK (iconv -t GB18030), as Notepad's "ANSI" would */
const GBK_FIXTURE = path.join(ROOT, 'test', 'fixtures', 'encoding', '000-gbk.txt');
const SEED_000 = path.join(ROOT, 'test', 'fixtures', 'seeds', '000_4aec82eab3d77799.txt');

async function api(): Promise<GkreportApi> {
  const extension = vscode.extensions.getExtension<GkreportApi>(EXTENSION_ID)!;
  return extension.activate();
}

/** Resolves when `predicate` holds for an event of `event`, or fails with `what` at the deadline. */
function nextEvent<T>(event: vscode.Event<T>, predicate: (value: T) => boolean, what: string, timeoutMs = 20000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`timed out waiting for ${what}`));
    }, timeoutMs);
    const subscription = event((value) => {
      if (!predicate(value)) return;
      clearTimeout(timer);
      subscription.dispose();
      resolve(value);
    });
  });
}

async function languageBecomes(document: vscode.TextDocument, languageId: string): Promise<void> {
  if (document.languageId === languageId) return;
  await nextEvent(vscode.workspace.onDidOpenTextDocument, (opened) => opened.uri.toString() === document.uri.toString() && opened.languageId === languageId,
    `${document.uri.toString()} to become ${languageId} (is ${document.languageId})`);
}

async function closeWithoutSaving(document: vscode.TextDocument): Promise<void> {
  await vscode.window.showTextDocument(document);
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
}

suite('untitled and mis-detected reports, the wrong encoding', () => {
  /**
   * closed at the end, not after each test: an untitled name closed and reused at once ("Untitled-1" again) was seen
   * to reach the language server with the closed document's text (code-server 4.100), which is not what is tested here
   */
  const untitled: vscode.TextDocument[] = [];
  suiteTeardown(async () => {
    for (const document of untitled) await closeWithoutSaving(document);
  });

  test('an untitled document in Ini holding a report is checked and offered 年度报告 once; accepting switches its language', async () => {
    const gkreport = await api();
    const offers: LanguageOffer[] = [];
    const counting = gkreport.onDidOfferLanguage((offer) => offers.push(offer));
    const text = fs.readFileSync(workspaceFile('2021-mistakes.md').fsPath, 'utf8');
    const offered = nextEvent(gkreport.onDidOfferLanguage, () => true, 'the offer to switch the language');
    const document = await vscode.workspace.openTextDocument({ language: 'ini', content: text });
    await vscode.window.showTextDocument(document);
    assert.strictEqual(document.languageId, 'ini');
    const diagnostics = await waitForDiagnostics(document.uri, (d) => d.some((x) => code(x) === 'table-reconcile'));
    assert.ok(diagnostics.some((d) => code(d) === 'missing-section'), diagnostics.map(code).join(', '));
    const offer = await offered;
    assert.strictEqual(offer.uri, document.uri.toString());
    assert.strictEqual(offer.languageId, 'ini');
    offer.answer('gkreport');
    await languageBecomes(document, 'gkreport');
    // checked again in its new language, and not offered again
    await nextEvent(gkreport.onDidChangeCheckState, (event) => event.uri === document.uri.toString() && event.state === 'finished', 'the check in 年度报告');
    await waitForDiagnostics(document.uri, (d) => d.some((x) => code(x) === 'table-reconcile'));
    counting.dispose();
    assert.strictEqual(offers.length, 1);
    untitled.push(document);
  });

  test('untitled code is not offered anything and gets no diagnostics', async () => {
    const gkreport = await api();
    const offers: LanguageOffer[] = [];
    const counting = gkreport.onDidOfferLanguage((offer) => offers.push(offer));
    const document = await vscode.workspace.openTextDocument({ language: 'python', content: '# 生成年报的脚本\n# 一、读取\ndef read(path):\n    return open(path).read()\n\n# 二、合计\ndef total(rows):\n    return sum(rows)\n' });
    const checked = nextEvent(gkreport.onDidChangeCheckState, (event) => event.uri === document.uri.toString() && event.state === 'finished', 'the check of untitled code');
    await vscode.window.showTextDocument(document);
    await checked;
    // the server answers gkreport/isReport (false) right after the check: give that answer time to arrive
    await new Promise((resolve) => setTimeout(resolve, 1000));
    counting.dispose();
    assert.deepStrictEqual(offers, []);
    assert.deepStrictEqual(vscode.languages.getDiagnostics(document.uri).filter((d) => d.source === 'gkreport').map((d) => `${code(d)} ${d.message}`), [],
      `${document.uri.toString()} ${document.languageId} ${vscode.workspace.textDocuments.map((open) => `${open.uri.toString()}:${open.languageId}:${open.isClosed}`).join(' ')}`);
    assert.strictEqual(document.languageId, 'python');
    untitled.push(document);
  });

  test('a saved .txt report left in the guessed language (Ini) is re-detected as plain text and checked', async () => {
    const uri = workspaceFile('pasted-report.txt');
    fs.writeFileSync(uri.fsPath, fs.readFileSync(SEED_000, 'utf8'));
    try {
      const document = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(document);
      // what an untitled document guessed to be Ini keeps when it is saved
      const ini = await vscode.languages.setTextDocumentLanguage(document, 'ini');
      assert.strictEqual(ini.languageId, 'ini');
      await languageBecomes(ini, 'plaintext');
      const diagnostics = await waitForDiagnostics(uri, (d) => d.length === 2);
      assert.deepStrictEqual(diagnostics.map((d) => [code(d), d.range.start.line + 1]), [['punctuation-width', 34], ['punctuation-width', 35]]);
      await closeWithoutSaving(ini);
    } finally {
      fs.rmSync(uri.fsPath, { force: true });
    }
  });

  test('a GBK file opened as UTF-8: one file-encoding finding; its quick fix reopens it with GB 18030 and the report is checked', async () => {
    const uri = workspaceFile('seed-000-gbk.txt');
    fs.copyFileSync(GBK_FIXTURE, uri.fsPath);
    try {
      const document = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(document);
      assert.strictEqual(document.encoding, 'utf8');
      assert.ok(document.getText().includes('\uFFFD'), 'garbled as the clerk sees it');
      const [finding, ...others] = await waitForDiagnostics(uri, (d) => d.length > 0);
      assert.deepStrictEqual(others.map(code), [], 'no flood of other findings');
      assert.strictEqual(code(finding), 'file-encoding');
      assert.strictEqual(finding.severity, vscode.DiagnosticSeverity.Warning);
      assert.strictEqual(finding.range.start.line, 0);
      assert.match(finding.message, /看起来是 GBK\/GB 18030 编码.*请重新以 GB 18030 编码打开/);

      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, finding.range);
      const reopen = actions.find((action) => action.title === '重新以 GB 18030 编码打开');
      assert.ok(reopen?.command, actions.map((action) => action.title).join('; '));
      assert.strictEqual(reopen.edit, undefined);
      await vscode.commands.executeCommand(reopen.command.command, ...(reopen.command.arguments ?? []));

      const reopened = vscode.workspace.textDocuments.find((candidate) => candidate.uri.toString() === uri.toString())!;
      assert.strictEqual(reopened.encoding, 'gb18030');
      assert.strictEqual(reopened.getText(), fs.readFileSync(SEED_000, 'utf8'));
      const checked = await waitForDiagnostics(uri, (d) => !d.some((x) => code(x) === 'file-encoding') && d.length > 0);
      assert.deepStrictEqual(checked.map((d) => [code(d), d.range.start.line + 1]), [['punctuation-width', 34], ['punctuation-width', 35]]);
      await closeWithoutSaving(reopened);
    } finally {
      fs.rmSync(uri.fsPath, { force: true });
    }
  });
});
