import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import iconv from 'iconv-lite';
import { z } from 'zod';
import { runCli } from '../../server/src/cli/main';
import { makeReport } from '../helpers/reports';
import { reportTemplate } from '../../server/src/core';

const ROOT = path.join(__dirname, '..', '..', '..');
const EXAMPLES = path.join(ROOT, 'examples');
const SEEDS = path.join(ROOT, 'test', 'fixtures', 'seeds');

/** The JSON contract of ../shared/spec/cli.md, version 1. */
const position = { line: z.number().int().min(1), column: z.number().int().min(1), endLine: z.number().int().min(1), endColumn: z.number().int().min(1) };
const contract = z.object({
  version: z.literal(1),
  files: z.array(z.object({
    path: z.string(),
    format: z.enum(['2008', '2019', '2021', 'unknown']),
    year: z.number().int().nullable(),
    script: z.enum(['simplified', 'traditional', 'mixed']),
    source: z.enum(['text', 'html', 'docx']),
    sameAs: z.array(z.string()).optional(),
    diagnostics: z.array(z.object({
      rule: z.string().regex(/^[a-z]+(-[a-z]+)*$/),
      severity: z.enum(['error', 'warning', 'info', 'hint']),
      message: z.string().min(1),
      ...position,
      fix: z.object({ ...position, text: z.string() }).optional(),
      context: z.string().optional(),
    })),
  })),
  summary: z.object({ files: z.number().int(), errors: z.number().int(), warnings: z.number().int(), infos: z.number().int(), hints: z.number().int() }),
});

function run(args: string[], stdin = '') {
  const out: string[] = [];
  const err: string[] = [];
  const code = runCli(args, { stdout: (text) => out.push(text), stderr: (text) => err.push(text), readStdin: () => stdin });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'gkreport-'));
}

describe('gkreport CLI', () => {
  test('with no configuration file, a file of 6 million characters gets file-too-large and only the cheap rules, as in the server', () => {
    const directory = tempDir();
    const file = path.join(directory, '汇编.txt');
    // a bundle of reports, one with a half-width comma: the cheap punctuation rule still sees it
    const unit = `${makeReport({ omit: [6] })}\n本年度,我办加强领导。\n`;
    fs.writeFileSync(file, unit.repeat(Math.ceil(6_000_000 / unit.length)));
    const { code, stdout } = run(['check', '--format', 'json', file]);
    assert.equal(code, 0);
    const [result] = JSON.parse(stdout).files as { diagnostics: { rule: string; message: string }[] }[];
    assert.equal(result.diagnostics[0].rule, 'file-too-large');
    assert.match(result.diagnostics[0].message, /5000000|5,000,000|5 000 000/);
    const rules = new Set(result.diagnostics.map((diagnostic) => diagnostic.rule));
    assert.ok(rules.has('punctuation-width'));
    assert.ok(!rules.has('missing-section') && !rules.has('table-reconcile'), [...rules].join(', '));
  });

  test('the JSON for every example and seed validates against the contract', () => {
    for (const directory of [EXAMPLES, SEEDS]) {
      const { stdout } = run(['check', '--format', 'json', directory]);
      const parsed = contract.parse(JSON.parse(stdout));
      assert.ok(parsed.files.length >= 3);
      for (const file of parsed.files) {
        const positions = file.diagnostics.map((d) => d.line * 100000 + d.column);
        assert.deepEqual(positions, [...positions].sort((a, b) => a - b), `${file.path} diagnostics sorted`);
      }
    }
  });

  test('the JSON of web pages validates too: source "html", every finding with its line as context; text files "text" without context', () => {
    const imports = path.join(ROOT, 'test', 'fixtures', 'import');
    const directory = tempDir();
    for (const name of fs.readdirSync(imports).filter((file) => file.endsWith('.html'))) fs.copyFileSync(path.join(imports, name), path.join(directory, name));
    fs.copyFileSync(path.join(imports, 'notice-not-report.md'), path.join(directory, 'notice-not-report.md'));
    const { stdout } = run(['check', '--format', 'json', directory]);
    const parsed = contract.parse(JSON.parse(stdout));
    const pages = parsed.files.filter((file) => file.source === 'html');
    assert.ok(pages.length >= 1 && pages.some((file) => file.diagnostics.length > 0));
    for (const file of parsed.files) {
      for (const diagnostic of file.diagnostics) assert.equal(typeof diagnostic.context, file.source === 'html' ? 'string' : 'undefined', file.path);
    }
    // the notice's Markdown stands beside its page: the page is named by the Markdown, checked once
    assert.ok(parsed.files.some((file) => (file.sameAs ?? []).length > 0));
  });

  test('seeds 000 and 001: their 附表 are recognised and add up', () => {
    const { stdout } = run(['check', '--format', 'json', path.join(SEEDS, '000_4aec82eab3d77799.txt'), path.join(SEEDS, '001_2ce564af3c6c5d5d.txt')]);
    const json = JSON.parse(stdout);
    for (const file of json.files) {
      assert.equal(file.tables.length, 4, file.path);
      assert.equal(file.diagnostics.filter((d: { rule: string }) => d.rule === 'table-reconcile').length, 0);
    }
  });

  test('exit codes: 0 clean, 1 errors, --max-warnings, 2 bad usage', () => {
    assert.equal(run(['check', path.join(EXAMPLES, '2021-complete.md')]).code, 0);
    assert.equal(run(['check', path.join(EXAMPLES, '2021-mistakes.md')]).code, 1);
    const seed002 = path.join(SEEDS, '002_09f2bbd014eb3e12.txt');
    assert.equal(run(['check', seed002]).code, 0);
    assert.equal(run(['check', '--max-warnings', '0', seed002]).code, 1);
    assert.equal(run(['check']).code, 2);
    assert.equal(run(['lint', 'x']).code, 2);
    assert.equal(run(['check', '--format', 'xml', seed002]).code, 2);
    assert.equal(run(['check', '--bogus', seed002]).code, 2);
    assert.equal(run(['--version']).code, 0);
    assert.match(run(['--help']).stdout, /gkreport check/);
  });

  test('text output is compiler style: path:line:col: severity rule-id message', () => {
    const file = path.join(EXAMPLES, '2021-mistakes.md');
    const { stdout } = run(['check', file]);
    const first = stdout.split('\n')[0];
    assert.match(first, /^.+2021-mistakes\.md:\d+:\d+: (error|warning|info|hint) [a-z-]+ .+$/);
  });

  test('the summary counts hints apart from infos: a new template\'s cells to fill are hints, and it has no error', () => {
    const template = reportTemplate({ era: '2021', year: '2024', unit: '某市某区人民政府办公室' });
    const { stdout, code } = run(['check', '--format', 'json', '-'], template);
    const { summary } = contract.parse(JSON.parse(stdout));
    assert.equal(code, 0);
    assert.equal(summary.errors, 0);
    assert.equal(summary.infos, 0);
    assert.ok(summary.hints > 100, JSON.stringify(summary));
    assert.ok(summary.warnings > 0 && summary.warnings < 20, JSON.stringify(summary));
    assert.equal(run(['check', '--max-warnings', '0', '-'], template).code, 1, 'an unfinished report does not pass a gate with no warnings');
    assert.match(run(['check', '-'], template).stdout, /个警告，0 个提示，\d+ 个提醒$/m);
  });

  test('the text format counts hints and lists the rest: an unfilled template is its warnings, not 200 cell lines', () => {
    const template = reportTemplate({ era: '2021', year: '2024', unit: '某市某区人民政府办公室' });
    const { summary } = contract.parse(JSON.parse(run(['check', '--format', 'json', '-'], template).stdout));
    const lines = run(['check', '-'], template).stdout.trimEnd().split('\n');
    const findingLines = lines.filter((line) => /^-:\d+:\d+: /.test(line));
    assert.equal(findingLines.length, summary.errors + summary.warnings + summary.infos);
    assert.ok(findingLines.every((line) => !/: hint /.test(line)), findingLines.join('\n'));
    // the hints are in the count, and the last line says where each one is
    assert.match(lines.at(-2)!, new RegExp(`，${summary.hints} 个提醒$`));
    assert.match(lines.at(-1)!, /^提醒不逐条列出.*--format json/);
    const clean = run(['check', path.join(EXAMPLES, '2021-complete.md')]).stdout.trimEnd().split('\n');
    assert.doesNotMatch(clean.at(-1)!, /提醒不逐条列出/, 'said only when a hint was left out');
  });

  test('stdin, and --report-format overrides detection', () => {
    const { stdout, code } = run(['check', '--format', 'json', '-'], makeReport({ omit: [6] }));
    assert.equal(code, 1);
    const json = contract.parse(JSON.parse(stdout));
    assert.equal(json.files[0].path, '-');
    assert.equal(json.files[0].format, '2021');
    const forced = JSON.parse(run(['check', '--format', 'json', '--report-format', '2019', '-'], makeReport()).stdout);
    assert.equal(forced.files[0].format, '2019');
  });

  test('an unreadable, missing or binary file is reported and the others are still checked (exit 2)', () => {
    const directory = tempDir();
    fs.writeFileSync(path.join(directory, 'a.md'), makeReport());
    fs.writeFileSync(path.join(directory, 'b.txt'), Buffer.from([0x00, 0x01, 0x02]));
    const { code, stdout } = run(['check', '--format', 'json', directory, path.join(directory, 'missing.md')]);
    assert.equal(code, 2);
    const json = JSON.parse(stdout);
    assert.equal(json.files.length, 3);
    assert.equal(json.files.find((file: { path: string }) => file.path.endsWith('a.md')).format, '2021');
    assert.ok(json.files.find((file: { path: string }) => file.path.endsWith('b.txt')).error);
  });

  test('--fix applies only the safe fixes; --fix-all also the ones to review (totals, inserted sections)', () => {
    const directory = tempDir();
    const file = path.join(directory, 'report.md');
    // the example's mistakes, and a 文号 in square brackets with a half-width comma after it
    fs.writeFileSync(file, `${fs.readFileSync(path.join(EXAMPLES, '2021-mistakes.md'), 'utf8')}\n依据穗府办[2012]41号文件,我办加强培训。\n`);
    const rulesNow = () => JSON.parse(run(['check', '--format', 'json', file]).stdout).files[0].diagnostics.map((d: { rule: string }) => d.rule) as string[];
    assert.ok(rulesNow().includes('doc-number-format') && rulesNow().includes('punctuation-width'));
    const { code, stderr } = run(['check', '--fix', file]);
    // what changed, by rule, in the rules' names
    assert.equal(stderr.trim(), `${file}：已修复 2 处（文号格式 1 处、全角标点 1 处）`);
    assert.equal(code, 1);
    // the 文号 brackets are fixed; the wrong totals and the missing section are left for the user to look at
    const afterFix = rulesNow();
    assert.ok(!afterFix.includes('doc-number-format') && !afterFix.includes('punctuation-width'), afterFix.join(', '));
    assert.match(fs.readFileSync(file, 'utf8'), /依据穗府办〔2012〕41号文件，我办加强培训。/);
    assert.ok(afterFix.includes('table-reconcile') && afterFix.includes('missing-section'), afterFix.join(', '));
    run(['check', '--fix-all', file]);
    // what no fix can do: the 表二 cell still holding XX, a warning at the table and a hint at the cell
    const left = JSON.parse(run(['check', '--format', 'json', file]).stdout).files[0].diagnostics.map((d: { rule: string; severity: string }) => `${d.rule} ${d.severity}`);
    assert.deepEqual(left, ['table-cell warning', 'table-cell hint']);
  });

  test('--fix-all is idempotent: a second run has nothing to fix (traditional seed, punctuation, duplicates)', () => {
    const directory = tempDir();
    const file = path.join(directory, 'seed003.txt');
    fs.copyFileSync(path.join(SEEDS, '003_8d49a21aa9e1143b.txt'), file);
    assert.match(run(['check', '--fix-all', file]).stderr, /已修复/);
    const once = fs.readFileSync(file, 'utf8');
    const second = run(['check', '--fix-all', file]);
    assert.doesNotMatch(second.stderr, /已修复/);
    assert.equal(fs.readFileSync(file, 'utf8'), once);
    const rules = JSON.parse(run(['check', '--format', 'json', file]).stdout).files[0].diagnostics.map((d: { rule: string }) => d.rule);
    for (const fixed of ['script-mixing', 'conversion-artifact', 'punctuation-width', 'duplicate-paragraph']) assert.ok(!rules.includes(fixed), fixed);
  });

  test('carryover-mismatch across the files given: the 2022 and 2023 reports of one unit', () => {
    const directory = tempDir();
    fs.writeFileSync(path.join(directory, '2022.md'), makeReport({ year: 2022, unit: '某区某局' }));
    fs.writeFileSync(path.join(directory, '2023.md'), makeReport({ year: 2023, unit: '某区某局' }));
    fs.writeFileSync(path.join(directory, 'other-2022.md'), makeReport({ year: 2022, unit: '另一单位' }));
    const json = JSON.parse(run(['check', '--format', 'json', directory]).stdout);
    const byFile = (name: string) => json.files.find((file: { path: string }) => file.path.endsWith(name)).diagnostics
      .filter((d: { rule: string }) => d.rule === 'carryover-mismatch');
    assert.ok(byFile('2023.md').length > 0);
    assert.match(byFile('2023.md')[0].message, /2022\.md/);
    assert.deepEqual(byFile('2022.md'), []);
    assert.equal(run(['check', '--format', 'json', path.join(directory, '2023.md')]).stdout.includes('carryover-mismatch'), false);
  });

  test('content-repeat across the files given: this year\'s report copied from last year\'s of the same unit', () => {
    const directory = tempDir();
    const fixtures = path.join(ROOT, 'test', 'fixtures', 'content-repeat');
    for (const name of ['2022.md', '2023.md']) fs.copyFileSync(path.join(fixtures, name), path.join(directory, name));
    const json = JSON.parse(run(['check', '--format', 'json', directory]).stdout);
    const byFile = (name: string) => json.files.find((file: { path: string }) => file.path.endsWith(name)).diagnostics
      .filter((d: { rule: string }) => d.rule === 'content-repeat');
    assert.deepEqual(byFile('2023.md').map((d: { severity: string; line: number }) => [d.severity, d.line]), [['info', 1]]);
    assert.match(byFile('2023.md')[0].message, /83% 的正文（10\/12 句）与上年报告（.*2022\.md）/);
    assert.deepEqual(byFile('2022.md'), []);
    assert.equal(run(['check', '--format', 'json', path.join(directory, '2023.md')]).stdout.includes('content-repeat'), false);
  });

  test('encodings: UTF-8 with BOM, UTF-16 with BOM and GB18030 are read; --fix writes each back in its own encoding', () => {
    const directory = tempDir();
    const text = `${makeReport()}\n本年度,我办加强领导。\n`;
    const files: [string, Buffer, (buffer: Buffer) => string][] = [
      ['bom.md', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]), (b) => b.subarray(3).toString('utf8')],
      ['utf16.md', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf16le')]), (b) => iconv.decode(b.subarray(2), 'utf16le')],
      ['gbk.md', iconv.encode(text, 'gb18030'), (b) => iconv.decode(b, 'gb18030')],
    ];
    for (const [name, bytes] of files) fs.writeFileSync(path.join(directory, name), bytes);
    const json = JSON.parse(run(['check', '--format', 'json', directory]).stdout);
    for (const file of json.files) {
      assert.equal(file.format, '2021', file.path);
      assert.ok(file.diagnostics.some((d: { rule: string }) => d.rule === 'punctuation-width'), file.path);
    }
    run(['check', '--fix', directory]);
    for (const [name, before, decode] of files) {
      const after = fs.readFileSync(path.join(directory, name));
      assert.equal(after[0], before[0], `${name} keeps its first bytes (BOM or not)`);
      assert.match(decode(after), /本年度，我办加强领导。/, name);
    }
  });

  test('a file in no known encoding is refused with a clear message, the others are checked', () => {
    const directory = tempDir();
    fs.writeFileSync(path.join(directory, 'a.md'), makeReport());
    fs.writeFileSync(path.join(directory, 'b.txt'), Buffer.from([0x80, 0xff, 0xfe, 0x80, 0x41]));
    const { code, stdout } = run(['check', '--format', 'json', directory]);
    assert.equal(code, 2);
    const json = JSON.parse(stdout);
    assert.match(json.files.find((file: { path: string }) => file.path.endsWith('b.txt')).error, /无法识别文件编码/);
    assert.equal(json.files.find((file: { path: string }) => file.path.endsWith('a.md')).format, '2021');
  });

  test('.gkreportrc.json is found upward from the file; an invalid one is exit 2 with a Chinese message', () => {
    const directory = tempDir();
    fs.mkdirSync(path.join(directory, 'sub'));
    const file = path.join(directory, 'sub', 'r.md');
    fs.writeFileSync(file, makeReport({ omit: [6] }));
    fs.writeFileSync(path.join(directory, '.gkreportrc.json'), JSON.stringify({ rules: { 'missing-section': 'off' } }));
    assert.equal(run(['check', file]).code, 0);
    fs.writeFileSync(path.join(directory, '.gkreportrc.json'), JSON.stringify({ rules: { 'missing-section': 'loud' } }));
    const bad = run(['check', file]);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /配置无效/);
    const explicit = path.join(directory, 'explicit.json');
    fs.writeFileSync(explicit, JSON.stringify({ rules: { 'missing-section': 'warning' } }));
    assert.equal(run(['check', '--config', explicit, file]).code, 0);
  });

  test('SARIF 2.1.0 with every rule and region', () => {
    const sarif = JSON.parse(run(['check', '--format', 'sarif', path.join(EXAMPLES, '2021-mistakes.md')]).stdout);
    assert.equal(sarif.version, '2.1.0');
    assert.equal(sarif.runs.length, 1);
    const reconcile = sarif.runs[0].tool.driver.rules.find((rule: { id: string }) => rule.id === 'table-reconcile');
    assert.equal(reconcile?.shortDescription.text, '勾稽关系：表格勾稽关系不成立');
    const result = sarif.runs[0].results[0];
    assert.ok(result.ruleId && result.level && result.message.text);
    assert.ok(result.locations[0].physicalLocation.region.startLine >= 1);
  });
});

describe('gkreport check --format csv', () => {
  test('a row per finding under the header, UTF-8 with a BOM, RFC 4180 quoting; an unreadable file is a file-error row', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gkreport-csv-'));
    const report = path.join(dir, 'report.md');
    // a half-width comma and a quotation mark on one line: the context field must be quoted, its quote doubled
    fs.writeFileSync(report, `${makeReport({ year: 2023, unit: '某区档案局' })}\n\n本年度共收到申请3件,其中"网上申请"2件。\n`);
    const binary = path.join(dir, 'binary.txt');
    fs.writeFileSync(binary, Buffer.from([0, 1, 2, 3, 0, 0, 255, 0]));
    const result = run(['check', '--format', 'csv', report, binary]);
    assert.ok(result.stdout.startsWith('\uFEFFpath,unit,year,rule,severity,line,column,message,context\r\n'), JSON.stringify(result.stdout.slice(0, 80)));
    const records = result.stdout.slice(1).split('\r\n');
    const comma = records.find((record) => record.includes('punctuation-width') && record.includes('“，”'));
    assert.ok(comma, records.join('\n'));
    assert.match(comma, /^.*report\.md,某区档案局,2023,punctuation-width,warning,\d+,\d+,"应为全角“，”，不是半角“,”。","本年度共收到申请3件,其中""网上申请""2件。"$/);
    assert.match(records[records.length - 1], /binary\.txt,,,file-error,error,,,[^,]+,$/);
  });
});
