import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { analyze, type Report } from '../../server/src/core';
import { main, runCli } from '../../server/src/cli/main';
import { ImportError, importFile } from '../../server/src/readers';
import { decodePage } from '../../server/src/readers/html-decode';
import { readHtmlTables } from '../../server/src/readers/html';

const FIXTURES = path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'import');
const fixture = (name: string) => path.join(FIXTURES, name);

function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runCli(args, { stdout: (text) => out.push(text), stderr: (text) => err.push(text), readStdin: () => '' });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'gkreport-import-'));
}

const isTableLine = (line: string) => line.startsWith('|');
/** the lines that are not table rows, runs of blank lines as one (a table's own rows may differ in layout) */
const prose = (markdown: string) => markdown.split('\n').filter((line) => !isTableLine(line)).join('\n').replace(/\n{3,}/g, '\n\n').trim();

/** each recognised table: its id and every value cell's text by row and column */
function tableValues(report: Report) {
  return report.tables.map((table) => table.kind === 'standard'
    ? { table: table.spec.id, cells: Object.fromEntries(table.rows.flatMap((row) => row.cells.map((value) => [`${value.rowId}/${value.columnId}`, value.cell.text]))) }
    : { table: 'other', cells: {} });
}

interface JsonFinding { rule: string; message: string; line: number; context?: string }
interface JsonFile { path: string; source: string; format: string; diagnostics: JsonFinding[]; error?: string; sameAs?: string[] }

function checkJson(...files: string[]): { code: number; files: JsonFile[] } {
  const { code, stdout } = run(['check', '--format', 'json', ...files]);
  return { code, files: (JSON.parse(stdout) as { files: JsonFile[] }).files };
}

/**
 * `gkreport check` on the page and on the hand-written Markdown give the same findings (rule and message), and each
 * finding of the page outside a table carries the text of the Markdown's line as its context.
 */
function assertSameFindings(page: string, markdown: string) {
  const directory = tempDir();
  // apart, so that the page is not taken for an export of the Markdown
  const copy = path.join(directory, path.basename(markdown));
  fs.copyFileSync(markdown, copy);
  const [imported] = checkJson(page).files;
  const [written] = checkJson(copy).files;
  assert.equal(imported.source, 'html');
  assert.equal(written.source, 'text');
  assert.equal(imported.format, written.format);
  const key = (finding: JsonFinding) => `${finding.rule} ${finding.message}`;
  assert.deepEqual(imported.diagnostics.map(key), written.diagnostics.map(key));
  const lines = fs.readFileSync(markdown, 'utf8').split('\n');
  imported.diagnostics.forEach((finding, index) => {
    assert.equal(typeof finding.context, 'string', key(finding));
    if (!isTableLine(finding.context!)) assert.equal(finding.context, lines[written.diagnostics[index].line - 1], key(finding));
    assert.equal(written.diagnostics[index].context, undefined);
  });
  return imported.diagnostics;
}

describe('importing a saved web page (server/src/readers/html-report.ts)', () => {
  test('a GBK CMS page: the report in its TRS_Editor found among header, nav, breadcrumb, share/print bar, related links and footer; title, paragraphs, 表二/表三/表四 with their spans resolved', () => {
    const bytes = fs.readFileSync(fixture('cms-gbk-report.html'));
    assert.throws(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes), 'the fixture is GBK, not UTF-8');
    assert.equal(decodePage(bytes).encoding, 'gb18030');
    const { markdown, source } = importFile(bytes, 'cms-gbk-report.html');
    assert.equal(source, 'html');
    const expected = fs.readFileSync(fixture('cms-gbk-report.md'), 'utf8');
    assert.equal(prose(markdown), prose(expected));
    for (const chrome of ['当前位置', '首页', '字号', '打印', '关闭', '发布时间', '浏览次数', '分享', '相关文章', '主办', 'ICP', 'doZoom', '搜索', 'margin-top']) {
      assert.ok(!markdown.includes(chrome), chrome);
    }
    const imported = analyze(markdown).report;
    assert.deepEqual(tableValues(imported).map((table) => table.table), ['t2', 't3', 't4']);
    assert.ok(imported.tables.every((table) => table.grid.layout === 'pipe'));
    assert.deepEqual(tableValues(imported), tableValues(analyze(expected).report));
    // the rowspan="22" of 三、本年度办理结果 and the colspans of 表二's single figures, every figure as written
    assert.match(markdown, /^\| （七）总计 +\| 57 +\| 7 +\|/m);
    assert.match(markdown, /^\| 行政许可 +\| 156 +\| +\| +\|$/m);
    const findings = assertSameFindings(fixture('cms-gbk-report.html'), fixture('cms-gbk-report.md'));
    assert.deepEqual(findings.map((finding) => finding.rule), ['punctuation-width', 'table-reconcile']);
  });

  test('a UTF-8 page laid out with tables, no known container: the densest block naming the report, its title over two lines joined, the font-size bar inside it dropped', () => {
    const bytes = fs.readFileSync(fixture('plain-utf8-report.html'));
    assert.deepEqual({ ...decodePage(bytes), text: undefined }, { text: undefined, encoding: 'utf8', decidedBy: 'sniffed' });
    const { markdown } = importFile(bytes, 'plain-utf8-report.html');
    const expected = fs.readFileSync(fixture('plain-utf8-report.md'), 'utf8');
    assert.equal(prose(markdown), prose(expected));
    for (const chrome of ['您现在的位置', '信息公开指南', '机构概况', '字号', '打印', '版权所有', 'ICP']) assert.ok(!markdown.includes(chrome), chrome);
    assert.deepEqual(tableValues(analyze(markdown).report), tableValues(analyze(expected).report));
    const findings = assertSameFindings(fixture('plain-utf8-report.html'), fixture('plain-utf8-report.md'));
    assert.deepEqual(findings.map((finding) => finding.rule), ['missing-table']);
  });

  test('a page that is no report: its heading from the page, the notice as written, its table a plain pipe table; format unknown, as for its Markdown', () => {
    const { markdown } = importFile(fs.readFileSync(fixture('notice-not-report.html')), 'notice-not-report.html');
    assert.equal(markdown, fs.readFileSync(fixture('notice-not-report.md'), 'utf8'));
    const [file] = checkJson(fixture('notice-not-report.html')).files;
    assert.equal(file.format, 'unknown');
    assertSameFindings(fixture('notice-not-report.html'), fixture('notice-not-report.md'));
  });

  test('a page that only links its report as an attachment is refused with what to do; a full report with an attachment, or a notice with a form, is read', () => {
    assert.throws(() => importFile(fs.readFileSync(fixture('attachment-only.html')), 'attachment-only.html'), (error: unknown) => {
      assert.ok(error instanceof ImportError && error.problem === 'attachment', String(error));
      assert.match(error.text.zh, /^attachment-only\.html：网页中没有年报正文，只有附件（某区人民政府办公室2023年政府信息公开工作年度报告\.pdf）：请下载附件后检查/);
      assert.match(error.text.en, /only its attachment \(某区人民政府办公室2023年政府信息公开工作年度报告\.pdf\)/);
      return true;
    });
    // checked in a folder: that one message instead of six missing sections, exit 2, the other files still checked
    const checked = run(['check', fixture('attachment-only.html'), fixture('notice-with-form.html')]);
    assert.equal(checked.code, 2);
    assert.doesNotMatch(checked.stdout, /missing-section/);
    assert.match(checked.stdout, /attachment-only\.html: error .*只有附件/);
    // a whole report whose page also offers it as a PDF at the end: the report, as before
    const full = fs.readFileSync(fixture('cms-gbk-report.html'), 'latin1').replace('</body>', '<p>附件：<a href="/att/2022nb.pdf">2022年年报.pdf</a></p></body>');
    assert.match(importFile(Buffer.from(full, 'latin1'), 'cms-gbk-report.html').markdown, /^\| （七）总计 +\| 57 +\| 7 +\|/m);
    const notice = importFile(fs.readFileSync(fixture('notice-with-form.html')), 'notice-with-form.html').markdown;
    assert.match(notice, /请于12月20日前填写附件表格并报区政府办公室。/);
    assert.match(notice, /附件：政务公开工作台账\.xlsx/);
  });

  test('paste still reads a page as before: a one-column table is a table there, laid out as text only on import', () => {
    const html = '<div class="TRS_Editor"><table><tr><td><p>某县2022年政府信息公开工作年度报告</p><p>一、总体情况</p></td></tr></table></div>';
    const { markdown } = importFile(Buffer.from(html), 'a.html');
    assert.equal(markdown, '# 某县2022年政府信息公开工作年度报告\n\n一、总体情况\n');
    assert.deepEqual(readHtmlTables(html).map((table) => table.rows.map((row) => row.map((cell) => cell.text))), [[['某县2022年政府信息公开工作年度报告一、总体情况']]]);
  });

  test('a generic container (class="content") holding the menus too: the block of the report inside it, without the menu links', () => {
    const html = [
      '<body><div class="content">',
      '<div class="menu"><a href="/">首页</a> <a href="/a">政务公开</a> <a href="/b">政府信息公开年度报告</a> <a href="/c">政策文件</a> <a href="/d">互动交流</a></div>',
      '<div class="left"><ul><li><a>信息公开指南</a></li><li><a>信息公开制度</a></li><li><a>信息公开目录</a></li><li><a>依申请公开</a></li></ul></div>',
      '<div class="right"><p>某县2021年政府信息公开工作年度报告</p><p>一、总体情况</p><p>　　本年度，本县认真贯彻落实《中华人民共和国政府信息公开条例》，主动公开政府信息一千余条，依申请公开工作规范有序，各项工作取得新的成效。</p></div>',
      '</div></body>',
    ].join('');
    assert.equal(importFile(Buffer.from(html), 'a.html').markdown, '# 某县2021年政府信息公开工作年度报告\n\n一、总体情况\n\n本年度，本县认真贯彻落实《中华人民共和国政府信息公开条例》，主动公开政府信息一千余条，依申请公开工作规范有序，各项工作取得新的成效。\n');
  });

  test('the share and print bars in their spellings are dropped inside the article; a line that only mentions printing stays', () => {
    const bars = ['【字号：大 中 小】【打印】【关闭】', '字体：【大】【中】【小】', '[ 打印本页 ] [ 关闭窗口 ]', '【我要纠错】【收藏】', '分享到：微信 微博 QQ空间', '返回顶部'];
    const kept = '本年度印发《打印设备管理办法》，关闭政务公开栏目2个。';
    const html = `<div class="TRS_Editor"><p>某县2021年政府信息公开工作年度报告</p>${bars.map((bar) => `<p>${bar}</p>`).join('')}<p>${kept}</p></div>`;
    assert.equal(importFile(Buffer.from(html), 'a.html').markdown, `# 某县2021年政府信息公开工作年度报告\n\n${kept}\n`);
  });

  test('h1–h4 are Markdown headings; a heading broken by <br> is one line; scripts, styles and hidden text give nothing', () => {
    const html = '<body><div id="zoom"><h2>某市2021年政府信息公开<br>工作年度报告</h2><script>var a = "一、";</script><p style="display:none">隐藏</p><h3>一、总体情况</h3><p>　　本年度，我市加强领导，推进公开工作取得新成效。</p><h5>附件</h5></div></body>';
    assert.equal(importFile(Buffer.from(html), 'a.htm').markdown, '## 某市2021年政府信息公开工作年度报告\n\n### 一、总体情况\n\n本年度，我市加强领导，推进公开工作取得新成效。\n\n附件\n');
  });
});

describe('decoding a saved page (server/src/readers/html-decode.ts)', () => {
  const body = '<p>某县2021年政府信息公开工作年度报告</p>';
  test('the meta charset decides; GBK without one is sniffed; a BOM wins', () => {
    const declared = iconv.encode(`<html><head><meta http-equiv="Content-Type" content="text/html; charset=GB2312"></head><body>${body}</body></html>`, 'gbk');
    assert.deepEqual([decodePage(declared).encoding, decodePage(declared).decidedBy], ['gb18030', 'meta']);
    assert.ok(decodePage(declared).text.includes('政府信息公开'));
    const bare = iconv.encode(`<html><body>${body}</body></html>`, 'gbk');
    assert.deepEqual([decodePage(bare).encoding, decodePage(bare).decidedBy], ['gb18030', 'sniffed']);
    assert.ok(decodePage(bare).text.includes('年度报告'));
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`<meta charset="gbk">${body}`)]);
    assert.deepEqual([decodePage(bom).encoding, decodePage(bom).decidedBy], ['utf8', 'bom']);
  });

  test('bytes that contradict the declaration win: a GB2312 page re-saved as UTF-8, a "UTF-8" page written in GBK', () => {
    const resaved = Buffer.from(`<meta charset="gb2312">${body}`, 'utf8');
    assert.equal(decodePage(resaved).encoding, 'utf8');
    assert.ok(decodePage(resaved).text.includes('年度报告'));
    const mislabelled = iconv.encode(`<meta charset="utf-8">${body}`, 'gbk');
    assert.equal(decodePage(mislabelled).encoding, 'gb18030');
    assert.ok(decodePage(mislabelled).text.includes('年度报告'));
  });
});

describe('importFile (server/src/readers/index.ts)', () => {
  const problem = (bytes: Uint8Array, name: string) => {
    try {
      importFile(bytes, name);
    } catch (error) {
      assert.ok(error instanceof ImportError);
      assert.ok(error.text.zh.length > 0 && error.text.en.length > 0);
      return error.problem;
    }
    return undefined;
  };
  test('chooses the reader by extension and refuses other files; a PDF, a zip or an empty file named .html gets its own message', () => {
    assert.equal(problem(Buffer.from('一、总体情况'), '报告.pdf'), 'pdf');
    assert.equal(problem(Buffer.from('一、总体情况'), '报告.rtf'), 'unsupported');
    assert.equal(problem(Buffer.from('x'), '报告'), 'unsupported');
    assert.equal(problem(Buffer.from('%PDF-1.7\n'), '报告.html'), 'pdf');
    assert.equal(problem(Buffer.from('PK\u0003\u0004rest'), '报告.htm'), 'corrupt');
    assert.equal(problem(Buffer.from(''), '报告.html'), 'empty');
    assert.equal(problem(Buffer.from([0x3c, 0x70, 0x3e, 0x00, 0x01, 0x02]), '报告.html'), 'corrupt');
    assert.equal(problem(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<p>某县2021年政府信息公开工作年度报告</p>', 'utf16le')]), '报告.html'), undefined);
    assert.equal(problem(Buffer.from('<html><body><script>x()</script></body></html>'), '报告.HTML'), 'empty');
  });
});

describe('the web-page reader never throws on input', () => {
  test('random pages of tags, spans, text and bytes: Markdown, or an ImportError', () => {
    const piece = fc.oneof(
      fc.constantFrom('<table>', '</table>', '<tr>', '<td rowspan="3">', '<td colspan="0">', '<th colspan="70000">', '</td>', '<div class="TRS_Editor">', '<div id="zoom">', '</div>',
        '<h1>', '</h2>', '<br>', '<p>', '<script>', '<meta charset="gbk">', '<nav>', '<!--', '-->', '<title>', '年度报告', '政府信息公开', '一、总体情况', '　　', '12', '【打印】'),
      fc.string({ maxLength: 8 }),
    );
    fc.assert(fc.property(fc.array(piece, { maxLength: 60 }), fc.uint8Array({ maxLength: 16 }), (pieces, noise) => {
      const bytes = Buffer.concat([Buffer.from(pieces.join('')), Buffer.from(noise)]);
      try {
        const { markdown } = importFile(bytes, 'a.html');
        assert.equal(typeof markdown, 'string');
      } catch (error) {
        assert.ok(error instanceof ImportError, String(error));
      }
    }), { numRuns: 300 });
  });
});

describe('gkreport import and check of web pages', () => {
  test('import writes the Markdown to stdout, or to -o OUT, never over a file without --force', () => {
    const page = fixture('notice-not-report.html');
    const expected = fs.readFileSync(fixture('notice-not-report.md'), 'utf8');
    const printed = run(['import', page]);
    assert.equal(printed.code, 0);
    assert.equal(`${printed.stdout}\n`, expected);
    const out = path.join(tempDir(), '通知.md');
    assert.equal(run(['import', page, '-o', out]).code, 0);
    assert.equal(fs.readFileSync(out, 'utf8'), expected);
    fs.writeFileSync(out, 'mine');
    const refused = run(['import', page, '-o', out]);
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /--force/);
    assert.equal(fs.readFileSync(out, 'utf8'), 'mine');
    assert.equal(run(['import', page, '-o', out, '--force']).code, 0);
    assert.equal(fs.readFileSync(out, 'utf8'), expected);
    assert.equal(run(['import']).code, 2);
    // check -o replaces its file (the audit is re-run daily), where import keeps it
    assert.equal(run(['check', page, '-o', out]).code, 0);
    assert.match(fs.readFileSync(out, 'utf8'), /^共 1 个文件：0 个错误/m);
    assert.equal(run(['import', path.join(tempDir(), 'none.html')]).code, 2);
    const pdf = path.join(tempDir(), 'a.html');
    fs.writeFileSync(pdf, '%PDF-1.4');
    const bad = run(['import', pdf]);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /PDF/);
  });

  test('a directory: .html and .htm picked up, an export beside its Markdown checked once and named, our audit pages and Word lock files skipped', () => {
    const directory = tempDir();
    fs.copyFileSync(fixture('cms-gbk-report.md'), path.join(directory, '区政府办2021.md'));
    fs.copyFileSync(fixture('cms-gbk-report.html'), path.join(directory, '区政府办2021.html'));
    fs.copyFileSync(fixture('plain-utf8-report.html'), path.join(directory, '交通局2022.htm'));
    fs.writeFileSync(path.join(directory, '审核结果.html'), '<html><head><meta name="generator" content="gkreport 0.1.0"></head><body><p>某县2021年政府信息公开工作年度报告：3 个错误</p></body></html>');
    fs.copyFileSync(fixture('plain-utf8-report.html'), path.join(directory, '~$交通局2022.htm'));
    const { files } = checkJson(directory);
    assert.deepEqual(files.map((file) => [path.basename(file.path), file.source]), [['交通局2022.htm', 'html'], ['区政府办2021.md', 'text']]);
    assert.deepEqual(files[1].sameAs, [path.join(directory, '区政府办2021.html')]);
    const text = run(['check', directory]);
    assert.match(text.stdout, /区政府办2021\.html 与 .*区政府办2021\.md 是同一份报告/);
  });

  test('our exported page is a report, not an audit page: picked up below a folder, and export → import gives the Markdown\'s findings', async () => {
    for (const example of ['2021-complete.md', '2021-mistakes.md']) {
      const directory = tempDir();
      const markdown = path.join(directory, example);
      fs.copyFileSync(path.join(FIXTURES, '..', '..', '..', 'examples', example), markdown);
      const pages = path.join(directory, 'pages');
      fs.mkdirSync(pages);
      const page = path.join(pages, example.replace(/\.md$/, '.html'));
      assert.equal(await main(['export', markdown, '--to', 'html', '-o', page], { stdout: () => {}, stderr: () => {}, readStdin: () => '' }), 0);
      assert.match(fs.readFileSync(page, 'utf8'), /<meta name="generator" content="gkreport">/);
      const { files } = checkJson(pages);
      assert.deepEqual(files.map((file) => [file.path, file.source]), [[page, 'html']]);
      const [written] = checkJson(markdown).files;
      const key = (finding: JsonFinding) => `${finding.rule} ${finding.message}`;
      assert.deepEqual(files[0].diagnostics.map(key), written.diagnostics.map(key), example);
    }
  });

  test('a .docx goes through the same dispatch: checked as its imported text with "source": "docx" and context, refused by --fix; an old .doc gets its own message', () => {
    const docx = path.join(FIXTURES, '..', 'docx', 'report-2021-errors.docx');
    const [file] = checkJson(docx).files;
    assert.equal(file.source, 'docx');
    assert.ok(file.diagnostics.length > 0 && file.diagnostics.every((finding) => typeof finding.context === 'string'));
    const { markdown } = importFile(fs.readFileSync(docx), 'report-2021-errors.docx');
    assert.deepEqual(file.diagnostics.map((finding) => finding.context), file.diagnostics.map((finding) => markdown.split('\n')[finding.line - 1]));
    const fixing = checkJson('--fix', docx);
    assert.equal(fixing.code, 2);
    assert.match(fixing.files[0].error!, /\.docx/);
    const doc = path.join(tempDir(), '旧报告.doc');
    fs.writeFileSync(doc, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
    const refused = run(['import', doc]);
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /\.docx/);
  });

  test('--fix refuses a page (exit 2) and still fixes and checks the Markdown beside it; a page a reader refuses is one message, the others still checked', () => {
    const directory = tempDir();
    const markdown = path.join(directory, 'a.md');
    fs.copyFileSync(fixture('cms-gbk-report.md'), markdown);
    const page = path.join(directory, 'b.html');
    fs.copyFileSync(fixture('cms-gbk-report.html'), page);
    const fixed = run(['check', '--fix', '--format', 'json', page, markdown]);
    assert.equal(fixed.code, 2);
    const json = JSON.parse(fixed.stdout) as { files: JsonFile[] };
    assert.match(json.files[0].error!, /import/);
    assert.equal(json.files[0].source, 'html');
    assert.ok(fs.readFileSync(markdown, 'utf8').includes('2021年，区政府办公室'), 'the Markdown was fixed');
    assert.deepEqual(fs.readFileSync(page), fs.readFileSync(fixture('cms-gbk-report.html')), 'the page is untouched');

    const pdf = path.join(directory, 'c.html');
    fs.writeFileSync(pdf, '%PDF-1.4 …');
    const checked = run(['check', pdf, page]);
    assert.equal(checked.code, 2);
    assert.match(checked.stdout, /c\.html: error .*PDF/);
    assert.match(checked.stdout, /b\.html:\d+:\d+: error table-reconcile/);
  });
});

describe('gkreport check of files it cannot read', () => {
  test('a PDF and an old .doc named on the command line: one message each saying how to convert, exit 2, the others checked', () => {
    const dir = tempDir();
    const pdf = path.join(dir, '2023年报.pdf');
    const doc = path.join(dir, '2022年报.doc');
    fs.writeFileSync(pdf, '%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n');
    fs.writeFileSync(doc, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]));
    const report = path.join(dir, 'notes.md');
    fs.writeFileSync(report, '# 会议纪要\n\n讨论下周的工作安排。\n');
    const result = run(['check', '--format', 'json', pdf, doc, report]);
    assert.equal(result.code, 2);
    const json = JSON.parse(result.stdout) as { files: { path: string; error?: string; diagnostics: unknown[] }[] };
    const byPath = new Map(json.files.map((file) => [file.path, file]));
    assert.match(byPath.get(pdf)?.error ?? '', /PDF.*暂不支持导入.*另存为 \.docx/);
    assert.match(byPath.get(doc)?.error ?? '', /旧版 Word.*另存为” \.docx/);
    assert.deepEqual(byPath.get(report)?.diagnostics, []);
  });
});
