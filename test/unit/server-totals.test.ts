import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { CodeAction, TextDocumentEdit, WorkspaceEdit } from 'vscode-languageserver';
import { analyze } from '../../server/src/core';
import { applyWorkspaceEdit, LspSession } from '../helpers/lsp-session';
import { leavesOnly, makeReport } from '../helpers/reports';

const reconcile = (text: string) => analyze(text).findings.filter((finding) => finding.ruleId === 'table-reconcile');

describe('language server: 计算合计 (bundled, over stdio)', () => {
  test('a report whose totals say 填写 is offered 计算合计 as a refactor.rewrite edit of its version, and the command applies the same edit', async (t) => {
    const session = LspSession.spawn({ timeoutMs: 10000 });
    t.after(() => session.stop());
    const init = await session.initialize();
    assert.ok(init.capabilities.executeCommandProvider?.commands.includes('gkreport.server.computeTotals'));
    const uri = 'file:///tmp/gkreport-totals/年报.md';
    const text = makeReport({ numbers: leavesOnly('2021', '填写') });
    await session.open(uri, text, 4);
    await session.waitForPublish(uri);
    const everywhere = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const actions = await session.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri }, range: everywhere, context: { diagnostics: [], only: ['refactor.rewrite'] },
    });
    const totals = actions.find((action) => action.title.startsWith('计算合计'));
    assert.ok(totals, actions.map((action) => action.title).join());
    assert.equal(totals.kind, 'refactor.rewrite');
    const change = totals.edit!.documentChanges![0] as TextDocumentEdit;
    assert.deepEqual(change.textDocument, { uri, version: 4 });
    assert.equal(totals.title, `计算合计（填写 ${change.edits.length} 个合计单元格）`);
    const computed = applyWorkspaceEdit([{ uri, version: 4, text }], totals.edit!, uri);
    assert.deepEqual(reconcile(computed), []);

    // not part of fixing everything: the quick fixes and fix-all of the same document do not fill totals
    const fixes = await session.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri }, range: everywhere, context: { diagnostics: [], only: ['quickfix', 'source.fixAll'] },
    });
    assert.ok(!fixes.some((action) => action.title.startsWith('计算合计')));

    const applied = await session.request<boolean>('workspace/executeCommand', { command: 'gkreport.server.computeTotals', arguments: [uri] });
    assert.equal(applied, true);
    const edit = session.appliedEdits[session.appliedEdits.length - 1] as WorkspaceEdit;
    assert.equal(applyWorkspaceEdit([{ uri, version: 4, text }], edit, uri), computed);

    await session.replace(uri, 5, computed);
    await session.waitForPublish(uri, (publication) => publication.version === 5);
    const none = await session.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri }, range: everywhere, context: { diagnostics: [], only: ['refactor.rewrite'] },
    });
    assert.ok(!none.some((action) => action.title.startsWith('计算合计')), 'nothing is left to compute');
  });

  test('the command with a bad argument is answered InvalidParams, in words', async (t) => {
    const session = await LspSession.start({ timeoutMs: 10000 });
    t.after(() => session.stop());
    await assert.rejects(session.request('workspace/executeCommand', { command: 'gkreport.server.computeTotals', arguments: [42] }),
      /gkreport\.server\.computeTotals expects \[documentUri: string\]/);
  });
});
