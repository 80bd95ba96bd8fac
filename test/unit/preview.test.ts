import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import MarkdownIt from 'markdown-it';
import { analyze, renderReportTables, reportTemplate } from '../../server/src/core';
import { reportTablesPlugin } from '../../client/src/preview';

const root = path.join(__dirname, '..', '..', '..');
const mistakes = fs.readFileSync(path.join(root, 'examples', '2021-mistakes.md'), 'utf8');
const browserCopy = fs.readFileSync(path.join(root, 'test', 'fixtures', 'layouts', '2021-browser-copy.txt'), 'utf8');

/** the Markdown preview's rendering: markdown-it as VS Code configures it (html on), with the extension's plugin */
function preview(text: string): string {
  return new MarkdownIt({ html: true }).use(reportTablesPlugin, (source: string) => analyze(source)).render(text);
}

const rows = (html: string) => html.match(/<tr>.*?<\/tr>/g) ?? [];
/** the opening tag of the cell holding exactly this text, in the table of this class */
function cellTag(html: string, tableClass: string, text: string): string | undefined {
  const table = html.match(new RegExp(`<table class="gkr-table ${tableClass}">[\\s\\S]*?</table>`))?.[0] ?? '';
  return table.match(new RegExp(`<t[dh][^>]*>${text}</t[dh]>`))?.[0];
}

describe('report tables in the template layout', () => {
  test('表三: the note over the header rows and the label columns, 申请人情况 and 法人或其他组织 over their columns', () => {
    const analysis = analyze(mistakes);
    const table3 = renderReportTables(analysis.report, analysis.findings).find(({ table }) => table.kind === 'standard' && table.spec.id === 't3')!;
    const [first, second, third] = rows(table3.html);
    assert.equal(first, '<tr><th colspan="3" rowspan="3">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</th><th colspan="7">申请人情况</th></tr>');
    assert.equal(second, '<tr><th rowspan="2">自然人</th><th colspan="5">法人或其他组织</th><th rowspan="2">总计</th></tr>');
    assert.equal(third, '<tr><th>商业企业</th><th>科研机构</th><th>社会公益组织</th><th>法律服务机构</th><th>其他</th></tr>');
  });

  test('表三: 三、本年度办理结果 down the rows of （一） to （七）, （三）不予公开 down its eight items, 一、 across the label columns', () => {
    const analysis = analyze(mistakes);
    const html = renderReportTables(analysis.report, analysis.findings).map((rendered) => rendered.html).join('\n');
    assert.equal(cellTag(html, 'gkr-t3', '三、本年度办理结果'), '<th rowspan="22">三、本年度办理结果</th>');
    assert.equal(cellTag(html, 'gkr-t3', '（三）不予公开'), '<th rowspan="8">（三）不予公开</th>');
    assert.equal(cellTag(html, 'gkr-t3', '1.属于国家秘密'), '<th>1.属于国家秘密</th>');
    assert.equal(cellTag(html, 'gkr-t3', '一、本年新收政府信息公开申请数量'), '<th colspan="3">一、本年新收政府信息公开申请数量</th>');
    assert.equal(cellTag(html, 'gkr-t3', '（七）总计'), '<th colspan="2">（七）总计</th>');
  });

  test('表三 with a 小计 row a report adds for （三）不予公开: the parent heads it and its items, the row says 小计', () => {
    const withSubtotal = mistakes.replace('| （三）不予公开 |  |  |  |  |  |  |  |', '| （三）不予公开 | 3 | 0 | 0 | 0 | 0 | 0 | 3 |');
    assert.notEqual(withSubtotal, mistakes);
    const analysis = analyze(withSubtotal);
    const html = renderReportTables(analysis.report, analysis.findings).map((rendered) => rendered.html).join('\n');
    assert.equal(cellTag(html, 'gkr-t3', '（三）不予公开'), '<th rowspan="9">（三）不予公开</th>');
    assert.match(html, /<th rowspan="9">（三）不予公开<\/th><th>小计<\/th><td class="gkr-number[^"]*"[^>]*>3<\/td>/);
  });

  test('表四: 行政复议 and 行政诉讼, under it 未经复议直接起诉 and 复议后起诉, the outcomes under them', () => {
    const analysis = analyze(mistakes);
    const table4 = renderReportTables(analysis.report, analysis.findings).find(({ table }) => table.kind === 'standard' && table.spec.id === 't4')!;
    const [first, second] = rows(table4.html);
    assert.equal(first, '<tr><th colspan="5">行政复议</th><th colspan="10">行政诉讼</th></tr>');
    assert.equal(second, '<tr><th rowspan="2">结果维持</th><th rowspan="2">结果纠正</th><th rowspan="2">其他结果</th><th rowspan="2">尚未审结</th><th rowspan="2">总计</th>'
      + '<th colspan="5">未经复议直接起诉</th><th colspan="5">复议后起诉</th></tr>');
  });

  test('表二 read from a browser copy: each 第二十条 block under its heading row, with its own header row', () => {
    const analysis = analyze(browserCopy);
    const table2 = renderReportTables(analysis.report, analysis.findings).find(({ table }) => table.kind === 'standard' && table.spec.id === 't2')!;
    assert.deepEqual(rows(table2.html).slice(0, 2), ['<tr><th colspan="4">第二十条第（一）项</th></tr>',
      '<tr><th>信息内容</th><th>本年制发件数</th><th>本年废止件数</th><th>现行有效件数</th></tr>']);
    assert.match(table2.html, /<tr><th>行政许可<\/th><td class="gkr-number" colspan="3">1532<\/td><\/tr>/);
    assert.equal((table2.html.match(/第二十条第/g) ?? []).length, 4);
  });

  test('a failing cell is marked with its finding: the class of its severity, the message as its title', () => {
    const analysis = analyze(mistakes);
    const html = renderReportTables(analysis.report, analysis.findings).map((rendered) => rendered.html).join('\n');
    const failing = cellTag(html, 'gkr-t3', '70')!;
    assert.match(failing, /class="gkr-number gkr-error"/);
    assert.match(failing, /title="[^"]*改为 72[^"]*"/);
    assert.doesNotMatch(cellTag(html, 'gkr-t3', '60')!, /gkr-error|title=/);
  });

  test('an unfilled template: its placeholder cells faded with their hint, the table\'s count under it; nothing red', () => {
    const template = reportTemplate({ unit: '某市某局', year: '2024', era: '2021' });
    const analysis = analyze(template);
    const html = renderReportTables(analysis.report, analysis.findings).map((rendered) => rendered.html).join('\n');
    assert.ok((html.match(/class="gkr-unfilled gkr-hint"/g) ?? []).length > 100);
    assert.match(html, /<li class="gkr-warning">表三还有 \d+ 个单元格待填写/);
    assert.doesNotMatch(html, /gkr-error/);
  });

  test('a table with a row the template does not have is not rendered: no value is dropped from the preview', () => {
    const extra = mistakes.replace('| （七）总计 |', '| （八）其他情形 | 9 | 0 | 0 | 0 | 0 | 0 | 9 |\n| （七）总计 |');
    const analysis = analyze(extra);
    const ids = renderReportTables(analysis.report, analysis.findings).map(({ table }) => (table.kind === 'standard' ? table.spec.id : 'generic'));
    assert.deepEqual(ids, ['t2', 't4']);
    assert.match(preview(extra), /<td>9<\/td>/);
  });

  test('a 2008-era 附表 written one cell per line: its caption, its 指标/数量 header, its rows as written', () => {
    const appendix = fs.readFileSync(path.join(root, 'examples', '2014-appendix.txt'), 'utf8');
    const analysis = analyze(appendix);
    const [first] = renderReportTables(analysis.report, analysis.findings);
    assert.deepEqual(first.html.split('\n').slice(1, 5), [
      '<caption>附表1 主动公开情况统计 单位：条</caption>',
      '<tr><th>指标</th><th>数量</th></tr>',
      '<tr><td>主动公开信息数</td><td class="gkr-number">1230</td></tr>',
      '<tr><td>其中：1.组织机构</td><td class="gkr-number">12</td></tr>',
    ]);
  });
});

describe('the Markdown preview plugin', () => {
  test('a report\'s pipe tables become the template tables; the headings and prose stay as markdown-it renders them', () => {
    const plain = new MarkdownIt({ html: true }).render(mistakes);
    const html = preview(mistakes);
    assert.equal((html.match(/<table class="gkr-table/g) ?? []).length, 3);
    assert.doesNotMatch(html, /<thead>/);
    assert.deepEqual(html.match(/<h\d>.*?<\/h\d>/g), plain.match(/<h\d>.*?<\/h\d>/g));
    const paragraphs = (text: string) => text.match(/<p>[\s\S]*?<\/p>/g);
    assert.deepEqual(paragraphs(html), paragraphs(plain));
    assert.match(html, /<div class="code-line gkr-preview" data-line="\d+">/);
  });

  test('one paragraph of browser-copied lines: the tables cut out of it, the text around them kept', () => {
    const html = preview(browserCopy);
    assert.equal((html.match(/<table class="gkr-table/g) ?? []).length, 3);
    assert.match(html, /二、主动公开政府信息情况<\/p>\n<div class="code-line gkr-preview"/);
    assert.match(html, /<\/div>\n<p>四、政府信息公开行政复议、行政诉讼情况<\/p>/);
    assert.match(html, /<p>五、存在的主要问题及改进情况/);
    // no cell text outside the tables: the paragraphs hold no row of numbers
    assert.doesNotMatch(html.replace(/<table[\s\S]*?<\/table>/g, ''), /\t\d+\t/);
  });

  test('a Markdown file that is not a report renders exactly as without the plugin', () => {
    const readme = '# 会议纪要\n\n| 项目 | 数量 |\n|---|---|\n| 文件 | 3 |\n\n本周讨论了三件事。\n';
    assert.equal(preview(readme), new MarkdownIt({ html: true }).render(readme));
  });
});
