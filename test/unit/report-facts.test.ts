import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { analyze, createChecker, DEFAULT_CONFIG, reportFacts } from '../../server/src/core';

const ROOT = path.join(__dirname, '..', '..', '..');
const read = (...parts: string[]) => fs.readFileSync(path.join(ROOT, ...parts), 'utf8');
/** a converted web page of a district office's 2023 report; every equation holds (test/fixtures/layouts/README.md) */
const LAYOUT = read('test', 'fixtures', 'layouts', '2021-as-published.md');
const T3_NEW = '| 一、本年新收政府信息公开申请数量 | 118 | 9 | 1 | 0 | 2 | 3 | 133 |';
const T3_SUM = '| 三、本年度办理结果 （七）总计 | 118 | 10 | 1 | 0 | 2 | 2 | 133 |';
const T4_ROW = '| 6 | 1 | 0 | 1 | 8 | 3 | 0 | 1 | 1 | 5 | 1 | 0 | 0 | 0 | 1 |';

const planted = (from: string, to: string, text = LAYOUT) => {
  assert.ok(text.includes(from), from);
  return text.replace(from, to);
};

describe('report facts (the audit page, --summary csv)', () => {
  test('the 依申请 figures of a real 表三 and 表四: 本年新收 133; 予以公开 48 + 部分公开 25 of 133; 复议纠正 1 of 8; 诉讼纠正 0 of 5 + 1', () => {
    const facts = reportFacts(analyze(LAYOUT));
    assert.deepEqual(facts.applications, {
      newRequests: 133,
      disclosed: { part: 73, whole: 133, share: 73 / 133 },
      reconsiderationCorrected: { part: 1, whole: 8, share: 1 / 8 },
      litigationCorrected: { part: 0, whole: 6, share: 0 },
    });
    assert.equal(facts.unit, '某市某区人民政府办公室');
    assert.equal(facts.year, 2023);
    assert.equal(facts.format, '2021');
    assert.deepEqual(facts.counts, { error: 0, warning: 0, info: 0, hint: 0, reviewed: 0 });
    assert.deepEqual(facts.equations, { held: 42, total: 42 });
    assert.equal(facts.contentRepeat, undefined, 'no last year\'s report: no share, not 0');
    assert.equal(facts.publication, undefined, 'the page states no publication date');
  });

  test('a figure the report does not state, or states unreadably, is absent, never 0; a share over a zero total is absent', () => {
    const placeholder = reportFacts(analyze(planted(T3_NEW, T3_NEW.replace('| 133 |', '| XX |')))).applications;
    assert.equal(placeholder.newRequests, undefined);
    assert.ok(placeholder.disclosed, 'the other figures still read');
    const empty = reportFacts(analyze(planted(T3_NEW, T3_NEW.replace('| 133 |', '|  |')))).applications;
    assert.equal(empty.newRequests, undefined, 'an empty cell does not say 0');
    const dash = reportFacts(analyze(planted(T4_ROW, '| 6 | - | 0 | 1 | 8 | 3 | 0 | 1 | 1 | 5 | 1 | 0 | 0 | 0 | 1 |'))).applications;
    assert.deepEqual(dash.reconsiderationCorrected, { part: 0, whole: 8, share: 0 }, '"-" is written 0');
    const noResults = reportFacts(analyze(planted(T3_SUM, '| 三、本年度办理结果 （七）总计 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |'))).applications;
    assert.equal(noResults.disclosed, undefined, '73 of 0 is no share');
    const noTables = reportFacts(analyze(read('examples', '2014-appendix.txt')));
    assert.equal(noTables.format, '2008');
    assert.deepEqual(noTables.applications, {}, 'the 2008 format has no 表三 or 表四');
  });

  test('two 表三 in one report (several bodies in one text): which one is meant is unknown, so no figure from it', () => {
    const t3 = LAYOUT.slice(LAYOUT.indexOf('| （本列数据的勾稽关系为'), LAYOUT.indexOf('四、结转下年度继续办理') + '四、结转下年度继续办理 | 5 | 0 | 0 | 0 | 0 | 1 | 6 |'.length);
    const twice = planted('四、政府信息公开行政复议', `（二）下属单位\n\n${t3}\n\n四、政府信息公开行政复议`);
    const facts = reportFacts(analyze(twice));
    assert.equal(facts.applications.newRequests, undefined);
    assert.equal(facts.applications.disclosed, undefined);
    assert.ok(facts.applications.reconsiderationCorrected, '表四 is still one');
  });

  test('content repeat against last year\'s report of the unit: 10 of 12 counted sentences (test/fixtures/content-repeat)', () => {
    const checker = createChecker();
    checker.addFile({ uri: 'file:///reports/2022.md', text: read('test', 'fixtures', 'content-repeat', '2022.md'), config: DEFAULT_CONFIG, name: '2022.md' });
    const analysis = checker.check({ uri: 'file:///reports/2023.md', text: read('test', 'fixtures', 'content-repeat', '2023.md'), config: DEFAULT_CONFIG }).analysis;
    assert.deepEqual(reportFacts(analysis).contentRepeat, { copied: 10, counted: 12, share: 10 / 12, previous: '2022.md' });
  });

  test('the stated publication date against 条例 art. 49: a department by 31 January, a 人民政府 by 31 March, in days', () => {
    const unit = (name: string) => LAYOUT.replaceAll('某市某区人民政府办公室', name);
    const late = reportFacts(analyze(`${unit('某县卫生健康局').trimEnd()}\n\n某县卫生健康局\n2024年3月5日\n`));
    // 1 February … 5 March 2024: 29 days of February (a leap year) and 5 of March
    assert.deepEqual(late.publication, { date: '2024-03-05', deadline: '2024-01-31', daysLate: 34 });
    const region = reportFacts(analyze(`${unit('某县人民政府').trimEnd()}\n\n某县人民政府\n2024年3月5日\n`));
    assert.deepEqual(region.publication, { date: '2024-03-05', deadline: '2024-03-31', daysLate: 0 });
  });

  test('reviewed findings are counted apart, not in their severity; prose and punctuation counts by rule', () => {
    const text = planted('| 三、本年度办理结果 （一）予以公开 | 41 | 4 | 1 | 0 | 1 | 1 | 48 |', '| 三、本年度办理结果 （一）予以公开 | 41 | 4 | 1 | 0 | 1 | 1 | 49 |');
    const analysis = analyze(`${text.trimEnd()}\n\n全年共收到政府信息公开申请140件。\n`);
    const facts = reportFacts(analysis);
    assert.equal(facts.counts.error, 1, analysis.findings.map((finding) => finding.ruleId).join());
    assert.equal(facts.equations.held, 40);
    assert.equal(facts.proseMismatches, 1, 'the closing sentence says 140 against 表三\'s 133');
    const reviewed = analysis.findings.map((finding) => (finding.ruleId === 'table-reconcile' ? { ...finding, reviewed: { reason: '已与原件核对' } } : finding));
    const after = reportFacts(analysis, reviewed);
    assert.equal(after.counts.error, 0);
    assert.equal(after.counts.reviewed, 1);
  });

  test('punctuation: each half-width mark once, also when the rule sums them up in one finding at the title', () => {
    const marks = Array.from({ length: 25 }, (_, index) => `第${index + 1}项工作按期完成,效果良好。`).join('\n\n');
    const analysis = analyze(`${LAYOUT.trimEnd()}\n\n${marks}\n`);
    assert.ok(analysis.findings.some((finding) => finding.ruleId === 'punctuation-width' && finding.severity === 'warning' && /25/.test(finding.message)), 'the summary finding');
    assert.equal(reportFacts(analysis).punctuation, 25);
  });
});
