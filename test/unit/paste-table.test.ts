import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { analyze, ERAS, pasteTables, pasteText, pipeTableConversions, type Analysis, type PasteTarget, type StandardTable } from '../../server/src/core';
import { readHtmlBlocks, readHtmlTables, type HtmlTable } from '../../server/src/readers/html';
import { makeReport } from '../helpers/reports';

const FIXTURES = path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'paste');
const fixture = (name: string) => fs.readFileSync(path.join(FIXTURES, name), 'utf8');

const SECTIONS = ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项'];

/** a 2023 report with every section and no table; the paste goes on the line after section `numeral`'s heading */
function reportAwaiting(numeral: number): PasteTarget {
  const lines = ['某市某局2023年政府信息公开工作年度报告', ''];
  let at = 0;
  SECTIONS.forEach((heading, index) => {
    lines.push(heading, '');
    if (index + 1 === numeral) at = lines.join('\n').length + 1;
    lines.push(index === 0 ? '2023年，本机关认真贯彻落实《中华人民共和国政府信息公开条例》。' : '无。', '');
  });
  const text = lines.join('\n');
  return { text, span: { start: at, end: at } };
}

function pasted(target: PasteTarget, inserted: string): string {
  return target.text.slice(0, target.span.start) + inserted + target.text.slice(target.span.end);
}

function standardTable(analysis: Analysis, id: string): StandardTable {
  const table = analysis.report.tables.find((candidate) => candidate.kind === 'standard' && candidate.spec.id === id);
  assert.ok(table && table.kind === 'standard', `${id} recognised`);
  return table;
}

/** the value cells the core reads, in row order, as written */
const valuesOf = (table: StandardTable) => table.rows.flatMap((row) => row.cells.map((value) => value.cell.text));

/** the numbers of a fixture's cells in document order, read with a regular expression: an oracle apart from parse5 */
function numbersIn(html: string): string[] {
  return [...html.matchAll(/<td[^>]*>((?:(?!<\/td>)[\s\S])*)<\/td>/gi)]
    .map((match) => match[1].replace(/<[^>]*>/g, '').replace(/&nbsp;/g, ' ').trim())
    .filter((text) => /^\d+(?:\.\d+)?$/.test(text));
}

const texts = (table: HtmlTable) => table.rows.map((row) => row.map((cell) => (cell.merged ? `^${cell.text}` : cell.text)));

describe('reading HTML tables (server/src/readers/html.ts)', () => {
  test("Word's clipboard: no CF_HTML header, styles, conditional comments or <o:p> in the text; the misaligned-columns row of empty cells dropped; colspan across the 第二十条 rows", () => {
    const blocks = readHtmlBlocks(fixture('word-table2.html'));
    assert.deepEqual(blocks.map((block) => block.kind), ['table']);
    const [table] = readHtmlTables(fixture('word-table2.html'));
    assert.equal(table.rows.length, 14);
    assert.deepEqual(texts(table).slice(0, 3), [
      ['第二十条第（一）项', '^第二十条第（一）项', '^第二十条第（一）项', '^第二十条第（一）项'],
      ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'],
      ['规章', '0', '0', '3'],
    ]);
    assert.deepEqual(texts(table)[6], ['行政许可', '1532', '^1532', '^1532']);
  });

  test('a web page\'s 表三: the header\'s rowspans and colspans and the label columns\' rowspans expanded, every row ten cells', () => {
    const [table] = readHtmlTables(fixture('browser-table3.html'));
    assert.equal(table.rows.length, 3 + 25);
    assert.ok(table.rows.every((row) => row.length === 10));
    const grid = texts(table);
    const note = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';
    assert.deepEqual(grid[0], [note, `^${note}`, `^${note}`, '申请人情况', ...Array(6).fill('^申请人情况')]);
    assert.deepEqual(grid[1].slice(3), ['自然人', '法人或其他组织', ...Array(4).fill('^法人或其他组织'), '总计']);
    // 商业<br>企业: a line break between two Han characters joins them
    assert.deepEqual(grid[2].slice(3), ['^自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '^总计']);
    assert.deepEqual(grid[5].slice(0, 4), ['三、本年度办理结果', '（一）予以公开', '^（一）予以公开', '41']);
    assert.deepEqual(grid[8].slice(0, 4), ['^三、本年度办理结果', '^（三）不予公开', '2.其他法律行政法规禁止公开', '1']);
    assert.deepEqual(grid[27].slice(0, 4), ['四、结转下年度继续办理', '^四、结转下年度继续办理', '^四、结转下年度继续办理', '5']);
  });

  test('cell text: <br> and <p> joined as Chinese reads them, &nbsp; a space, hidden text and scripts left out, a wrapped source line inside a word closed up', () => {
    const [table] = readHtmlTables([
      '<table><tr><th>本年<br>新收</th><td><p>Section</p><p>0</p></td><td>&nbsp;</td>',
      '<td>本年新收政府信息公开申请\r\n  数量<span style="display:none">隐藏</span><script>x()</script></td>',
      '<td><span style="mso-hide:all">Word 隐藏</span>12&nbsp;件</td></tr></table>',
    ].join(''));
    assert.deepEqual(table.rows.map((row) => row.map((cell) => cell.text)), [['本年新收', 'Section 0', '', '本年新收政府信息公开申请数量', '12 件']]);
    assert.deepEqual(table.rows[0].map((cell) => cell.header), [true, false, false, false, false]);
  });

  test("Excel's clipboard: <col> widths, x:num cells, a formula's shown value, an empty cell", () => {
    const html = [
      '<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">',
      '<head><meta name=ProgId content=Excel.Sheet><style><!--td {mso-number-format:General;}--></style></head><body link=blue>',
      '<table border=0 cellpadding=0 cellspacing=0 width=288 style=\'border-collapse:collapse;width:216pt\'>',
      '<!--StartFragment--><col width=72 span=4 style=\'width:54pt\'>',
      '<tr height=18><td height=18 class=xl65 width=72>信息内容</td><td class=xl65>本年制发件数</td><td class=xl65>本年废止件数</td><td class=xl65>现行有效件数</td></tr>',
      '<tr height=18><td height=18>规章</td><td align=right x:num>0</td><td></td><td align=right x:num x:fmla="=B2+1">3</td></tr>',
      '<!--EndFragment--></table></body></html>',
    ].join('\r\n');
    assert.deepEqual(readHtmlTables(html).map(texts), [[['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'], ['规章', '0', '', '3']]]);
  });

  test('a table inside a cell is a table of its own, after the one holding it, and its text is not in that cell', () => {
    const tables = readHtmlTables('<table><tr><td>外层<table><tr><td>内层</td><td>1</td></tr></table></td><td>2</td></tr></table>');
    assert.deepEqual(tables.map((table) => table.rows.map((row) => row.map((cell) => cell.text))), [[['外层', '2']], [['内层', '1']]]);
  });

  test('a page nested 5000 elements deep, or tables nested 3000 deep, is read without overflowing the stack', () => {
    assert.deepEqual(readHtmlTables(`${'<div><span>'.repeat(2500)}<table><tr><td>规章</td><td>3</td></tr></table>`).map((table) => table.rows.length), [1]);
    // the innermost tables, past 64 levels, are left out
    assert.equal(readHtmlTables(`${'<table><tr><td>'.repeat(3000)}x`).length, 64);
  });

  test('messy HTML as browsers mend it: unclosed cells and rows, no tbody, stray text in a table shown before it; a caption the line above its table', () => {
    const blocks = readHtmlBlocks('<table><caption>表二</caption>说明<tr><td>规章<td>0<tr><td>行政规范性文件<td colspan=0>12</table>');
    assert.deepEqual(blocks.map((block) => (block.kind === 'text' ? block.text : block.rows.map((row) => row.map((cell) => cell.text)))), [
      '说明',
      '表二',
      [['规章', '0'], ['行政规范性文件', '12']],
    ]);
  });
});

describe('pasting tables as pipe tables (server/src/core/features/paste-table.ts)', () => {
  test('Word\'s 表二 pasted under 二、: the canonical 表二, every figure as in Word, and no finding', () => {
    const html = fixture('word-table2.html');
    const target = reportAwaiting(2);
    const inserted = pasteTables(target, readHtmlBlocks(html))!;
    assert.equal(inserted.split('\n')[0], '| 信息内容       | 本年制发件数               | 本年废止件数 | 现行有效件数 |');
    assert.ok(inserted.includes('\n| 行政许可       | 1532                       |              |              |\n'), inserted);
    const analysis = analyze(pasted(target, inserted));
    const table2 = standardTable(analysis, 't2');
    assert.equal(table2.grid.layout, 'pipe');
    assert.deepEqual(valuesOf(table2).filter((text) => text !== ''), numbersIn(html));
    assert.deepEqual(analysis.findings.filter((finding) => finding.ruleId.startsWith('table-')).map((finding) => finding.message), []);
  });

  test('表二 as four small tables under their 第二十条 lines, as many reports lay it out: one canonical 表二, every figure kept', () => {
    const table = (rows: string[][]) => `<table border=1>${rows.map((row) => `<tr>${row.map((cell) => `<td><p>${cell}<o:p></o:p></p></td>`).join('')}</tr>`).join('')}</table>`;
    const html = [
      '<p>第二十条第（一）项</p>', table([['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'], ['规章', '0', '0', '3'], ['行政规范性文件', '12', '4', '57']]),
      '<p>第二十条第（五）项</p>', table([['信息内容', '本年处理决定数量'], ['行政许可', '1532']]),
      '<p>第二十条第（六）项</p>', table([['信息内容', '本年处理决定数量'], ['行政处罚', '417'], ['行政强制', '38']]),
      '<p>第二十条第（八）项</p>', table([['信息内容', '本年收费金额（单位：万元）'], ['行政事业性收费', '86.5']]),
    ].join('\n');
    const target = reportAwaiting(2);
    const analysis = analyze(pasted(target, pasteTables(target, readHtmlBlocks(html))!));
    assert.deepEqual(analysis.report.tables.map((candidate) => candidate.kind), ['standard']);
    const table2 = standardTable(analysis, 't2');
    assert.equal(table2.grid.layout, 'pipe');
    assert.deepEqual(valuesOf(table2).filter((text) => text !== ''), numbersIn(html));
  });

  test('a web page\'s 表三 with its merged header and label columns: the canonical 表三, all 175 figures in place, the equations hold', () => {
    const html = fixture('browser-table3.html');
    const target = reportAwaiting(3);
    const inserted = pasteTables(target, readHtmlBlocks(html))!;
    const lines = inserted.split('\n');
    // the heading copied with the table stays a line of its own, apart from the table
    assert.deepEqual(lines.slice(0, 2), ['三、收到和处理政府信息公开申请情况', '']);
    assert.match(lines[2], /^\| （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） +\| 自然人 \| 商业企业 \| 科研机构 \| 社会公益组织 \| 法律服务机构 \| 其他 \| 总计 \|$/);
    assert.match(lines[7], /^\| （一）予以公开 +\| 41 +\| 4 +\| 1 +\| 0 +\| 1 +\| 1 +\| 48 +\|$/);
    const analysis = analyze(pasted(target, inserted));
    const table3 = standardTable(analysis, 't3');
    assert.deepEqual([table3.missingRows, table3.missingColumns], [[], []]);
    assert.equal(valuesOf(table3).length, 175);
    assert.deepEqual(valuesOf(table3), numbersIn(html));
    const cell = (rowText: string, column: string) => table3.rows.find((row) => row.label.includes(rowText))?.cells.find((value) => value.columnId === column)?.cell.text;
    assert.equal(cell('其他法律行政法规禁止公开', table3.columnIds[0]), '1');
    assert.equal(cell('本机关不掌握相关政府信息', table3.columnIds[table3.columnIds.length - 1]), '30');
    assert.deepEqual(analysis.findings.filter((finding) => finding.ruleId.startsWith('table-')).map((finding) => finding.message), []);
  });

  test("WPS's 表四 with its three header levels: the canonical 表四, its 15 figures in order", () => {
    const html = fixture('wps-table4.html');
    const target = reportAwaiting(4);
    const inserted = pasteTables(target, readHtmlBlocks(html))!;
    const lines = inserted.split('\n');
    assert.equal(lines[0], '四、政府信息公开行政复议、行政诉讼情况');
    assert.match(lines[2], /^\| 行政复议 +\| +\| +\| +\| +\| 行政诉讼 +\|/);
    // and a line break before the 无。 that follows the paste
    assert.equal(lines[lines.length - 1], '');
    assert.match(lines[lines.length - 2], /^\| 6 +\| 1 +\| 0 +\| 1 +\| 8 +\| 3 +\| 0 +\| 1 +\| 1 +\| 5 +\| 1 +\| 0 +\| 0 +\| 0 +\| 1 +\|$/);
    const table4 = standardTable(analyze(pasted(target, inserted)), 't4');
    assert.deepEqual(valuesOf(table4), numbersIn(html));
    assert.deepEqual(valuesOf(table4), ['6', '1', '0', '1', '8', '3', '0', '1', '1', '5', '1', '0', '0', '0', '1']);
  });

  test('a table that is no report table: a plain aligned pipe table, its header levels flattened, a number spanning two rows written once, a pipe escaped', () => {
    const inserted = pasteTables(reportAwaiting(2), readHtmlBlocks(fixture('browser-not-report.html')));
    assert.equal(inserted, [
      '2023年主动公开政府信息情况（按栏目）',
      '',
      '| 序号 | 栏目             | 信息条数/网站 | 信息条数/政务新媒体 |',
      '| ---- | ---------------- | ------------- | ------------------- |',
      '| 1    | 机构职能         | 12            | 3                   |',
      '| 2    | 政策文件 \\| 规划 | 40            | 9                   |',
      '| 3    | 财政预决算       |               | 6                   |',
      '| 合计 | 合计             | 92            | 18                  |',
      '',
      '数据截至2023年12月31日。',
      '',
    ].join('\n'));
  });

  test('pasted into the middle of a line, the tables go on lines of their own; HTML without a table is left to the default paste', () => {
    const target = { text: '前文。后文', span: { start: 3, end: 3 } };
    const inserted = pasteTables(target, readHtmlBlocks('<table><tr><th>甲</th><th>乙</th></tr><tr><td>1</td><td>2</td></tr></table>'))!;
    assert.equal(pasted(target, inserted), '前文。\n| 甲  | 乙  |\n| --- | --- |\n| 1   | 2   |\n后文');
    assert.equal(pasteTables(target, readHtmlBlocks('<p>一段<b>加粗</b>的文字</p>')), undefined);
  });

  for (const era of ['2019', '2021'] as const) test(`plain text in a ${era}-format report: a one-cell-per-line 表三 becomes that era's canonical pipe table with the same figures; prose and a tab-separated table of no report stay as pasted`, () => {
    const report = makeReport({ era, layout: 'lines' });
    const start = report.indexOf('申请人情况\n自然人');
    const end = report.indexOf('四、政府信息公开行政复议');
    assert.ok(start > 0 && end > start);
    const table3Lines = report.slice(start, end).trimEnd() + '\n';
    const without = report.slice(0, start) + report.slice(end);
    const target = { text: without, span: { start, end: start } };
    const inserted = pasteText(target, table3Lines)!;
    assert.match(inserted, /^\| （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） +\| 自然人 /);
    const before = standardTable(analyze(report), 't3');
    const after = standardTable(analyze(pasted(target, inserted)), 't3');
    assert.equal(after.grid.layout, 'pipe');
    // the era's own 表三 (2019's has no 其他处理 items), as the report around it says
    assert.equal(after.spec, ERAS.find((candidate) => candidate.id === era)!.tables.find((table) => table.id === 't3'));
    assert.deepEqual(valuesOf(after), valuesOf(before));
    // the pipe table as Format Document leaves it, the same as 转换为管道表格 gives for the table in place
    assert.equal(inserted, pipeTableConversions(analyze(report).report, { start, end: start }).map((conversion) => conversion.edit.text)[0] + '\n');
    assert.equal(pasteText(target, '本年度共收到申请72件。\n'), undefined);
    assert.equal(pasteText(target, '序号\t栏目\t条数\n1\t机构职能\t12\n'), undefined);
  });
});
