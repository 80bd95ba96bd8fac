import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyze, ERAS, LineIndex, parseReport } from '../../server/src/core';
import { Caches } from '../../server/src/core/cache/caches';
import { matchSection, parseHeadingLine } from '../../server/src/core/parse/headings';
import { foldLines } from '../../server/src/core/text/fold';
import { chineseNumeral, parseCellValue } from '../../server/src/core/text/numbers';
import { proseSentences } from '../../server/src/core/prose/quantities';
import { makeReport } from '../helpers/reports';
import { seed } from '../helpers/seeds';

/** One line read as a heading, folded as the parser folds it. */
function headingOf(text: string) {
  const [line] = new LineIndex(text).lines;
  return parseHeadingLine(line, foldLines(text, [line], new Map()).lines[0].text, new Caches());
}

describe('report model', () => {
  test('seed 000: 2014, 2008 era, simplified, title over two lines, four 附表 one cell per line', () => {
    const report = parseReport(seed('000'));
    assert.equal(report.format, '2008');
    assert.equal(report.year?.year, 2014);
    assert.equal(report.script, 'simplified');
    assert.equal(report.title?.text, '2014年广州市人民政府政务管理办公室政府信息公开年度报告');
    assert.equal(report.unitName, '广州市人民政府政务管理办公室');
    assert.deepEqual(report.tables.map((table) => [table.grid.layout, table.grid.caption?.text]), [
      ['lines', '附表1  主动公开数据统计表'], ['lines', '附表2  依申请公开数据统计表'],
      ['lines', '附表3  咨询情况统计表'], ['lines', '附表4  申诉情况统计表'],
    ]);
    const first = report.tables[0];
    assert.ok(first.kind === 'generic');
    assert.equal(first.breakdowns[0].items.length, 11);
  });

  test('seed 001: traditional script, headings without 、, 附表 as one cell per line', () => {
    const report = parseReport(seed('001'));
    assert.equal(report.script, 'traditional');
    assert.equal(report.year?.year, 2014);
    assert.equal(report.unitName, '广州市荔湾区人民政府');
    assert.deepEqual(report.sections.map((section) => section.heading.numeral), [1, 2, 3, 4, 5, 6, 7]);
    assert.equal(report.tables.length, 4);
    const breakdowns = report.tables.flatMap((table) => (table.kind === 'generic' ? table.breakdowns : []));
    assert.deepEqual(breakdowns.map((b) => [b.total.value.kind === 'number' ? b.total.value.value : null, b.items.length]), [[6404, 11], [91, 5], [91, 8]]);
  });

  test('seed 003: no title; the year comes from the body (2020), so the 2019 era; 表三 recognised', () => {
    const report = parseReport(seed('003'));
    assert.equal(report.title, undefined);
    assert.equal(report.year?.year, 2020);
    assert.equal(report.yearSource, 'body');
    assert.equal(report.format, '2019');
    assert.equal(report.script, 'traditional');
    assert.deepEqual(report.tables.map((table) => (table.kind === 'standard' ? table.spec.id : 'other')), ['t3', 't3']);
  });

  test('seed 002: a web page with navigation residue is still a 2017 report', () => {
    const report = parseReport(seed('002'));
    assert.equal(report.format, '2008');
    assert.equal(report.year?.year, 2017);
    assert.equal(report.tables.length, 0);
  });

  test('seed 004, an evaluation notice, is not an annual report', () => {
    const report = parseReport(seed('004'));
    assert.equal(report.format, 'unknown');
    assert.equal(report.isAnnualReport, false);
  });

  test('a note or a notice that mentions the annual report is not one (no missing-section on a memo)', () => {
    for (const text of [
      '# 备忘\n\n明天开会，讨论年报的写法。\n',
      '明天开会，讨论年报的写法。\n请各科室准备材料。\n',
      '# 关于做好2023年度年报工作的通知\n\n各科室：请于1月10日前报送材料。\n',
      '# 2023年度报告编写计划\n\n一、时间安排\n\n1月完成初稿。\n',
    ]) {
      const report = parseReport(text);
      assert.equal(report.isAnnualReport, false, text);
      assert.deepEqual(analyze(text).findings.map((finding) => finding.ruleId), [], text);
    }
  });

  test('a title naming the disclosure report makes a report even before its sections are written', () => {
    for (const title of ['某市某局2023年政府信息公开工作年度报告', '某区2023年政务公开工作年度报告', '某县人民政府2012年政府信息公开年报']) {
      assert.equal(parseReport(`# ${title}\n\n（正在起草）\n`).isAnnualReport, true, title);
    }
  });

  test('the era follows the year; the tables tell which layout was used', () => {
    assert.equal(parseReport(makeReport({ era: '2021', year: 2023 })).tableFormat, '2021');
    const old = parseReport(makeReport({ era: '2019', year: 2023 }));
    assert.equal(old.format, '2021');
    assert.equal(old.tableFormat, '2019');
  });

  test('the unit is the title without its year and the report\'s kind, wherever the year stands', () => {
    const unitOf = (title: string) => parseReport(`${title}\n一、总体情况\n本年度，我局认真贯彻落实《条例》。\n`).unitName;
    assert.equal(unitOf('某县人民政府2012年政府信息公开工作年度报告'), '某县人民政府');
    assert.equal(unitOf('2014年某市某区人民政府信息公开年度报告'), '某市某区人民政府');
    assert.equal(unitOf('某市某区人民政府办公室2023年度政府信息公开工作年度报告'), '某市某区人民政府办公室');
    assert.equal(unitOf('2021年某市生态环境局政务公开工作年度报告'), '某市生态环境局');
    // two units must never share a name: the old reading gave "政府" to every "…人民政府2012年政府信息公开…" title
    assert.notEqual(unitOf('某县人民政府2012年政府信息公开工作年度报告'), unitOf('某区人民政府2011年政府信息公开工作年度报告'));
  });

  test('without a title line, the unit comes from the report\'s name for itself', () => {
    const text = '根据《中华人民共和国政府信息公开条例》规定，某市某区某局编制了《某市某区某局2023年政府信息公开工作年度报告》。本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。\n一、总体情况\n2023年，我局认真贯彻落实《条例》。\n';
    const report = parseReport(text);
    assert.equal(report.title, undefined);
    assert.equal(report.unitName, '某市某区某局');
    // a report cited, not named ("根据《…2022年…年度报告》"), names no unit
    assert.equal(parseReport(text.replace('编制了《', '参照《')).unitName, undefined);
  });

  test('a format override wins over detection', () => {
    assert.equal(parseReport(seed('002'), { format: '2021' }).format, '2021');
  });

  test('every accepted heading variant in the format data matches its section', () => {
    for (const era of ERAS) for (const spec of era.sections) for (const variant of spec.variants) {
      const heading = headingOf(variant);
      assert.ok(heading, `${variant} is a heading`);
      assert.equal(matchSection(heading, era.sections)?.id, spec.id, `${era.id}: ${variant}`);
    }
  });

  test('headings: Markdown, bold, plain, full- or half-width, with or without 、', () => {
    const cases: [string, 1 | 2, number][] = [
      ['## 一、总体情况', 1, 1], ['**二、主动公开政府信息情况**', 1, 2], ['三 收到和处理', 1, 3], ['四.行政复议', 1, 4],
      ['（一）主动公开', 2, 1], ['(二)依申请公开', 2, 2], ['五 、存在的主要问题', 1, 5],
    ];
    for (const [text, level, numeral] of cases) {
      const heading = headingOf(text);
      assert.equal(heading?.level, level, text);
      assert.equal(heading?.numeral, numeral, text);
    }
    for (const prose of ['一是推进网上办事大厅建设。', '一年来，尽管我们做了不少工作', '2014年，我办认真贯彻落实']) {
      assert.equal(headingOf(prose), undefined, prose);
    }
  });

  test('headings: comments are invisible, in front of the number, inside it or in the title (found by the fuzz suite)', () => {
    for (const text of ['<!-- gkreport-disable -->五、存在的主要问题', '五<!-- gkreport-disable -->、存在的主要问题', '## 五、存在的<!-- 注 -->主要问题', '<!-- 跨\n行 -->五、存在的主要问题']) {
      const [heading] = parseReport(text).headings;
      assert.equal(heading?.numeral, 5, text);
      assert.equal(heading?.key, '存在的主要问题', text);
      assert.equal(text.slice(heading.titleSpan.start, heading.titleSpan.end).replace(/<!--[^]*-->/, ''), '存在的主要问题', text);
    }
  });

  test('comments are invisible to table labels: a breakdown row behind a comment is still one (found by the fuzz suite)', () => {
    const text = '附表1 主动公开情况统计\n指标\n数量\n主动公开信息数\n1230\n<!-- 注 -->其中：1.组织机构\n12\n2.规范性文件\n42\n';
    const [table] = parseReport(text).tables;
    assert.equal(table.kind, 'generic');
    assert.equal(table.breakdowns.length, 1);
    assert.deepEqual(table.breakdowns[0].items.map((item) => item.label), ['其中：1.组织机构', '2.规范性文件']);
  });

  test('cell values', () => {
    assert.deepEqual(parseCellValue('3,985,758'), { kind: 'number', value: 3985758, integer: true });
    assert.deepEqual(parseCellValue('１２'), { kind: 'number', value: 12, integer: true });
    assert.deepEqual(parseCellValue('-8'), { kind: 'number', value: -8, integer: true });
    assert.deepEqual(parseCellValue('12.5万元'), { kind: 'number', value: 12.5, integer: false });
    for (const blank of ['', '-', '—', '/', '无']) assert.equal(parseCellValue(blank).kind, 'blank', blank);
    for (const placeholder of ['XX', '（填写）', '…']) assert.equal(parseCellValue(placeholder).kind, 'placeholder', placeholder);
    assert.equal(parseCellValue('若干').kind, 'text');
  });

  test('prose quantities: Arabic and Chinese numerals, thousands separators, 万/亿, percentages; years are not counts', () => {
    const report = parseReport('2020年，共办理一百零五件，其中十二件、两件；接通1,525,075个，约128万人次，比例为3.9%。');
    const quantities = proseSentences(report, true).flatMap((sentence) => sentence.quantities);
    assert.deepEqual(quantities.map((quantity) => [quantity.value, quantity.unit]), [
      [105, '件'], [12, '件'], [2, '件'], [1525075, '个'], [1280000, '人次'], [3.9, '%'],
    ]);
    assert.equal(quantities[0].label, '共办理');
    assert.equal(quantities[5].decimals, 1);
  });

  test('Chinese numerals', () => {
    assert.deepEqual(['一', '十二', '二十', '两', '一百零五', '三十六'].map(chineseNumeral), [1, 12, 20, 2, 105, 36]);
    assert.equal(chineseNumeral('是'), undefined);
  });

  test('parsing never throws, whatever the input', () => {
    for (const text of ['', '\n\n\n', '|', '| | |\n| | |', '一、\n（一）', '\t\t\t', '1\n2\n3\n4', 'x'.repeat(10000), '\uFEFF\r\n\r']) {
      assert.doesNotThrow(() => parseReport(text));
    }
  });
});
