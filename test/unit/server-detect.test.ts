import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import type { CodeAction, Diagnostic, DocumentSymbol, FoldingRange } from 'vscode-languageserver';
import { LspSession } from '../helpers/lsp-session';

const ROOT = path.join(__dirname, '..', '..', '..');
const SEED = fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'seeds', '000_4aec82eab3d77799.txt'), 'utf8');
/** seed 000 saved as GBK, as an editor shows it when it reads the bytes as UTF-8 */
const GBK_READ_AS_UTF8 = new TextDecoder('utf-8').decode(fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'encoding', '000-gbk.txt')));
/** Python whose comments read as Markdown headings, one naming a 年报: a report by its title alone, not by evidence */
const CODE = '# 生成年报的脚本\n# 一、读取\ndef read(path):\n    return open(path).read()\n\n# 二、合计\ndef total(rows):\n    return sum(rows)\n';

describe('language server: untitled and mis-detected documents, the wrong encoding (bundled, over stdio)', () => {
  test('an untitled Ini document holding a report is checked; gkreport/isReport says so; code in an untitled editor gets nothing', async (t) => {
    const session = await LspSession.start({ timeoutMs: 15000 });
    t.after(() => session.stop());
    const report = 'untitled:Untitled-1';
    await session.open(report, SEED, 1, 'ini');
    const published = await session.waitForPublish(report, (publication) => publication.diagnostics.length > 0);
    // what the CLI finds in seed 000: two half-width commas (lines 34 and 35)
    assert.deepEqual(published.diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.range.start.line + 1]), [['punctuation-width', 34], ['punctuation-width', 35]]);
    assert.deepEqual(await session.request('gkreport/isReport', { textDocument: { uri: report }, version: 1 }), { isReport: true });
    assert.equal(await session.request('gkreport/isReport', { textDocument: { uri: report }, version: 2 }), null);
    assert.ok((await session.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: report } })).length > 0);

    const code = 'untitled:Untitled-2';
    await session.open(code, CODE, 1, 'python');
    assert.deepEqual(await session.request('gkreport/isReport', { textDocument: { uri: code } }), { isReport: false });
    assert.deepEqual((await session.waitForPublish(code)).diagnostics, []);
    // the editor's own outline, folding and completion for the language stay alone
    assert.deepEqual(await session.request('textDocument/documentSymbol', { textDocument: { uri: code } }), []);
    assert.deepEqual(await session.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri: code } }), []);
    assert.deepEqual(await session.request('textDocument/completion', { textDocument: { uri: code }, position: { line: 1, character: 4 } }), []);
  });

  test('fix-all (fix-on-save) is offered on a report in Ini, never on code or a note whose half-width commas are not shown', async (t) => {
    const session = await LspSession.start({ timeoutMs: 15000 });
    t.after(() => session.stop());
    const fixAll = (uri: string) => session.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll.gkreport'] },
    });
    const report = 'untitled:Untitled-1';
    await session.open(report, SEED, 1, 'ini');
    await session.waitForPublish(report, (publication) => publication.diagnostics.length > 0);
    assert.deepEqual((await fixAll(report)).map((action) => action.kind), ['source.fixAll.gkreport']);

    const code = 'untitled:Untitled-2';
    await session.open(code, '# 合计,然后返回\ndef total(rows):\n    return sum(rows)  # 求和,不含表头\n', 1, 'python');
    await session.waitForPublish(code);
    assert.deepEqual(await fixAll(code), []);
    const note = 'file:///tmp/gkreport-detect/备忘.md';
    await session.open(note, '# 备忘\n\n明天开会,讨论写法。\n', 1, 'markdown');
    await session.waitForPublish(note);
    assert.deepEqual(await fixAll(note), []);
  });

  test('a GBK file read as UTF-8: one file-encoding warning, and a quick fix that runs the client command with the uri', async (t) => {
    const session = await LspSession.start({ timeoutMs: 15000 });
    t.after(() => session.stop());
    const uri = 'file:///tmp/gkreport-detect/年报.txt';
    await session.open(uri, GBK_READ_AS_UTF8, 1, 'plaintext');
    const { diagnostics } = await session.waitForPublish(uri, (publication) => publication.diagnostics.length > 0);
    assert.deepEqual(diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.severity]), [['file-encoding', 2]]);
    assert.match(String(diagnostics[0].message), /请重新以 GB 18030 编码打开/);
    assert.deepEqual(await session.request('gkreport/isReport', { textDocument: { uri } }), { isReport: false });
    const actions = await session.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri }, range: diagnostics[0].range, context: { diagnostics: diagnostics as Diagnostic[] },
    });
    const reopen = actions.find((action) => action.command?.command === 'gkreport.reopenWithGb18030');
    assert.ok(reopen, JSON.stringify(actions));
    assert.equal(reopen.title, '重新以 GB 18030 编码打开');
    assert.equal(reopen.kind, 'quickfix');
    assert.deepEqual(reopen.command?.arguments, [uri]);
    assert.equal(reopen.edit, undefined);
  });
});
