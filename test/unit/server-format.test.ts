import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import type { Range } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { pipeColumns } from '../helpers/columns';
import { LspSession } from '../helpers/lsp-session';
import { makeReport } from '../helpers/reports';

const mistakes = fs.readFileSync(path.join(__dirname, '..', '..', '..', 'examples', '2021-mistakes.md'), 'utf8');

interface Edit { range: Range; newText: string }
interface Action { title: string; kind: string; edit: { documentChanges: { textDocument: { uri: string; version: number }; edits: Edit[] }[] } }

function applied(text: string, edits: Edit[]): string {
  return TextDocument.applyEdits(TextDocument.create('x:', 'markdown', 1, text), edits);
}

describe('language server: formatting and the table conversion (bundled, over stdio)', () => {
  test('textDocument/formatting aligns 表三 by display width; rangeFormatting only the table in the range; formatting again gives no edit', async (t) => {
    const session = await LspSession.start({ timeoutMs: 10000 });
    t.after(() => session.stop());
    const uri = 'file:///tmp/gkreport-format/年报.md';
    await session.open(uri, mistakes);
    const edits = await session.request<Edit[]>('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 4, insertSpaces: true } });
    assert.ok(edits.length > 30);
    const formatted = applied(mistakes, edits);
    const lines = formatted.split('\n');
    const first = lines.findIndex((line) => line.includes('本列数据的勾稽关系'));
    const table3 = lines.slice(first, first + 32);
    for (const line of table3) assert.deepEqual(pipeColumns(line), pipeColumns(table3[0]), line);

    const start = mistakes.split('\n').findIndex((line) => line.startsWith('| 行政许可 |'));
    const ranged = await session.request<Edit[]>('textDocument/rangeFormatting', {
      textDocument: { uri }, range: { start: { line: start, character: 0 }, end: { line: start, character: 0 } }, options: { tabSize: 4, insertSpaces: true },
    });
    assert.ok(ranged.length > 0);
    assert.ok(ranged.every((edit) => edit.range.start.line >= start - 6 && edit.range.end.line <= start + 6), JSON.stringify(ranged));

    await session.replace(uri, 2, formatted);
    assert.deepEqual(await session.request<Edit[]>('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 4, insertSpaces: true } }), []);
  });

  test('the capabilities name formatting and refactor.rewrite; a one-cell-per-line 表三 offers 转换为管道表格 as an edit of its version', async (t) => {
    const session = LspSession.spawn({ timeoutMs: 10000 });
    t.after(() => session.stop());
    const init = await session.initialize();
    assert.equal(init.capabilities.documentFormattingProvider, true);
    assert.equal(init.capabilities.documentRangeFormattingProvider, true);
    const kinds = (init.capabilities.codeActionProvider as { codeActionKinds: string[] }).codeActionKinds;
    assert.ok(kinds.includes('refactor.rewrite'));

    const text = makeReport({ layout: 'lines' });
    const uri = 'file:///tmp/gkreport-format/逐行.md';
    await session.open(uri, text, 3);
    await session.waitForPublish(uri);
    const line = text.split('\n').indexOf('一、本年新收政府信息公开申请数量');
    const actions = await session.request<Action[]>('textDocument/codeAction', {
      textDocument: { uri }, range: { start: { line, character: 0 }, end: { line, character: 0 } }, context: { diagnostics: [], only: ['refactor.rewrite'] },
    });
    assert.equal(actions.length, 1);
    assert.equal(actions[0].title, '转换为管道表格');
    assert.equal(actions[0].kind, 'refactor.rewrite');
    const change = actions[0].edit.documentChanges[0];
    assert.deepEqual(change.textDocument, { uri, version: 3 });
    const converted = applied(text, change.edits);
    assert.match(converted, /\n\| 一、本年新收政府信息公开申请数量 +\| 60 +\| 8 +\|/);
  });
});
