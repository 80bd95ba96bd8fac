import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { buildSnippets, newReport, parseReport, TAB_STOPS, type SnippetFill } from '../../server/src/core';
import { check } from '../helpers/check';

describe('新建年度报告 and the report snippets: the unit, then the year', () => {
  test('the title names the unit before the year, and the statistics period follows the year', () => {
    const report = newReport({ unit: '某市某区档案局', year: 2023, kind: 'department' }, undefined);
    assert.equal(report.title, '某市某区档案局2023年政府信息公开工作年度报告');
    const [title, , intro] = report.text.split('\n');
    assert.equal(title, '# 某市某区档案局2023年政府信息公开工作年度报告');
    assert.equal(intro, '本报告由某市某区档案局编制。本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。');
    const parsed = parseReport(report.text);
    assert.equal(parsed.unitName, '某市某区档案局');
    assert.equal(parsed.year?.year, 2023);
    assert.equal(parsed.format, '2021');
  });

  test("a region's report of a 2019-era year: its title, its compiler sentence and its format follow the request", () => {
    const report = newReport({ unit: '某县人民政府', year: 2020, kind: 'region' }, undefined);
    assert.equal(report.title, '某县人民政府2020年政府信息公开工作年度报告');
    assert.match(report.text, /^本报告由某县人民政府根据本级政府各部门政府信息公开工作年度报告汇总编制。本报告中所列数据的统计期限自2020年1月1日起至2020年12月31日止。$/m);
    assert.equal(parseReport(report.text).format, '2019');
  });

  test("the report snippets' first tab stop is the unit, and the year is one tab stop wherever it is written", () => {
    for (const name of ['Annual report, 2021 format', 'Annual report, 2019 format', 'Annual report, 2008 era']) {
      const body = buildSnippets(TAB_STOPS)[name].body.join('\n');
      assert.match(body, /^# \$\{1:单位名称\}\$\{2:20\d\d\}年政府信息公开工作年度报告\n/, name);
      const yearStops = [...body.matchAll(/\$\{2:(\d{4})\}/g)];
      assert.equal(yearStops.length, 3, `${name}: the title and both ends of the statistics period`);
      assert.equal(new Set(yearStops.map((stop) => stop[1])).size, 1, name);
      assert.doesNotMatch(body.replace(/\$\{2:\d{4}\}/g, ''), /(?:19|20)\d\d年/, `${name}: no year written outside the year's tab stop`);
    }
  });

  test('a year typed into the snippet: the statistics period follows it, and no year-mismatch', () => {
    // the editor mirrors tab stop 2: what is typed into the title's year is written at every occurrence
    const typed: SnippetFill = {
      cell: () => '填写',
      text: (index, placeholder) => (index === 1 ? '某市某局' : index === 2 ? '2022' : placeholder),
    };
    const body = buildSnippets(typed)['Annual report, 2021 format'].body.join('\n');
    assert.match(body, /^# 某市某局2022年政府信息公开工作年度报告\n\n本报告由某市某局编制。本报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止。/);
    assert.deepEqual(check(body).filter((finding) => finding.ruleId === 'year-mismatch' || finding.ruleId === 'date-invalid'), []);
  });
});
