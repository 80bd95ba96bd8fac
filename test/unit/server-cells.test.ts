import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ResponseError } from 'vscode-jsonrpc/node';
import type { Range } from 'vscode-languageserver';
import { reportTemplate } from '../../server/src/core';
import { LspSession } from '../helpers/lsp-session';

interface TableCellsResult { version: number; tables: { range: Range; cells: Range[] }[] }

const template = reportTemplate({ unit: '某市某局', year: '2023', era: '2021', kind: 'department' });

function textAt(text: string, range: Range): string {
  const lines = text.split('\n');
  assert.equal(range.start.line, range.end.line);
  return lines[range.start.line].slice(range.start.character, range.end.character);
}

describe('language server: gkreport/tableCells (bundled, over stdio)', () => {
  test("a template's tables and their number cells, of the current version only; bad params are InvalidParams; prose is no report", async (t) => {
    const session = await LspSession.start({ timeoutMs: 10000 });
    t.after(() => session.stop());
    const uri = 'file:///tmp/gkreport-cells/年报.md';
    await session.open(uri, template, 4);

    const answer = await session.request<TableCellsResult>('gkreport/tableCells', { textDocument: { uri }, version: 4 });
    assert.equal(answer.version, 4);
    assert.equal(answer.tables.length, 3);
    const lines = template.split('\n');
    const table3 = answer.tables[1];
    assert.equal(table3.cells.length, 7 * 25);
    assert.match(lines[table3.range.start.line], /^\| （本列数据的勾稽关系/);
    assert.match(lines[table3.range.end.line], /^\| 四、结转下年度继续办理 /);
    const first = table3.cells[0];
    assert.match(lines[first.start.line], /^\| 一、本年新收政府信息公开申请数量 \|/);
    assert.equal(first.start.character, '| 一、本年新收政府信息公开申请数量 | '.length);
    assert.equal(textAt(template, first), '填写');
    assert.deepEqual(table3.cells.slice(0, 8).map((cell) => cell.start.line), [0, 0, 0, 0, 0, 0, 0, 1].map((offset) => first.start.line + offset));

    // the client's version is behind: nothing, it asks again
    assert.equal(await session.request('gkreport/tableCells', { textDocument: { uri }, version: 3 }), null);
    const edited = template.replace('| 一、本年新收政府信息公开申请数量 | 填写 |', '| 一、本年新收政府信息公开申请数量 | 1234 |');
    await session.replace(uri, 5, edited);
    const again = await session.request<TableCellsResult>('gkreport/tableCells', { textDocument: { uri } });
    assert.equal(again.version, 5);
    assert.equal(textAt(edited, again.tables[1].cells[0]), '1234');

    const error = await session.request('gkreport/tableCells', { textDocument: {} }).then(() => undefined, (caught: unknown) => caught);
    assert.ok(error instanceof ResponseError);
    assert.equal(error.code, -32602);
    assert.match(error.message, /gkreport\/tableCells expects/);

    const notes = 'file:///tmp/gkreport-cells/笔记.md';
    await session.open(notes, '# 会议记录\n\n| 事项 | 数量 |\n|---|---|\n| 采购 | 12 |\n');
    assert.equal(await session.request('gkreport/tableCells', { textDocument: { uri: notes } }), null);
    assert.equal(await session.request('gkreport/tableCells', { textDocument: { uri: 'file:///tmp/gkreport-cells/未打开.md' } }), null);
  });
});
