import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyze, reportTemplate, tableCells, type Span, type TableCells } from '../../server/src/core';
import { makeReport } from '../helpers/reports';

const textOf = (text: string, span: Span) => text.slice(span.start, span.end);
const lineAt = (text: string, offset: number) => text.slice(0, offset).split('\n').length - 1;

/** the table whose span holds the needle's first occurrence */
function tableHolding(text: string, needle: string): TableCells {
  const at = text.indexOf(needle);
  const table = tableCells(analyze(text).report).find((candidate) => candidate.span.start <= at && at < candidate.span.end);
  assert.ok(table, `no table holds ${needle}`);
  return table;
}

describe('the number cells of the report tables (Tab from cell to cell)', () => {
  test("a 2021 template's 表三: 7 cells on each of its 25 rows with numbers, in reading order, none in a label, a group row or the header", () => {
    const text = reportTemplate({ unit: '某市某局', year: '2023', era: '2021', kind: 'department' });
    const table = tableHolding(text, '一、本年新收政府信息公开申请数量');
    assert.equal(table.cells.length, 7 * 25);
    for (let index = 1; index < table.cells.length; index++) assert.ok(table.cells[index - 1].end < table.cells[index].start);
    assert.ok(table.cells.every((cell) => textOf(text, cell) === '填写'));
    const lines = text.split('\n');
    const firstLine = lineAt(text, table.cells[0].start);
    assert.match(lines[firstLine], /^\| 一、本年新收政府信息公开申请数量 \|/);
    assert.equal(lineAt(text, table.cells[6].start), firstLine);
    assert.match(lines[lineAt(text, table.cells[7].start)], /^\| 二、上年结转政府信息公开申请数量 \|/);
    const rowsWithCells = new Set(table.cells.map((cell) => lines[lineAt(text, cell.start)].split('|')[1].trim()));
    assert.ok(!rowsWithCells.has('三、本年度办理结果'));
    assert.ok(!rowsWithCells.has('（三）不予公开'));
    // the header row is in the table, before its first cell
    assert.ok(table.span.start < text.indexOf('| 自然人 |') && text.indexOf('| 自然人 |') < table.cells[0].start);
  });

  test('an empty cell is its middle; a filled one its text without the padding', () => {
    const text = reportTemplate({ unit: '某市某局', year: '2023', era: '2021', kind: 'department' })
      .replace('| 一、本年新收政府信息公开申请数量 | 填写 | 填写 |', '| 一、本年新收政府信息公开申请数量 |      |   12   |');
    const table = tableHolding(text, '一、本年新收政府信息公开申请数量');
    const row = text.indexOf('| 一、本年新收政府信息公开申请数量 |') + '| 一、本年新收政府信息公开申请数量 |'.length;
    assert.deepEqual(table.cells[0], { start: row + 3, end: row + 3 });
    assert.equal(textOf(text, table.cells[1]), '12');
    assert.equal(table.cells.length, 7 * 25);
  });

  test('a tab-separated 表三: the numbers of each row, left to right', () => {
    const text = makeReport({ layout: 'tsv' });
    const table = tableHolding(text, '本年新收政府信息公开申请数量');
    const line = text.split('\n').find((candidate) => candidate.includes('本年新收政府信息公开申请数量'))!;
    const numbers = line.split('\t').map((cell) => cell.trim()).filter((cell) => /^\d+$/.test(cell));
    assert.equal(numbers.length, 7);
    assert.deepEqual(table.cells.slice(0, 7).map((cell) => textOf(text, cell)), numbers);
    assert.ok(table.cells.every((cell) => /^\d+$/.test(textOf(text, cell))));
    assert.equal(table.cells.length, 7 * 25);
  });

  test('a one-cell-per-line 表三: each number line, in order, no label line', () => {
    const text = makeReport({ layout: 'lines' });
    const table = tableHolding(text, '一、本年新收政府信息公开申请数量');
    const lines = text.split('\n');
    const label = lines.indexOf('一、本年新收政府信息公开申请数量');
    assert.deepEqual(table.cells.slice(0, 7).map((cell) => lineAt(text, cell.start)), [1, 2, 3, 4, 5, 6, 7].map((offset) => label + offset));
    assert.deepEqual(table.cells.slice(0, 7).map((cell) => textOf(text, cell)), lines.slice(label + 1, label + 8).map((line) => line.trim()));
    assert.ok(table.cells.every((cell) => /^\d+$/.test(textOf(text, cell))));
    assert.equal(table.cells.length, 7 * 25);
  });

  test('a table of its own: the cells after each label, not the header row above the delimiter row', () => {
    const local = ['附表1 主动公开情况统计', '', '| 指标 | 2014 | 2013 |', '|---|---|---|', '| 主动公开信息数 | 1230 |  |', '| 其中：1.组织机构 | 填写 | 12 |', '| 2.规范性文件 | 42 | 7 |'].join('\n');
    const text = `${makeReport()}\n七、附表\n\n${local}\n`;
    const table = tableHolding(text, '主动公开信息数');
    assert.deepEqual(table.cells.map((cell) => textOf(text, cell)), ['1230', '', '填写', '12', '42', '7']);
    const empty = text.indexOf('| 1230 |') + '| 1230 |'.length;
    assert.deepEqual(table.cells[1], { start: empty + 1, end: empty + 1 });
  });

  test('prose has no table: a report without tables has no cells', () => {
    assert.deepEqual(tableCells(analyze(makeReport({ omitTables: ['t2', 't3', 't4'] })).report), []);
  });
});
