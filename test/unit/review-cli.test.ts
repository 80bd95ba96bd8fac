import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { runCli } from '../../server/src/cli/main';

const ROOT = path.join(__dirname, '..', '..', '..');
const MISTAKES = fs.readFileSync(path.join(ROOT, 'examples', '2021-mistakes.md'), 'utf8');
const UNIT = '某市某区(含错误示例)人民政府办公室';

function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runCli(args, { stdout: (text) => out.push(text), stderr: (text) => err.push(text), readStdin: () => '' });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

interface Json {
  files: { diagnostics: { rule: string; severity: string; message: string; line: number; reviewed?: { reason: string } }[] }[];
  summary: { errors: number; warnings: number; infos: number; hints: number; reviewed: number };
}

/** a folder with reports/2021.md and a review file at its root */
function project(decisions: unknown[], text = MISTAKES): { file: string; review: string } {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'gkreport-review-'));
  fs.mkdirSync(path.join(directory, 'reports'));
  const file = path.join(directory, 'reports', '2021.md');
  fs.writeFileSync(file, text);
  const review = path.join(directory, '.gkreport-review.json');
  fs.writeFileSync(review, JSON.stringify({ version: 1, decisions }, null, 2));
  return { file, review };
}

const ALL_ERRORS = [
  { report: { unit: UNIT, year: 2021 }, rule: 'missing-section', key: '其他需要报告的事项', reason: '本年无其他事项，按惯例不写' },
  { report: { unit: UNIT, year: 2021 }, rule: 'table-reconcile', key: 't3/本年新收/总计', reason: '含上年结转，已核实', date: '2022-01-20' },
  { report: { path: 'reports/2021.md' }, rule: 'table-reconcile', key: 't3/予以公开/自然人', reason: '已与台账核对' },
  { report: { unit: UNIT, year: 2021 }, rule: 'table-reconcile', key: 't4/行政复议·总计', reason: '一案撤回' },
];

describe('gkreport CLI: review decisions (.gkreport-review.json found upward)', () => {
  test('JSON: reviewed findings keep their severity and carry the reason; summary.reviewed counts them apart', () => {
    const { file } = project(ALL_ERRORS.slice(1, 2));
    const { code, stdout } = run(['check', '--format', 'json', file]);
    const json = JSON.parse(stdout) as Json;
    const reconcile = json.files[0].diagnostics.filter((diagnostic) => diagnostic.rule === 'table-reconcile');
    assert.deepEqual(reconcile.map((diagnostic) => [diagnostic.severity, diagnostic.reviewed]), [
      ['error', { reason: '含上年结转，已核实' }], ['error', undefined], ['error', undefined],
    ]);
    assert.equal(json.summary.reviewed, 1);
    // missing-section and two table-reconcile errors are left
    assert.equal(json.summary.errors, 3);
    assert.equal(code, 1);
  });

  test('every error reviewed: exit code 0, and the text output marks them and counts them apart', () => {
    const { file } = project(ALL_ERRORS);
    const json = run(['check', '--format', 'json', file]);
    assert.equal(json.code, 0);
    assert.deepEqual((JSON.parse(json.stdout) as Json).summary, { files: 1, errors: 0, warnings: 2, infos: 0, hints: 1, reviewed: 4 });
    const { code, stdout } = run(['check', file]);
    assert.equal(code, 0);
    assert.match(stdout, /:\d+:\d+: error table-reconcile 应为 72：.* \[已核实：含上年结转，已核实\]\n/);
    assert.match(stdout, /共 1 个文件：0 个错误，2 个警告，0 个提示，1 个提醒；另有 4 个已核实$/m);
    const english = run(['check', '--locale', 'en', file]);
    assert.match(english.stdout, / \[reviewed: 含上年结转，已核实\]\n/);
    assert.match(english.stdout, /1 file\(s\): 0 error\(s\), 2 warning\(s\), 0 info\(s\), 1 hint\(s\); 4 more reviewed$/m);
  });

  test('reviewed warnings do not count for --max-warnings', () => {
    const warning = { report: { unit: UNIT, year: 2021 }, rule: 'prose-table-mismatch', key: '全年新收政府信息公开申请72件，上年结转4件，均在法定期限内答复。', reason: '正文含上年结转' };
    const table = { report: { unit: UNIT, year: 2021 }, rule: 'table-cell', key: 't2', reason: '行政处罚另行公开' };
    const cell = { report: { unit: UNIT, year: 2021 }, rule: 'table-cell', key: 't2/行政处罚/本年处理决定数量', reason: '行政处罚另行公开' };
    const { file } = project([...ALL_ERRORS, warning, table, cell]);
    const { code, stdout } = run(['check', '--format', 'json', '--max-warnings', '0', file]);
    assert.equal((JSON.parse(stdout) as Json).summary.warnings, 0);
    assert.equal(code, 0);
    // the same report with its warnings not reviewed: over --max-warnings 0
    assert.equal(run(['check', '--format', 'json', '--max-warnings', '0', project(ALL_ERRORS).file]).code, 1);
  });

  test('SARIF: a reviewed result is suppressed externally with the reason; CSV keeps its columns, the reason after the message', () => {
    const { file } = project(ALL_ERRORS.slice(1, 2));
    const sarif = JSON.parse(run(['check', '--format', 'sarif', file]).stdout) as { runs: { results: { ruleId: string; level: string; suppressions?: unknown[] }[] }[] };
    const results = sarif.runs[0].results.filter((result) => result.ruleId === 'table-reconcile');
    assert.deepEqual(results.map((result) => [result.level, result.suppressions]), [
      ['error', [{ kind: 'external', status: 'accepted', justification: '含上年结转，已核实' }]], ['error', undefined], ['error', undefined],
    ]);
    const csv = run(['check', '--format', 'csv', file]).stdout.replace(/^\uFEFF/, '').split('\r\n');
    assert.equal(csv[0], 'path,unit,year,rule,severity,line,column,message,context');
    const row = csv.find((line) => line.includes('[已核实：含上年结转，已核实]'));
    assert.ok(row, csv.join('\n'));
    assert.match(row, /,table-reconcile,error,\d+,\d+,应为 72：/);
  });

  test('a decision whose finding is gone is a stale-review info; one about another report is not', () => {
    const { file } = project([
      { report: { unit: UNIT, year: 2021 }, rule: 'prose-sum', key: '全年主动公开政府信息1280条。', reason: '旧的记录' },
      { report: { unit: '某市某局', year: 2021 }, rule: 'prose-sum', key: '全年主动公开政府信息1280条。', reason: '别的报告' },
    ]);
    const json = JSON.parse(run(['check', '--format', 'json', file]).stdout) as Json;
    const stale = json.files[0].diagnostics.filter((diagnostic) => diagnostic.rule === 'stale-review');
    assert.equal(stale.length, 1);
    assert.equal(stale[0].severity, 'info');
    assert.equal(stale[0].line, 1);
    assert.match(stale[0].message, /（规则 prose-sum，键“全年主动公开政府信息1280条。”，理由“旧的记录”）/);
  });

  test('a broken review file: one message with its path and what is wrong, no decision from it, exit code 2', () => {
    const { file, review } = project([]);
    fs.writeFileSync(review, '{ "version": 1, "decisions": [ { "rule": "table-reconcile", } ] }');
    const { code, stdout, stderr } = run(['check', '--format', 'json', file]);
    assert.equal(code, 2);
    const lines = stderr.split('\n').filter((line) => line.includes('.gkreport-review.json'));
    assert.equal(lines.length, 1, stderr);
    assert.match(lines[0], new RegExp(`^${review.replace(/[.\\]/g, '\\$&')}: \\.gkreport-review\\.json 不是有效的 JSON：.+；其中的核实记录均未生效$`));
    assert.equal((JSON.parse(stdout) as Json).summary.reviewed, 0);
  });

  test('a bad decision is skipped and named (exit code 2, as for an invalid .gkreportrc.json); the others apply', () => {
    const { file, review } = project([{ report: { unit: UNIT }, rule: 'table-reconcile', key: 't3/予以公开/自然人', reason: '缺年度' }, ...ALL_ERRORS]);
    const { code, stdout, stderr } = run(['check', '--format', 'json', file]);
    assert.equal(stderr, `${review}: 第 1 条核实记录无效，已跳过（其他记录照常生效）：report 应写单位和年度（"unit" 和 "year"），或报告文件的相对路径（"path"）`);
    assert.equal((JSON.parse(stdout) as Json).summary.reviewed, 4);
    assert.equal(code, 2);
  });
});
