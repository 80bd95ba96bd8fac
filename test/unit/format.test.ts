import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { analyze, applyEdits, displayWidth, formatTables, pipeTableConversions, type Analysis } from '../../server/src/core';
import { makeReport } from '../helpers/reports';
import { pipeColumns } from '../helpers/columns';

const mistakes = fs.readFileSync(path.join(__dirname, '..', '..', '..', 'examples', '2021-mistakes.md'), 'utf8');

function formatted(text: string, range?: { start: number; end: number }): string {
  return applyEdits(text, formatTables(analyze(text).report, range)).text;
}

/** the cells of a pipe row, trimmed */
function cells(line: string): string[] {
  return line.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map((cell) => cell.trim());
}

function findingsOf(analysis: Analysis): string[] {
  return analysis.findings.map((finding) => `${finding.ruleId}: ${finding.message}`);
}

/** 表三 as drafts arrive: padding anyhow, a row without its outer pipes, full-width digits and labels of every length */
const messyTable3 = mistakes
  .replace('| 一、本年新收政府信息公开申请数量 | 60 | 8 | 1 | 0 | 2 | 1 | 70 |', '|一、本年新收政府信息公开申请数量|60|8 |   1|0|2|1|70|')
  .replace('| 二、上年结转政府信息公开申请数量 | 3 | 1 | 0 | 0 | 0 | 0 | 4 |', '二、上年结转政府信息公开申请数量 | 3 | 1 | 0 | 0 | 0 | 0 | 4')
  .replace('| （一）予以公开 | 21 | 3 | 0 | 0 | 1 | 0 | 24 |', '|\t（一）予以公开 | ２１ | 3 | 0 | 0 | 1 | 0 | 24 |')
  .replace('|---|---|---|---|---|---|---|---|', '|:---|---:|---|---|---|---|---|---|');

function table3Lines(text: string): string[] {
  const lines = text.split('\n');
  const first = lines.findIndex((line) => line.includes('本列数据的勾稽关系'));
  let last = first;
  while (last + 1 < lines.length && lines[last + 1].includes('|')) last++;
  return lines.slice(first, last + 1);
}

describe('formatting the report tables', () => {
  test('a messy 表三: every pipe at the same display column in every row, Han characters counting two', () => {
    const lines = table3Lines(formatted(messyTable3));
    assert.equal(lines.length, 32);
    const header = pipeColumns(lines[0]);
    assert.equal(header.length, 9);
    for (const line of lines) assert.deepEqual(pipeColumns(line), header, line);
    // the widest label sets the first column: "（本列数据的勾稽关系为：…）" is 36 Han and full-width characters
    assert.equal(header[1], 2 + 72 + 1);
    assert.equal(lines[1], `| :${'-'.repeat(71)} | ${'-'.repeat(5)}: | ${['-'.repeat(8), '-'.repeat(8), '-'.repeat(12), '-'.repeat(12), '-'.repeat(4), '-'.repeat(4)].join(' | ')} |`);
  });

  test('cells are kept as written, in their rows, and the delimiter row follows its alignment colons', () => {
    const before = table3Lines(messyTable3);
    const after = table3Lines(formatted(messyTable3));
    const content = (lines: string[]) => lines.filter((line) => !/^[\s|:-]+$/.test(line)).map(cells);
    assert.deepEqual(content(after), content(before));
    const row = after.find((line) => line.includes('（一）予以公开'))!;
    // 自然人 is right-aligned by its ---: and its full-width ２１ is two columns wide per digit
    assert.match(row, /^\| （一）予以公开 +\| {3}２１ \| 3 {8}\|/);
    assert.equal(after.find((line) => line.includes('二、上年结转'))!.startsWith('| 二、上年结转政府信息公开申请数量 '), true);
  });

  test('the same findings after formatting, and a second format changes nothing', () => {
    const once = formatted(messyTable3);
    assert.deepEqual(findingsOf(analyze(once)), findingsOf(analyze(messyTable3)));
    assert.ok(findingsOf(analyze(once)).some((finding) => finding.startsWith('table-reconcile')));
    assert.deepEqual(formatTables(analyze(once).report), []);
    assert.equal(formatted(once), once);
  });

  test('an empty cell keeps its place and is padded to its column', () => {
    const text = mistakes.replace('| 1.属于国家秘密 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |', '| 1.属于国家秘密 | 0 || 0 |  | 0 | 0 | 0 |');
    const after = table3Lines(formatted(text));
    const row = after.find((line) => line.includes('1.属于国家秘密'))!;
    assert.deepEqual(cells(row), ['1.属于国家秘密', '0', '', '0', '', '0', '0', '0']);
    assert.deepEqual(pipeColumns(row), pipeColumns(after[0]));
  });

  test('a comment in a cell (one with a pipe in it too) and a note after the table are kept exactly', () => {
    const comment = '<!-- gkreport-disable-next-line table-cell | 待核实 -->';
    const text = mistakes
      .replace('| 行政处罚 | XX |  |  |', `| 行政处罚 | XX ${comment} |  |  |`)
      .replace('| （七）总计 | 56 |', '| （七）总计 <!--  含 3 件  --> | 56 |')
      .replace('| 四、结转下年度继续办理 | 7 | 2 | 0 | 0 | 1 | 0 | 10 |\n', '| 四、结转下年度继续办理 | 7 | 2 | 0 | 0 | 1 | 0 | 10 |\n注：  本表 | 数据截至 12 月 31 日。\n');
    const after = formatted(text);
    assert.ok(after.includes(`| 行政处罚       | XX ${comment} |`), after);
    assert.ok(after.includes('| （七）总计 <!--  含 3 件  -->  '));
    assert.ok(after.includes('\n注：  本表 | 数据截至 12 月 31 日。\n'));
    const table3 = table3Lines(after).filter((line) => line.startsWith('|'));
    for (const line of table3) assert.deepEqual(pipeColumns(line), pipeColumns(table3[0]), line);
  });

  test('a comment left open on its line is text; a row ending in an escaped pipe leaves its table as written', () => {
    const open = mistakes.replace('| 3.要求提供公开出版物 | 0 |', '| 3.要求提供公开出版物 | <!--> |');
    const once = formatted(open);
    assert.notEqual(once, open);
    assert.deepEqual(findingsOf(analyze(once)), findingsOf(analyze(open)));
    assert.equal(formatted(once), once);
    const table3 = table3Lines(once);
    for (const line of table3) assert.deepEqual(pipeColumns(line), pipeColumns(table3[0]), line);

    const escaped = mistakes.replace('| 3.其他 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |', '| 3.其他 | 1 | 0 | 0 | 0 | 0 | 0 | 1 \\|');
    assert.deepEqual(table3Lines(formatted(escaped)), table3Lines(escaped));
  });

  test('nothing outside the report tables changes: prose, headings, another table, a table in a code block', () => {
    const other = '| 项目 | 数量 |\n|---|---|\n| 网站访问量 | 12345 |';
    // a copy of 表三 shown as code: the checker reads it as a 表三, the formatter leaves it as written
    const fenced = `\`\`\`\n${table3Lines(mistakes).join('\n')}\n\`\`\``;
    const text = mistakes.replace('## 五、存在的主要问题及改进情况\n', `## 五、存在的主要问题及改进情况\n\n${other}\n\n${fenced}\n`);
    assert.ok(text.includes(other));
    assert.deepEqual(analyze(text).report.tables.map((table) => (table.kind === 'standard' ? table.spec.id : table.kind)), ['t2', 't3', 't4', 'generic', 't3']);
    const after = formatted(text);
    const outside = (source: string) => {
      const inside = new Set(tableLines(source));
      return source.split('\n').filter((line) => !inside.has(line));
    };
    assert.deepEqual(outside(after), outside(text));
    assert.ok(after.includes(other));
    assert.ok(after.includes(fenced));
    for (const edit of formatTables(analyze(text).report)) {
      assert.match(text.slice(edit.span.start, edit.span.end), /^[ \t|:-]*$/, 'only padding, pipes and delimiter dashes are replaced');
      assert.match(edit.text, /^[ |:-]*$/);
    }
  });

  test('a range formats only the tables it touches', () => {
    const start = mistakes.indexOf('| 行政许可 |');
    const after = formatted(mistakes, { start, end: start });
    assert.equal(table3Lines(after).join('\n'), table3Lines(mistakes).join('\n'), '表三 is not in the range');
    assert.ok(after.includes('| 行政许可       | 156                        |'), after);
  });

  test('the golden reports and the examples: formatted once they keep their findings, formatted twice they do not change', () => {
    const root = path.join(__dirname, '..', '..', '..');
    const files = [
      ...fs.readdirSync(path.join(root, 'test', 'golden')).filter((name) => name.endsWith('.md')).map((name) => path.join(root, 'test', 'golden', name)),
      ...fs.readdirSync(path.join(root, 'examples')).filter((name) => /\.(md|txt)$/.test(name)).map((name) => path.join(root, 'examples', name)),
    ];
    assert.ok(files.length > 20);
    let changed = 0;
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8');
      const once = formatted(text);
      if (once !== text) changed++;
      assert.deepEqual(findingsOf(analyze(once)), findingsOf(analyze(text)), file);
      assert.equal(formatted(once), once, file);
    }
    assert.ok(changed > 20);
  });

  test('every table of a generated report in the pipe layout, in both eras', () => {
    for (const era of ['2019', '2021'] as const) {
      const text = makeReport({ era });
      const once = formatted(text);
      assert.notEqual(once, text);
      assert.deepEqual(findingsOf(analyze(once)), findingsOf(analyze(text)));
      assert.equal(formatted(once), once);
    }
  });
});

/** every pipe line of a text that is a report table's (not the 其他 table or the fenced one) */
function tableLines(text: string): string[] {
  const report = analyze(text).report;
  return report.tables.filter((table) => table.kind === 'standard').flatMap((table) => text.slice(table.grid.span.start, table.grid.span.end).split('\n'));
}

describe('converting a table to a pipe table', () => {
  test('one cell per line: 表三 becomes the canonical pipe table, every value unchanged, with the same findings', () => {
    // 自然人 61 where the row adds up to 72 with 60: a wrong cell the converted table must still show
    const text = makeReport({ layout: 'lines' }).replace('一、本年新收政府信息公开申请数量\n60\n', '一、本年新收政府信息公开申请数量\n61\n');
    const analysis = analyze(text);
    assert.ok(findingsOf(analysis).some((finding) => finding.startsWith('table-reconcile')));
    const table3 = analysis.report.tables.find((table) => table.kind === 'standard' && table.spec.id === 't3')!;
    assert.equal(table3.grid.layout, 'lines');
    const at = text.indexOf('一、本年新收政府信息公开申请数量');
    const conversions = pipeTableConversions(analysis.report, { start: at, end: at });
    assert.equal(conversions.length, 1);
    const converted = applyEdits(text, conversions.map((conversion) => conversion.edit)).text;
    const again = analyze(converted);
    const after = again.report.tables.find((table) => table.kind === 'standard' && table.spec.id === 't3')!;
    assert.equal(after.grid.layout, 'pipe');
    const values = (table: typeof table3) => table.kind === 'standard' ? table.rows.flatMap((row) => row.cells.map((cell) => `${row.rowId}/${cell.columnId}=${cell.cell.text}`)) : [];
    assert.deepEqual(values(after), values(table3));
    assert.deepEqual(findingsOf(again), findingsOf(analysis));
    // already formatted: Format Document has nothing to do
    assert.deepEqual(formatTables(again.report), []);
    assert.deepEqual(pipeTableConversions(again.report, { start: 0, end: converted.length }).map((conversion) => conversion.table.spec.id), ['t2', 't4']);
  });

  test('tab-separated 表二, 表三 and 表四 as a browser copies them: all three convert with no finding gained or lost', () => {
    const text = fs.readFileSync(path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'layouts', '2021-browser-copy.txt'), 'utf8');
    const analysis = analyze(text);
    const conversions = pipeTableConversions(analysis.report, { start: 0, end: text.length });
    assert.deepEqual(conversions.map((conversion) => conversion.table.spec.id), ['t2', 't3', 't4']);
    const converted = applyEdits(text, conversions.map((conversion) => conversion.edit)).text;
    assert.deepEqual(analyze(converted).report.tables.map((table) => table.grid.layout), ['pipe', 'pipe', 'pipe']);
    assert.deepEqual(findingsOf(analyze(converted)), findingsOf(analysis));
    assert.ok(converted.includes('| 行政事业性收费 | 86.5'));
  });

  test('not offered when a value would be lost or a row added: a row missing, or a pipe table already', () => {
    const text = makeReport({ layout: 'lines' });
    const without = text.replace(/二、上年结转政府信息公开申请数量\n(?:\d+\n){7}/, '');
    assert.notEqual(without, text);
    assert.deepEqual(pipeTableConversions(analyze(without).report, { start: 0, end: without.length }).map((conversion) => conversion.table.spec.id), ['t2', 't4']);
    assert.deepEqual(pipeTableConversions(analyze(mistakes).report, { start: 0, end: mistakes.length }), []);
  });
});

describe('display width', () => {
  test('Han characters and full-width forms take two columns; Latin, digits and ambiguous quotes one; marks none', () => {
    assert.equal(displayWidth('本年新收'), 8);
    assert.equal(displayWidth('（一）予以公开'), 14);
    assert.equal(displayWidth('１２'), 4);
    assert.equal(displayWidth('86.5'), 4);
    assert.equal(displayWidth('“三安全一稳定”'), 14);
    assert.equal(displayWidth('a\u200bb\u0301'), 2);
  });
});
