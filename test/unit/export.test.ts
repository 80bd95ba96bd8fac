import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import JSZip from 'jszip';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { main } from '../../server/src/cli/main';
import { parseReport } from '../../server/src/core';
import { parseCellValue } from '../../server/src/core/text/numbers';
import { readHtmlTables } from '../../server/src/readers/html';
import { exportReport, isMarkdownPath } from '../../server/src/writers/export';

type Element = DefaultTreeAdapterMap['element'];
type Node = DefaultTreeAdapterMap['node'];

const ROOT = path.join(__dirname, '..', '..', '..');
const EXAMPLES = ['2021-complete.md', '2021-mistakes.md', '2014-appendix.txt'];
const example = (name: string) => fs.readFileSync(path.join(ROOT, 'examples', name), 'utf8');

async function exported(name: string, to: 'docx' | 'html'): Promise<Uint8Array> {
  return exportReport(example(name), { to, markdown: isMarkdownPath(name) });
}
const exportedHtml = async (name: string) => new TextDecoder().decode(await exported(name, 'html'));

function elements(node: Node, tag: string): Element[] {
  const found: Element[] = [];
  const visit = (current: Node) => {
    if ('tagName' in current && current.tagName === tag) found.push(current);
    if ('childNodes' in current) for (const child of current.childNodes) visit(child);
    if ('content' in current && current.content) visit(current.content as Node);
  };
  visit(node);
  return found;
}
const attribute = (element: Element, name: string) => element.attrs.find((attr) => attr.name === name)?.value;
const textOf = (node: Node): string => ('value' in node && node.nodeName === '#text' ? node.value : 'childNodes' in node ? node.childNodes.map(textOf).join('') : '');
const rowsOf = (table: Element) => elements(table, 'tr').map((row) => row.childNodes.filter((child): child is Element => 'tagName' in child && (child.tagName === 'td' || child.tagName === 'th')));
const tableOfClass = (html: string, className: string) => elements(parse(html), 'table').find((table) => attribute(table, 'class')?.split(' ').includes(className))!;

/** the figures of a report's tables, as the parser read them from the source, table by table, sorted */
function sourceFigures(text: string): string[][] {
  return parseReport(text).tables.map((table) => {
    const cells = table.kind === 'standard' ? table.rows.flatMap((row) => row.cells.map((value) => value.cell)) : table.grid.rows.flatMap((row) => row.cells);
    return cells.map((cell) => cell.text.trim()).filter((cell) => parseCellValue(cell).kind === 'number').sort();
  });
}

describe('export to HTML', () => {
  test('one self-contained UTF-8 page: charset, our generator, the title centred, no script and nothing fetched', async () => {
    const html = await exportedHtml('2021-complete.md');
    const document = parse(html);
    const metas = elements(document, 'meta');
    assert.ok(metas.some((meta) => attribute(meta, 'charset') === 'utf-8'));
    assert.ok(metas.some((meta) => attribute(meta, 'name') === 'generator' && attribute(meta, 'content') === 'gkreport'));
    assert.equal(elements(document, 'script').length, 0);
    assert.equal(elements(document, 'link').length, 0);
    assert.doesNotMatch(html, /(src|href)=|url\(|@import/);
    const [title] = elements(document, 'h1');
    assert.equal(textOf(title), '2021年某市某区人民政府办公室政府信息公开工作年度报告');
    assert.match(html, /h1 \{ text-align: center;/);
    assert.deepEqual(elements(document, 'h2').map(textOf).slice(0, 2), ['一、总体情况', '二、主动公开政府信息情况']);
    assert.equal(textOf(elements(document, 'h3')[0]), '（一）主动公开');
  });

  test('表三 in the official layout: the note over the header rows and the labels, 申请人情况 and 法人或其他组织 over their columns', async () => {
    const [first, second, third] = rowsOf(tableOfClass(await exportedHtml('2021-complete.md'), 'gkr-t3'));
    const header = (cell: Element) => [textOf(cell), attribute(cell, 'colspan') ?? '1', attribute(cell, 'rowspan') ?? '1'];
    assert.deepEqual(first.map(header), [['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '3', '3'], ['申请人情况', '7', '1']]);
    assert.deepEqual(second.map(header), [['自然人', '1', '2'], ['法人或其他组织', '5', '1'], ['总计', '1', '2']]);
    assert.deepEqual(third.map(header), [['商业企业', '1', '1'], ['科研机构', '1', '1'], ['社会公益组织', '1', '1'], ['法律服务机构', '1', '1'], ['其他', '1', '1']]);
  });

  test('表四 has its three header levels; 表二 its 第二十条 blocks across the table', async () => {
    const html = await exportedHtml('2021-complete.md');
    const table4 = rowsOf(tableOfClass(html, 'gkr-t4'));
    assert.deepEqual(table4[0].map((cell) => [textOf(cell), attribute(cell, 'colspan')]), [['行政复议', '5'], ['行政诉讼', '10']]);
    assert.deepEqual(table4[1].map(textOf).slice(5), ['未经复议直接起诉', '复议后起诉']);
    const table2 = rowsOf(tableOfClass(html, 'gkr-t2'));
    assert.deepEqual(table2[0].map((cell) => [textOf(cell), attribute(cell, 'colspan')]), [['第二十条第（一）项', '4']]);
  });

  test('an export marks nothing: 2021-mistakes.md has failing cells, its page has no finding classes, titles or notes', async () => {
    const html = await exportedHtml('2021-mistakes.md');
    assert.match(html, /<td class="gkr-unfilled" colspan="3">XX<\/td>/, 'a placeholder is written as it is');
    assert.doesNotMatch(html, /class="[^"]*gkr-(error|warning|info|hint)|gkr-notes|<t[dh][^>]* title=/);
  });

  for (const name of EXAMPLES) {
    test(`round trip: every figure of every table of ${name} is in the exported page's cells`, async () => {
      const tables = readHtmlTables(await exportedHtml(name));
      const figures = tables.map((table) => table.rows.flat().filter((cell) => !cell.merged && !cell.header).map((cell) => cell.text.trim()).filter((text) => parseCellValue(text).kind === 'number').sort());
      assert.deepEqual(figures, sourceFigures(example(name)));
      assert.ok(figures.flat().length >= 10, 'the example has tables of figures');
    });
  }

  test('round trip: 表三 read back from the page has the source row of （一）予以公开 under its labels', async () => {
    const [, table3] = readHtmlTables(await exportedHtml('2021-complete.md'));
    const row = table3.rows.find((cells) => cells.some((cell) => cell.text === '（一）予以公开'))!;
    assert.deepEqual(row.map((cell) => cell.text), ['三、本年度办理结果', '（一）予以公开', '（一）予以公开', '20', '3', '0', '0', '1', '0', '24']);
  });
});

async function documentXml(name: string): Promise<string> {
  const zip = await JSZip.loadAsync(await exported(name, 'docx'));
  return zip.file('word/document.xml')!.async('string');
}

describe('export to Word', () => {
  test('A4 with the 公文 margins (top 37 mm, bottom 35 mm, left 28 mm, right 26 mm)', async () => {
    const xml = await documentXml('2021-complete.md');
    assert.match(xml, /<w:pgSz w:w="11906" w:h="16838"/);
    const margins = xml.match(/<w:pgMar [^>]*>/)![0];
    const twips = (name: string) => Number(margins.match(new RegExp(`w:${name}="(\\d+)"`))![1]);
    assert.deepEqual(['top', 'bottom', 'left', 'right'].map(twips), [2098, 1984, 1587, 1474]);
  });

  test('title in 方正小标宋简体 二号, headings 黑体 and 楷体, body 仿宋_GB2312 三号 at a fixed 28 pt: fonts named for eastAsia', async () => {
    const xml = await documentXml('2021-complete.md');
    const paragraphOf = (text: string) => xml.match(new RegExp(`<w:p>(?:(?!<w:p>).)*?<w:t[^>]*>${text}</w:t>`))?.[0] ?? '';
    const title = paragraphOf('2021年某市某区人民政府办公室政府信息公开工作年度报告');
    assert.match(title, /<w:jc w:val="center"\/>/);
    assert.match(title, /w:eastAsia="方正小标宋简体"/);
    assert.match(title, /<w:sz w:val="44"\/>/);
    assert.match(paragraphOf('一、总体情况'), /w:eastAsia="黑体"/);
    assert.match(paragraphOf('（一）主动公开'), /w:eastAsia="楷体_GB2312"/);
    const body = paragraphOf('2021年，区政府办公室坚持以公开为常态、不公开为例外，全面推进决策、执行、管理、服务、结果公开。');
    assert.match(body, /w:eastAsia="仿宋_GB2312"/);
    assert.match(body, /<w:sz w:val="32"\/>/);
    assert.match(body, /<w:spacing [^>]*w:line="560"[^>]*w:lineRule="exact"|<w:spacing [^>]*w:lineRule="exact"[^>]*w:line="560"/);
  });

  test('the font table names each face\'s stand-in: 方正小标宋简体 falls back to 黑体, 仿宋_GB2312 to 仿宋', async () => {
    const zip = await JSZip.loadAsync(await exported('2021-complete.md', 'docx'));
    const fonts = await zip.file('word/fontTable.xml')!.async('string');
    assert.match(fonts, /<w:font w:name="方正小标宋简体"><w:altName w:val="黑体"\/><w:charset w:val="86"\/>/);
    assert.match(fonts, /<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"\/>/);
    assert.match(fonts, /<w:font w:name="楷体_GB2312"><w:altName w:val="楷体"\/>/);
  });

  test('表三 with the template\'s merged cells: the note spans three columns and three rows (gridSpan, vMerge), 申请人情况 seven columns', async () => {
    const xml = await documentXml('2021-complete.md');
    const table3 = xml.match(/<w:tbl>(?:(?!<w:tbl>).)*?申请人情况.*?<\/w:tbl>/)![0];
    const rows = table3.match(/<w:tr>.*?<\/w:tr>/g)!;
    const cells = (row: string) => row.match(/<w:tc>.*?<\/w:tc>/g)!;
    const [note, applicants] = cells(rows[0]);
    assert.match(note, /<w:gridSpan w:val="3"\/>/);
    assert.match(note, /<w:vMerge w:val="restart"\/>/);
    assert.match(applicants, /<w:gridSpan w:val="7"\/>/);
    assert.match(applicants, /申请人情况/);
    // the rows below the note go on with it: their first cell continues the merge
    for (const row of rows.slice(1, 3)) {
      assert.match(cells(row)[0], /<w:gridSpan w:val="3"\/>/);
      assert.match(cells(row)[0], /<w:vMerge(?: w:val="continue")?\/>/);
    }
    assert.match(cells(rows[1]).find((cell) => cell.includes('法人或其他组织'))!, /<w:gridSpan w:val="5"\/>/);
    assert.match(table3, /<w:tblBorders>.*w:val="single"/);
  });

  test('numbers are centred in their cells', async () => {
    const xml = await documentXml('2021-complete.md');
    const cell = xml.match(/<w:tc>(?:(?!<w:tc>).)*?<w:t[^>]*>1280<\/w:t>.*?<\/w:tc>/)?.[0] ?? xml.match(/<w:tc>(?:(?!<w:tc>).)*?<w:t[^>]*>72<\/w:t>.*?<\/w:tc>/)![0];
    assert.match(cell, /<w:jc w:val="center"\/>/);
  });

  for (const name of EXAMPLES) {
    test(`round trip: every figure of every table of ${name} is in the .docx's tables`, async () => {
      const xml = await documentXml(name);
      const tables = xml.match(/<w:tbl>.*?<\/w:tbl>/g) ?? [];
      const figures = tables.map((table) => (table.match(/<w:t(?: [^>]*)?>[^<]*<\/w:t>/g) ?? []).map((run) => run.replace(/<[^>]+>/g, '')).filter((text) => parseCellValue(text).kind === 'number').sort());
      assert.deepEqual(figures, sourceFigures(example(name)));
    });
  }
});

describe('gkreport export', () => {
  const run = async (args: string[]) => {
    const err: string[] = [];
    const code = await main(args, { stdout: () => undefined, stderr: (text) => err.push(text), readStdin: () => '' });
    return { code, stderr: err.join('\n') };
  };
  const copy = () => {
    const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'gkreport-export-'));
    const file = path.join(directory, '报告.md');
    fs.copyFileSync(path.join(ROOT, 'examples', '2021-complete.md'), file);
    return { directory, file };
  };

  test('writes FILE with the new extension, never over an existing file without --force', async () => {
    const { directory, file } = copy();
    const out = path.join(directory, '报告.html');
    assert.equal((await run(['export', file, '--to', 'html'])).code, 0);
    assert.match(fs.readFileSync(out, 'utf8'), /<meta name="generator" content="gkreport">/);
    fs.writeFileSync(out, 'mine');
    const again = await run(['export', file, '--to', 'html']);
    assert.equal(again.code, 2);
    assert.match(again.stderr, /已存在，未覆盖/);
    assert.equal(fs.readFileSync(out, 'utf8'), 'mine');
    assert.equal((await run(['export', file, '--to', 'html', '--force'])).code, 0);
    assert.notEqual(fs.readFileSync(out, 'utf8'), 'mine');
  });

  test('-o OUT; a .docx is a zip', async () => {
    const { directory, file } = copy();
    const out = path.join(directory, 'out.docx');
    assert.equal((await run(['export', file, '--to', 'docx', '-o', out])).code, 0);
    assert.equal(fs.readFileSync(out).subarray(0, 2).toString('latin1'), 'PK');
  });

  test('bad usage exits 2: no --to, an unknown target, no file, a missing file', async () => {
    const { file } = copy();
    assert.equal((await run(['export', file])).code, 2);
    assert.match((await run(['export', file, '--to', 'pdf'])).stderr, /--to 须为 docx 或 html/);
    assert.equal((await run(['export', '--to', 'html'])).code, 2);
    assert.equal((await run(['export', path.join(path.dirname(file), '无.md'), '--to', 'html'])).code, 2);
  });
});
