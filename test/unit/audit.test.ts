import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { runCli } from '../../server/src/cli/main';
import { analyze, reportFacts } from '../../server/src/core';
import { ImportError, importFile } from '../../server/src/readers';
import { auditPage } from '../../server/src/writers/export';
import { lineOf } from '../helpers/reports';

type Element = DefaultTreeAdapterMap['element'];
type Node = DefaultTreeAdapterMap['node'];

const ROOT = path.join(__dirname, '..', '..', '..');
const LAYOUT = fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'layouts', '2021-as-published.md'), 'utf8');

/**
 * The fixture folder, written here from the real layout (every equation holds, nothing to report):
 * - a.md: the layout as it is (某市某区人民政府办公室, 2023): no finding; 表三 本年新收 133, 予以公开 48 + 部分公开 25 of
 *   办理结果 133; 表四 行政复议 1 纠正 of 8, 行政诉讼 0 of 5 + 1.
 * - 卫健局,2023.md (a comma in its name: the CSV quotes the path): another unit (某县卫生健康局), with three defects:
 *   予以公开's 总计 48 → 49 (one error; R3.2 of its row and R3.3 of the 总计 column fail: 40 of 42 hold), a half-width
 *   comma in 五、 (one warning), and a closing date 2024年3月5日, 34 days after a department's deadline of 31 January
 *   (one info).
 * - c.txt: binary, unreadable.
 */
function fixtureFolder(): { dir: string; a: string; b: string; c: string; bText: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gkreport-audit-'));
  const a = path.join(dir, 'a.md');
  const b = path.join(dir, '卫健局,2023.md');
  const c = path.join(dir, 'c.txt');
  fs.writeFileSync(a, LAYOUT);
  const bText = `${LAYOUT.replaceAll('某市某区人民政府办公室', '某县卫生健康局')
    .replace('| 三、本年度办理结果 （一）予以公开 | 41 | 4 | 1 | 0 | 1 | 1 | 48 |', '| 三、本年度办理结果 （一）予以公开 | 41 | 4 | 1 | 0 | 1 | 1 | 49 |')
    .replace('一是政策解读形式还不够丰富；', '一是政策解读形式还不够丰富,')
    .trimEnd()}\n\n某县卫生健康局\n2024年3月5日\n`;
  assert.notEqual(bText.indexOf('| 49 |'), -1);
  fs.writeFileSync(b, bText);
  fs.writeFileSync(c, Buffer.from([0, 1, 2, 3, 0, 0, 255, 0]));
  return { dir, a, b, c, bText };
}

function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runCli(args, { stdout: (text) => out.push(text), stderr: (text) => err.push(text), readStdin: () => '' });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

function elements(node: Node, test: (element: Element) => boolean): Element[] {
  const found: Element[] = [];
  const visit = (current: Node) => {
    if ('tagName' in current && test(current)) found.push(current);
    if ('childNodes' in current) for (const child of current.childNodes) visit(child);
    if ('content' in current && current.content) visit(current.content as Node);
  };
  visit(node);
  return found;
}
const byTag = (node: Node, tag: string) => elements(node, (element) => element.tagName === tag);
const attribute = (element: Element, name: string) => element.attrs.find((attr) => attr.name === name)?.value;
const hasClass = (element: Element, name: string) => (attribute(element, 'class') ?? '').split(/\s+/).includes(name);
const textOf = (node: Node): string => ('value' in node && node.nodeName === '#text' ? node.value : 'childNodes' in node ? node.childNodes.map(textOf).join('') : '');
const cellsOf = (row: Element) => row.childNodes.filter((child): child is Element => 'tagName' in child && (child.tagName === 'td' || child.tagName === 'th'));

function auditOf(args: string[] = []) {
  const folder = fixtureFolder();
  const out = path.join(folder.dir, 'audit.html');
  const result = run(['check', folder.dir, '--format', 'html', '-o', out, ...args]);
  const html = fs.readFileSync(out, 'utf8');
  return { ...folder, out, result, html, document: parse(html) };
}

describe('the audit page (check --format html)', () => {
  test('written to -o FILE (exit 1: one report has an error); one section per report with its unit, findings and line text', () => {
    const { result, document, a, b, c, bText, out } = auditOf();
    assert.equal(result.code, 2, 'c.txt is unreadable: exit 2, the others still checked and written');
    assert.equal(result.stdout, '');
    assert.match(result.stderr, new RegExp(`已写入：${out.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')}`));
    const sections = elements(document, (element) => element.tagName === 'section' && hasClass(element, 'audit-report'));
    assert.deepEqual(sections.map((section) => attribute(section, 'data-path')), [a, c, b]);
    const section = (file: string) => sections.find((candidate) => attribute(candidate, 'data-path') === file)!;
    assert.match(textOf(byTag(section(a), 'h2')[0]), /^某市某区人民政府办公室 2023$/);
    assert.match(textOf(section(a)), /没有发现问题/);
    assert.match(textOf(byTag(section(b), 'h2')[0]), /^某县卫生健康局 2023$/);
    const rows = byTag(byTag(section(b), 'table').find((table) => hasClass(table, 'findings'))!, 'tr').slice(1).map((row) => cellsOf(row).map(textOf));
    assert.deepEqual(rows.map(([severity, rule, line]) => [severity, rule, line]), [
      ['错误', '勾稽关系table-reconcile', String(lineOf(bText, '| 49 |'))],
      ['警告', '全角标点punctuation-width', String(lineOf(bText, '不够丰富,'))],
      ['提示', '日期错误date-invalid', String(lineOf(bText, '2024年3月5日'))],
    ]);
    assert.match(rows[1][3], /应为全角“，”/);
    assert.equal(rows[1][4], '2023年，我区政府信息公开工作仍存在一些不足：一是政策解读形式还不够丰富,二是依申请公开答复质量有待进一步提升。下一步，我区将加强业务培训，规范答复流程。');
    assert.match(textOf(section(c)), /无法读取：二进制文件，未检查/);
  });

  test('the report\'s tables in the official layout, the failing cell marked with its message; the clean report\'s tables unmarked', () => {
    const { document, a, b } = auditOf();
    const section = (file: string) => elements(document, (element) => element.tagName === 'section' && attribute(element, 'data-path') === file)[0];
    const marked = elements(section(b), (element) => element.tagName === 'td' && hasClass(element, 'gkr-error'));
    assert.deepEqual(marked.map(textOf), ['49']);
    assert.match(attribute(marked[0], 'title')!, /应为 48/);
    assert.equal(byTag(section(b), 'table').filter((table) => hasClass(table, 'gkr-t3')).length, 1);
    assert.equal(elements(section(a), (element) => hasClass(element, 'gkr-error') || hasClass(element, 'gkr-warning')).length, 0);
    assert.deepEqual(byTag(section(a), 'table').filter((table) => hasClass(table, 'gkr-table')).map((table) => attribute(table, 'class')), ['gkr-table gkr-t2', 'gkr-table gkr-t3', 'gkr-table gkr-t4']);
  });

  test('the summary: reports by format, findings by severity, equations held and failed, reports published late', () => {
    const { document } = auditOf();
    const totals = Object.fromEntries(elements(document, (element) => attribute(element, 'data-total') !== undefined).map((element) => [attribute(element, 'data-total'), Number(textOf(element))]));
    assert.deepEqual(totals, {
      reports: 3, 'format-2021': 2, unreadable: 1,
      errors: 1, warnings: 1, infos: 1, hints: 0, reviewed: 0,
      'equations-held': 82, 'equations-total': 84, 'equations-failed': 2,
      late: 1, undated: 1,
    });
  });

  test('the table of reports: a row each, figures right-aligned with sort values, the late report said as such', () => {
    const { document, b } = auditOf();
    const table = elements(document, (element) => attribute(element, 'id') === 'reports')[0];
    const headings = cellsOf(byTag(byTag(table, 'thead')[0], 'tr')[0]).map(textOf);
    assert.deepEqual(headings, ['单位', '年度', '格式', '错误', '警告', '勾稽', '文表不符', '繁体', '半角标点', '与上年重复', '发布日期']);
    const rows = byTag(byTag(table, 'tbody')[0], 'tr');
    assert.equal(rows.length, 3);
    const row = rows.find((candidate) => textOf(candidate).includes(b))!;
    const cells = cellsOf(row);
    assert.deepEqual(cells.slice(1).map(textOf), ['2023', '2021', '1', '1', '40/42', '0', '0', '1', '—', '2024-03-05 逾期 34 天']);
    assert.equal(attribute(cells[5], 'data-v'), '2', 'the equations column sorts by how many fail');
    assert.equal(attribute(cells[9], 'data-v'), undefined, 'no repeat figure: nothing to sort by, never 0');
    assert.ok(hasClass(cells[3], 'n'));
    assert.equal(attribute(row, 'data-errors'), '1');
  });

  test('charts drawn as SVG: findings by rule, and the 依申请 figures per unit (a unit without them says so)', () => {
    const { document } = auditOf();
    const charts = elements(document, (element) => element.tagName === 'figure' && hasClass(element, 'chart'));
    const captions = charts.map((chart) => textOf(byTag(chart, 'figcaption')[0]));
    assert.deepEqual(captions, ['各规则的问题数（不含提醒与已核实）', '本年新收申请（件）', '予以公开 + 部分公开 占办理结果', '行政复议 结果纠正 占总计', '行政诉讼 结果纠正 占总计']);
    const bars = (index: number) => byTag(charts[index], 'g').map((group) => textOf(byTag(group, 'title')[0]));
    assert.deepEqual(bars(0).sort(), ['全角标点：1 警告', '勾稽关系：1 错误', '日期错误：1 提示'].sort());
    assert.deepEqual(bars(1), ['某市某区人民政府办公室 2023：133', '某县卫生健康局 2023：133']);
    assert.deepEqual(bars(2), ['某市某区人民政府办公室 2023：54.9%（73/133）', '某县卫生健康局 2023：55.6%（74/133）']);
    assert.deepEqual(bars(3), ['某市某区人民政府办公室 2023：12.5%（1/8）', '某县卫生健康局 2023：12.5%（1/8）']);
    assert.deepEqual(bars(4), ['某市某区人民政府办公室 2023：0.0%（0/6）', '某县卫生健康局 2023：0.0%（0/6）']);
  });

  test('self-contained: nothing fetched (no remote src or href, no @import, no url()), links only within the page', () => {
    const { html, document } = auditOf();
    assert.equal(byTag(document, 'link').length, 0);
    for (const element of elements(document, (candidate) => candidate.attrs.some((attr) => attr.name === 'src' || attr.name === 'href'))) {
      for (const name of ['src', 'href']) {
        const value = attribute(element, name);
        if (value !== undefined) assert.match(value, /^#[\w-]+$/, `${element.tagName} ${name}="${value}"`);
      }
    }
    assert.doesNotMatch(html, /@import|url\(|https?:|\/\/[\w.-]+\//i);
    const scripts = byTag(document, 'script');
    assert.equal(scripts.length, 1);
    assert.equal(attribute(scripts[0], 'src'), undefined);
    const meta = byTag(document, 'meta').find((element) => attribute(element, 'name') === 'generator');
    assert.equal(attribute(meta!, 'content'), 'gkreport');
    assert.equal(attribute(byTag(document, 'html')[0], 'lang'), 'zh-CN');
  });

  test('--locale en: an English page (lang, headings, the findings\' messages)', () => {
    const { document } = auditOf(['--locale', 'en']);
    assert.equal(attribute(byTag(document, 'html')[0], 'lang'), 'en');
    const headings = byTag(document, 'h2').map(textOf);
    assert.deepEqual(headings.slice(0, 3), ['Summary', 'Reports', 'Charts']);
    assert.match(textOf(document), /Full-width punctuation/);
    assert.match(textOf(document), /Use the full-width "，", not ","\./);
    assert.match(textOf(document), /Published 2024年3月5日, after the deadline/);
    assert.doesNotMatch(textOf(document), /没有发现问题|审核汇总/);
  });

  test('not a report to the readers or to a re-run: no <article class="gkr-report">, the web-page reader refuses it, a directory check skips it', () => {
    const { html, out, dir } = auditOf();
    assert.equal(elements(parse(html), (element) => element.tagName === 'article').length, 0);
    assert.throws(() => importFile(new TextEncoder().encode(html), out), (error: unknown) => error instanceof ImportError && error.problem === 'audit-page');
    // the audit page lies in the folder it audits: the next day's run still sees three reports
    const again = run(['check', dir, '--summary', 'csv']);
    assert.equal(again.stdout.slice(1).split('\r\n').length, 1 + 3);
    assert.doesNotMatch(again.stdout, /audit\.html/);
  });

  test('a report with hundreds of hints lists the first 100 of them, folded, and says where the rest are', () => {
    // the seed 001 (荔湾区, 2014) has a half-width mark at every sentence: one warning counts them, each is a hint
    const seed = path.join(ROOT, 'test', 'fixtures', 'seeds', '001_2ce564af3c6c5d5d.txt');
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'gkreport-audit-')), 'audit.html');
    run(['check', seed, '--format', 'html', '-o', out]);
    const details = elements(parse(fs.readFileSync(out, 'utf8')), (element) => element.tagName === 'details' && hasClass(element, 'hints'))[0];
    assert.match(textOf(byTag(details, 'summary')[0]), /^另有 174 条提醒$/);
    assert.equal(byTag(byTag(details, 'tbody')[0], 'tr').length, 100);
    assert.match(textOf(details), /只列出前 100 条；全部提醒见 --format csv 或 json/);
  });

  test('everything the reports say is escaped: markup in a line and in the unit name stays text', () => {
    const text = `${LAYOUT.replaceAll('某市某区人民政府办公室', '某区<b>办公室</b>')}\n2023年，<img src="https://example.com/x.png" onerror="alert(1)">本机关共有工作人员3名，其中专职人员1名,兼职人员2名。\n`;
    const analysis = analyze(text);
    const html = auditPage([{ path: 'x<y>.md', report: analysis.report, findings: analysis.findings, facts: reportFacts(analysis) }], { locale: 'zh-CN', generated: new Date(Date.UTC(2024, 0, 2, 3, 4)) });
    const document = parse(html);
    assert.equal(byTag(document, 'img').length, 0);
    assert.equal(byTag(document, 'b').length, 0);
    assert.match(textOf(document), /某区<b>办公室<\/b> 2023/);
    assert.match(textOf(document), /<img src="https:\/\/example\.com\/x\.png" onerror="alert\(1\)">本机关/);
    assert.match(textOf(document), /x<y>\.md/);
    assert.match(textOf(document), /2024-01-02 03:04 UTC/);
  });

  test('a reviewed finding: listed and marked with its reason, counted as reviewed, not as an error, its cell not marked', () => {
    const analysis = analyze(LAYOUT.replace('| 三、本年度办理结果 （一）予以公开 | 41 | 4 | 1 | 0 | 1 | 1 | 48 |', '| 三、本年度办理结果 （一）予以公开 | 41 | 4 | 1 | 0 | 1 | 1 | 49 |'));
    const findings = analysis.findings.map((finding) => (finding.ruleId === 'table-reconcile' ? { ...finding, reviewed: { reason: '含上年结转，已核实' } } : finding));
    assert.equal(findings.filter((finding) => finding.reviewed).length, 1);
    const html = auditPage([{ path: 'a.md', report: analysis.report, findings, facts: reportFacts(analysis, findings) }], { locale: 'zh-CN', generated: new Date(0) });
    const document = parse(html);
    const totals = Object.fromEntries(elements(document, (element) => attribute(element, 'data-total') !== undefined).map((element) => [attribute(element, 'data-total'), textOf(element)]));
    assert.equal(totals.errors, '0');
    assert.equal(totals.reviewed, '1');
    const row = elements(document, (element) => element.tagName === 'tr' && hasClass(element, 'is-reviewed'));
    assert.equal(row.length, 1);
    assert.match(textOf(row[0]), /勾稽关系.*已核实：含上年结转，已核实/);
    assert.equal(elements(document, (element) => element.tagName === 'td' && hasClass(element, 'gkr-error')).length, 0);
  });

  test('a host with a nonce-only Content-Security-Policy (a VS Code webview) gets its nonce on the style and the script', () => {
    const analysis = analyze(LAYOUT);
    const html = auditPage([{ path: 'a.md', report: analysis.report, findings: analysis.findings, facts: reportFacts(analysis) }], { locale: 'en', generated: new Date(0), nonce: 'n0nce' });
    const document = parse(html);
    assert.deepEqual([...byTag(document, 'style'), ...byTag(document, 'script')].map((element) => attribute(element, 'nonce')), ['n0nce', 'n0nce']);
  });
});

describe('check --summary csv and -o', () => {
  const HEADER = 'path,unit,year,format,script,errors,warnings,infos,hints,reviewed,equations-held,equations-total,prose-mismatches,script-mixing,punctuation-width,content-repeat,published,deadline,days-late,new-requests,disclosed-share,reconsideration-corrected-share,litigation-corrected-share,error';

  test('one row per report under the header (BOM, CRLF, a path with a comma quoted), an unreadable file a row with its reason', () => {
    const { a, b, c } = fixtureFolder();
    const result = run(['check', '--summary', 'csv', a, b, c]);
    assert.equal(result.code, 2);
    assert.ok(result.stdout.startsWith(`\uFEFF${HEADER}\r\n`), JSON.stringify(result.stdout.slice(0, 60)));
    const records = result.stdout.slice(1).split('\r\n');
    assert.deepEqual(records.slice(1), [
      `${a},某市某区人民政府办公室,2023,2021,simplified,0,0,0,0,0,42,42,0,0,0,,,,,133,0.5489,0.125,0,`,
      `"${b}",某县卫生健康局,2023,2021,simplified,1,1,1,0,0,40,42,0,0,1,,2024-03-05,2024-01-31,34,133,0.5564,0.125,0,`,
      `${c},,,,,,,,,,,,,,,,,,,,,,,二进制文件，未检查`,
    ]);
  });

  test('--summary csv implies --format csv; with another --format, or another summary, it is a usage error', () => {
    const { a } = fixtureFolder();
    assert.equal(run(['check', '--summary', 'csv', '--format', 'csv', a]).code, 0);
    const json = run(['check', '--summary', 'csv', '--format', 'json', a]);
    assert.equal(json.code, 2);
    assert.match(json.stderr, /--summary csv 只能与 --format csv 同用/);
    assert.equal(run(['check', '--summary', 'xlsx', a]).code, 2);
    assert.equal(run(['check', '--format', 'xlsx', a]).code, 2);
  });

  test('-o FILE: any format to the file (the CSV with its BOM and CRLF), an existing file replaced, the exit code the check\'s', () => {
    const { dir, b } = fixtureFolder();
    const out = path.join(dir, 'findings.csv');
    fs.writeFileSync(out, 'yesterday');
    const result = run(['check', '--format', 'csv', b, '-o', out]);
    assert.equal(result.code, 1, 'one error');
    assert.equal(result.stdout, '');
    const written = fs.readFileSync(out, 'utf8');
    assert.ok(written.startsWith('\uFEFFpath,unit,year,rule,severity,line,column,message,context\r\n'));
    assert.ok(written.endsWith('\r\n'));
    assert.equal(written.split('\r\n').length, 1 + 3 + 1);
    const json = path.join(dir, 'out.json');
    assert.equal(run(['check', '--format', 'json', b, '-o', json]).code, 1);
    assert.equal(JSON.parse(fs.readFileSync(json, 'utf8')).summary.errors, 1);
  });

  test('-o into a directory that does not exist: a clear error, exit 2, nothing checked or written', () => {
    const { dir, a } = fixtureFolder();
    const out = path.join(dir, 'missing', 'audit.html');
    const result = run(['check', a, '--format', 'html', '-o', out]);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /无法写入 .*audit\.html：目录 .*missing 不存在/);
    assert.equal(fs.existsSync(out), false);
  });
});
