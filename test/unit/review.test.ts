import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import {
  createChecker, DEFAULT_CONFIG, normalisedSentence, reportStatus, resolveReviews, reviewJsonSchema, reviewKey, type Analysis, type Decision, type Finding, type ReviewInput,
} from '../../server/src/core';
import { seed } from '../helpers/seeds';
import { consistentNumbers, makeReport, setCell } from '../helpers/reports';

const ROOT = path.join(__dirname, '..', '..', '..');
const MISTAKES = fs.readFileSync(path.join(ROOT, 'examples', '2021-mistakes.md'), 'utf8');
const UNIT = '某市某区(含错误示例)人民政府办公室';
const PROSE = '全年新收政府信息公开申请72件，上年结转4件，均在法定期限内答复。';

function check(text: string, reviews?: ReviewInput, uri = 'file:///reports/2021.md'): Analysis {
  return createChecker().check({ uri, text, config: DEFAULT_CONFIG, ...(reviews ? { reviews } : {}) }).analysis;
}

const keysOf = (analysis: Analysis, rule: string) => analysis.findings.filter((finding) => finding.ruleId === rule).map((finding) => reviewKey(analysis.report, finding));
const decision = (rule: string, key: string, reason: string, report: Decision['report'] = { unit: UNIT, year: 2021 }): Decision => ({ report, rule, key, reason });
const of = (analysis: Analysis, rule: string): Finding[] => analysis.findings.filter((finding) => finding.ruleId === rule);

describe('review keys: what names a finding across edits elsewhere', () => {
  test('a table cell: the table, the row and the column in the template\'s words', () => {
    const analysis = check(MISTAKES);
    assert.deepEqual(keysOf(analysis, 'table-reconcile'), ['t3/本年新收/总计', 't3/予以公开/自然人', 't4/行政复议·总计']);
    // a result row under 三、本年度办理结果 › （三）不予公开: the levels below the outermost, without their numbers
    const nested = check(makeReport({ numbers: setCell(consistentNumbers('2021'), 'refused1', 'natural', '7') }));
    assert.deepEqual(keysOf(nested, 'table-reconcile'), ['t3/不予公开·属于国家秘密/自然人']);
  });

  test('every number cell of 表二, 表三 and 表四 of both eras has a key of its own', () => {
    for (const era of ['2019', '2021'] as const) {
      const analysis = check(makeReport({ era }));
      const keys: string[] = [];
      for (const table of analysis.report.tables) {
        if (table.kind !== 'standard') continue;
        for (const row of table.rows) for (const cell of row.cells) keys.push(reviewKey(analysis.report, { span: cell.cell.span })!);
      }
      assert.ok(keys.length > 100, `${era}: ${keys.length} cells`);
      assert.equal(new Set(keys).size, keys.length, `${era}: ${keys.filter((key, index) => keys.indexOf(key) !== index).join(', ')}`);
    }
  });

  test('prose: the sentence holding the finding, normalised, its figures kept', () => {
    const analysis = check(MISTAKES);
    assert.deepEqual(keysOf(analysis, 'prose-table-mismatch'), [PROSE]);
    assert.equal(normalisedSentence('  全年新收政府信息公开申请７２件,上年结转4件，\n  均在法定期限内答复。 '), PROSE);
    assert.notEqual(normalisedSentence('全年新收政府信息公开申请73件，上年结转4件，均在法定期限内答复。'), PROSE);
  });

  test('structure: the section, as the format names it (a real report of 2017 without its last section)', () => {
    const analysis = check(seed('002'));
    assert.deepEqual(keysOf(analysis, 'missing-section'), ['其他需要报告的事项']);
    const heading = check(makeReport().replace('二、主动公开政府信息情况', '二、主公开政府信息情况'));
    assert.deepEqual(keysOf(heading, 'heading-wording'), ['主动公开政府信息情况']);
  });
});

describe('review decisions applied to a check', () => {
  const reviews: ReviewInput = {
    decisions: [decision('prose-table-mismatch', PROSE, '表中不含上年结转'), decision('table-reconcile', 't3/本年新收/总计', '已与申请台账核对')],
  };

  test('the findings a decision names are reviewed, with its reason, and keep their severity', () => {
    const analysis = check(MISTAKES, reviews);
    assert.deepEqual(of(analysis, 'prose-table-mismatch').map((finding) => [finding.severity, finding.reviewed]), [['warning', { reason: '表中不含上年结转' }]]);
    assert.deepEqual(of(analysis, 'table-reconcile').map((finding) => finding.reviewed?.reason), ['已与申请台账核对', undefined, undefined]);
    assert.deepEqual(of(analysis, 'stale-review'), []);
  });

  test('paragraphs inserted above the findings: still reviewed', () => {
    const edited = MISTAKES.replace('## 一、总体情况\n', '## 一、总体情况\n\n本年度，我办新增政务公开专栏3个。\n\n全年召开新闻发布会12场，发布信息45条。\n');
    assert.notEqual(edited, MISTAKES);
    const analysis = check(edited, reviews);
    assert.equal(of(analysis, 'prose-table-mismatch')[0].reviewed?.reason, '表中不含上年结转');
    assert.equal(of(analysis, 'table-reconcile')[0].reviewed?.reason, '已与申请台账核对');
    assert.deepEqual(of(analysis, 'stale-review'), []);
  });

  test('the finding\'s own figure changed: the decision is stale, said once on the title, and the new finding is not reviewed', () => {
    const edited = MISTAKES.replace(PROSE, '全年新收政府信息公开申请75件，上年结转4件，均在法定期限内答复。');
    const analysis = check(edited, reviews);
    assert.equal(of(analysis, 'prose-table-mismatch')[0].reviewed, undefined);
    const stale = of(analysis, 'stale-review');
    assert.equal(stale.length, 1);
    assert.equal(stale[0].severity, 'info');
    assert.equal(edited.slice(stale[0].span.start, stale[0].span.end), '# 2021年某市某区（含错误示例）人民政府办公室政府信息公开工作年度报告');
    assert.equal(stale[0].message, `.gkreport-review.json 中的一条核实记录已不对应任何问题（规则 prose-table-mismatch，键“${PROSE}”，理由“表中不含上年结转”）：该问题已改正，或所在的句子、数字已改动。请从 .gkreport-review.json 中删除这条记录；如仍需核实，请对新的问题重新标记。`);
  });

  test('a decision about another report is not stale here; one by path applies to the report at that path', () => {
    const other = check(MISTAKES, { decisions: [decision('prose-table-mismatch', PROSE, '别的单位', { unit: '某市某局', year: 2021 })] });
    assert.deepEqual(of(other, 'stale-review'), []);
    assert.equal(of(other, 'prose-table-mismatch')[0].reviewed, undefined);
    const byPath = { decisions: [decision('prose-table-mismatch', PROSE, '按路径', { path: 'reports/2021.md' })] };
    assert.equal(of(check(MISTAKES, { ...byPath, path: 'reports/2021.md' }), 'prose-table-mismatch')[0].reviewed?.reason, '按路径');
    assert.equal(of(check(MISTAKES, { ...byPath, path: 'reports/2022.md' }), 'prose-table-mismatch')[0].reviewed, undefined);
  });

  test('a changed review file is applied to the kept check: the same report, no check repeated', () => {
    const checker = createChecker();
    const input = { uri: 'file:///reports/2021.md', text: MISTAKES, version: 1, config: DEFAULT_CONFIG };
    const first = checker.check(input).analysis;
    const reviewed = checker.current({ ...input, reviews })!;
    assert.equal(reviewed.report, first.report);
    assert.equal(reviewed.findings.filter((finding) => finding.reviewed).length, 2);
    // asked again with the same decisions: the same analysis (the server publishes a version once)
    assert.equal(checker.current({ ...input, reviews }), reviewed);
    const without = checker.current(input)!;
    assert.equal(without.findings.filter((finding) => finding.reviewed).length, 0);
    assert.deepEqual(without.findings, first.findings);
  });

  test('the status bar counts the errors left to fix, not the reviewed ones', () => {
    assert.equal(reportStatus(check(MISTAKES), 'zh-CN').errors, 4);
    assert.equal(reportStatus(check(MISTAKES, reviews), 'zh-CN').errors, 3);
    assert.equal(reportStatus(check(MISTAKES, reviews), 'zh-CN').warnings, 1);
  });

  test('a fix-all leaves a reviewed cell as written', () => {
    const checker = createChecker();
    const input = { uri: 'file:///reports/2021.md', text: MISTAKES, version: 1, config: DEFAULT_CONFIG, reviews };
    const cell = of(checker.check(input).analysis, 'table-reconcile')[0];
    const written = MISTAKES.slice(cell.span.start, cell.span.end);
    const fixed = checker.fixAll(MISTAKES, DEFAULT_CONFIG, {}, input.uri);
    assert.equal(fixed.text.slice(cell.span.start, cell.span.end), written);
    // the other two cells are fixed
    assert.equal(fixed.byRule['table-reconcile'], 2);
  });
});

describe('the review file: validated entry by entry', () => {
  test('a bad decision is skipped and named; the others apply', () => {
    const file = resolveReviews({
      version: 1,
      decisions: [
        { report: { unit: UNIT, year: 2021 }, rule: 'prose-table-mismatch', key: PROSE, reason: '已核实', date: '2022-01-20' },
        { report: { unit: UNIT }, rule: 'prose-table-mismatch', key: PROSE, reason: '缺年度' },
        { report: { path: 'a.md' }, rule: 'prose-table-mismach', key: PROSE, reason: '规则拼错' },
        { report: { path: 'a.md' }, rule: 'table-reconcile', key: 't3/本年新收/总计', reason: '  ' },
      ],
    }, 'zh-CN');
    assert.deepEqual(file.decisions.map((entry) => entry.reason), ['已核实']);
    assert.deepEqual(file.problems.map((problem) => problem.decision), [2, 3, 4]);
    assert.equal(file.problems[0].message, '第 2 条核实记录无效，已跳过（其他记录照常生效）：report 应写单位和年度（"unit" 和 "year"），或报告文件的相对路径（"path"）');
    assert.equal(file.problems[1].message, '第 3 条核实记录无效，已跳过（其他记录照常生效）：未知的规则 id“prose-table-mismach”');
    assert.match(file.problems[2].message, /^第 4 条核实记录无效，已跳过（其他记录照常生效）：reason: /);
    // zod's wording in the message's language: a clerk reads no "Too small: expected string"
    assert.doesNotMatch(file.problems[2].message, /Too small|expected|Invalid/);
    const english = resolveReviews({ version: 1, decisions: [{ report: { path: 'a.md' }, rule: 'table-reconcile', key: 't3', reason: '' }] }, 'en');
    assert.match(english.problems[0].message, /^decision 1 is invalid and was skipped \(the others apply\): reason: Too small/);
  });

  test('a file of the wrong shape gives no decision and says what it should be', () => {
    const file = resolveReviews({ version: 2, decisions: [{ report: { path: 'a.md' }, rule: 'table-reconcile', key: 't3', reason: 'x' }] }, 'zh-CN');
    assert.deepEqual(file.decisions, []);
    assert.equal(file.problems.length, 1);
    assert.match(file.problems[0].message, /^\.gkreport-review\.json 的格式不对：version: .*；应为一个对象，含 "version": 1 和 "decisions" 列表。其中的核实记录均未生效$/);
  });
});

describe('the review file\'s JSON schema (VS Code completes the file from it)', () => {
  test('it is the schema decisions are validated with, every rule id offered', () => {
    const schema = reviewJsonSchema() as { required: string[]; properties: { decisions: { items: { required: string[]; additionalProperties: boolean; properties: { rule: { enum: string[] } } } } } };
    assert.deepEqual(schema.required, ['version', 'decisions']);
    const item = schema.properties.decisions.items;
    assert.deepEqual(item.required, ['report', 'rule', 'key', 'reason']);
    assert.equal(item.additionalProperties, false);
    assert.ok(item.properties.rule.enum.includes('prose-table-mismatch') && item.properties.rule.enum.includes('stale-review'));
  });
});
