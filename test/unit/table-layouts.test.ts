import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { analyze, type StandardTable } from '../../server/src/core';
import { labelLevels } from '../../server/src/core/parse/labels';
import { check, ofRule } from '../helpers/check';

/** test/fixtures/layouts, seen from out/test/unit: reports written by hand the way real ones arrive (see its README) */
const LAYOUTS = path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'layouts');
const layout = (name: string) => fs.readFileSync(path.join(LAYOUTS, name), 'utf8');

function standard(text: string, id: 't2' | 't3' | 't4'): StandardTable[] {
  return analyze(text).report.tables.filter((table): table is StandardTable => table.kind === 'standard' && table.spec.id === id);
}

function equationCounts(text: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const instance of analyze(text).equations) counts[instance.id] = (counts[instance.id] ?? 0) + 1;
  return counts;
}

const errorsAndWarnings = (text: string) =>
  check(text).filter((finding) => finding.severity === 'error' || finding.severity === 'warning').map((finding) => `${finding.line}: ${finding.ruleId} ${finding.message}`);

/** the template's 表三 rows (2021: 25 leaf and total rows; 2019: 23, its （六）其他处理 has no items) and 表二 rows */
const CORRECT = [
  { file: '2021-as-published.md', era: '2021', t2Rows: 6, equations: { 'R3.1': 7, 'R3.2': 25, 'R3.3': 7 } },
  { file: '2021-browser-copy.txt', era: '2021', t2Rows: 6, equations: { 'R3.1': 7, 'R3.2': 25, 'R3.3': 7 } },
  { file: '2019-blocks.md', era: '2019', t2Rows: 8, equations: { 'R3.1': 7, 'R3.2': 23, 'R3.3': 7 } },
  // with 小计: R3.1 and R3.3 over 8 columns, R3.2 twice a row (小计 = the organisations, 总计 = 自然人 + 小计)
  { file: '2021-subheaders-parent-column.txt', era: '2021', t2Rows: 6, equations: { 'R3.1': 8, 'R3.2': 50, 'R3.3': 8 } },
  { file: '2021-pdf-text.txt', era: '2021', t2Rows: 6, equations: { 'R3.1': 8, 'R3.2': 50, 'R3.3': 8 } },
] as const;

describe('correct reports laid out as published give no error or warning', () => {
  for (const { file, era, t2Rows, equations } of CORRECT) {
    test(`${file}: nothing to report, one 表二 with every row, 表三 whole and its equations evaluated`, () => {
      const text = layout(file);
      assert.deepEqual(errorsAndWarnings(text), []);
      const t2 = standard(text, 't2');
      assert.equal(t2.length, 1, '表二 in blocks is one table');
      assert.deepEqual([t2[0].spec.era, t2[0].rows.length, t2[0].missingRows], [era, t2Rows, []]);
      const [t3] = standard(text, 't3');
      assert.deepEqual([t3.spec.era, t3.missingRows, t3.missingColumns], [era, [], []]);
      const counts = equationCounts(text);
      for (const [id, count] of Object.entries(equations)) assert.equal(counts[id], count, id);
    });
  }
});

describe('defects in tables laid out as published are caught', () => {
  test('2019, Markdown with flattened labels: 办理结果 rows adding up to more than （七）总计', () => {
    const text = layout('2019-blocks.md').replace('| 三、本年度办理结果（一）予以公开 | 30 | 2 | 0 | 0 | 1 | 0 | 33 |', '| 三、本年度办理结果（一）予以公开 | 32 | 2 | 0 | 0 | 1 | 0 | 35 |');
    const findings = ofRule(text, 'table-reconcile');
    assert.deepEqual(findings.map((finding) => [finding.under, /办理结果总计应等于各项办理结果之和/.test(finding.message), finding.message.match(/应为 (\d+)/)?.[1]]),
      [['86', true, '88'], ['94', true, '96']]);
  });

  for (const [file, row, wrong] of [
    ['2021-as-published.md', '| 三、本年度办理结果 （一）予以公开 | 41 |', '| 三、本年度办理结果 （一）予以公开 | 43 |'],
    ['2021-browser-copy.txt', '三、本年度办理结果\t（一）予以公开\t41\t', '三、本年度办理结果\t（一）予以公开\t43\t'],
  ] as const) {
    test(`${file}: the first row of a group, its parent label merged into it, is checked (予以公开 自然人 off by 2)`, () => {
      const findings = ofRule(layout(file).replace(row, wrong), 'table-reconcile');
      // one finding on the wrong cell: its row total and the column's 办理结果总计 both break, and 41 mends both
      assert.deepEqual(findings.map((finding) => [finding.under, finding.fix?.edit.text]), [['43', '41']]);
      assert.ok(findings[0].message.includes('R3.2 总计应等于各类申请人之和（“予以公开”行）；R3.3 办理结果总计应等于各项办理结果之和（“自然人”列）'), findings[0].message);
    });
  }

  test('a row missing from one block of 表二 is the only one reported, once', () => {
    const text = layout('2019-blocks.md').replace('| 行政强制 | 9 | 0 | 17 |\n', '');
    assert.deepEqual(ofRule(text, 'table-shape').map((finding) => finding.message), ['“主动公开政府信息情况”缺少 1 行或无法识别：“行政强制”。']);
  });

  test('表二 as one table with its 第二十条 sub-header rows: a missing row is named', () => {
    const text = layout('2021-subheaders-parent-column.txt').replace('| 行政处罚 | 129 | | |\n', '');
    assert.deepEqual(ofRule(text, 'table-shape').map((finding) => finding.message), ['“主动公开政府信息情况”缺少 1 行或无法识别：“行政处罚”。']);
  });

  test('parent label in its own column, blank below: a wrong 小计 in a child row is caught there', () => {
    const text = layout('2021-subheaders-parent-column.txt').replace('\t1.本机关不掌握相关政府信息\t13\t1\t0\t0\t1\t0\t2\t15', '\t1.本机关不掌握相关政府信息\t13\t1\t0\t0\t1\t0\t3\t16');
    const findings = ofRule(text, 'table-reconcile');
    assert.ok(findings.some((finding) => finding.under === '3' && finding.message.includes('（小计应等于法人或其他组织各列之和（“本机关不掌握相关政府信息”行））')),
      findings.map((finding) => finding.message).join('\n'));
  });

  test('PDF text: a wrong figure after a page footer is caught, with the fix on its own number', () => {
    const text = layout('2021-pdf-text.txt').replace('8.属于行政查询事项\n1 0 0 0 0 0 0 1', '8.属于行政查询事项\n1 0 0 0 0 0 0 2');
    const findings = ofRule(text, 'table-reconcile');
    assert.ok(findings.some((finding) => finding.under === '2' && finding.fix?.edit.text === '1'), findings.map((finding) => finding.message).join('\n'));
  });

  test('PDF text: a label wrapped onto a second line keeps the numbers after it; a misspelt label after a bare group label is not given its numbers', () => {
    const wrapped = layout('2021-pdf-text.txt')
      .replace('1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请\n', '1.申请人无正当理由逾期不补正、行政机关不再处理其政\n府信息公开申请\n')
      .replace('（二）部分公开（区分处理的，只计这一情形，不计其他情形）\n', '（二）部分公开（区分处理的，只计这一情形，不\n计其他情形）\n');
    assert.deepEqual(errorsAndWarnings(wrapped), []);
    assert.equal(ofRule(wrapped.replace('（七）总计\n53', '（七）总计\n54'), 'table-reconcile').length, 1);
    const misspelt = layout('2021-pdf-text.txt').replace('1.属于国家秘密\n', '1.属于国家机密事项\n');
    assert.deepEqual(check(misspelt).map((finding) => `${finding.ruleId} ${finding.message}`), ['table-shape “收到和处理政府信息公开申请情况”缺少 1 行或无法识别：“属于国家秘密”。']);
  });

  test('prose against 表三 whose header rows are shifted by lost spans: 共受理 93 against 本年新收 94', () => {
    const findings = ofRule(layout('2019-blocks.md').replace('共受理政府信息公开申请94件', '共受理政府信息公开申请93件'), 'prose-table-mismatch');
    assert.deepEqual(findings.map((finding) => [finding.under, finding.message]), [['93件', '表中为 94：正文“93件”（本年新收申请）与表格不一致。']]);
  });
});

describe('what is not one table stays apart', () => {
  test('two 表二 blocks with a sentence between them are not joined', () => {
    const text = layout('2019-blocks.md').replace('第二十条第（六）项', '以下为行政处罚和行政强制情况，数据来源于本局执法系统。');
    assert.equal(standard(text, 't2').length, 2);
  });

  test('blocks under different top-level sections are not joined', () => {
    const text = layout('2019-blocks.md').replace('第二十条第（九）项', '## 三、收到和处理政府信息公开申请情况');
    const [t2] = standard(text, 't2');
    assert.deepEqual([t2.rows.length, t2.missingRows], [7, ['procurement']]);
  });
});

describe('columns', () => {
  const t3Of = (text: string) => standard(text, 't3')[0];

  test('a 小计 column named in a shifted header: rows before the first bare group row keep their label', () => {
    const text = layout('2021-subheaders-parent-column.txt');
    const t3 = t3Of(text);
    assert.deepEqual(t3.columnIds, ['natural', 'business', 'research', 'nonprofit', 'legal', 'others', 'subtotal', 'total']);
    assert.deepEqual(t3.rows.slice(0, 2).map((row) => [row.rowId, row.cells.length]), [['new', 8], ['carried', 8]]);
  });

  test('no header at all: the rows\' eight numbers mean the 小计 column is there, seven that it is not', () => {
    const body = layout('2021-as-published.md');
    const start = body.indexOf('| （本列数据');
    const headerless = body.slice(0, start) + '| 一、本年新收政府信息公开申请数量 | 118 | 9 | 1 | 0 | 2 | 3 | 133 |\n|---|---|---|---|---|---|---|---|\n' + body.slice(body.indexOf('| 二、上年结转'));
    assert.deepEqual(t3Of(headerless).columnIds, ['natural', 'business', 'research', 'nonprofit', 'legal', 'others', 'total']);
    assert.deepEqual(errorsAndWarnings(headerless).filter((line) => line.includes('table-')), []);
    const withSubtotal = layout('2021-subheaders-parent-column.txt').replace(/^（本列数据.*\n.*\n.*\n/m, '');
    assert.deepEqual(t3Of(withSubtotal).columnIds, ['natural', 'business', 'research', 'nonprofit', 'legal', 'others', 'subtotal', 'total']);
  });

  test('blank 法人 cells in tab-separated rows are cells without a value, not missing columns', () => {
    const text = layout('2021-browser-copy.txt').replace('二、上年结转政府信息公开申请数量\t5\t1\t0\t0\t0\t0\t6', '二、上年结转政府信息公开申请数量\t5\t1\t\t\t\t\t6');
    const carried = t3Of(text).rows.find((row) => row.rowId === 'carried')!;
    assert.deepEqual(carried.cells.map((cell) => [cell.columnId, cell.value.kind]),
      [['natural', 'number'], ['business', 'number'], ['research', 'blank'], ['nonprofit', 'blank'], ['legal', 'blank'], ['others', 'blank'], ['total', 'number']]);
  });
});

describe('label levels of a flattened label cell', () => {
  for (const [label, levels] of [
    ['三、本年度办理结果(三)不予公开1.属于国家秘密', ['三、本年度办理结果', '(三)不予公开', '1.属于国家秘密']],
    ['(四)无法提供1.本机关不掌握相关政府信息', ['(四)无法提供', '1.本机关不掌握相关政府信息']],
    ['三、本年度办理结果(七)总计', ['三、本年度办理结果', '(七)总计']],
    // numerals inside a label are not levels
    ['3.危及三安全一稳定', ['3.危及三安全一稳定']],
    ['(二)部分公开(区分处理的,只计这一情形,不计其他情形)', ['(二)部分公开(区分处理的,只计这一情形,不计其他情形)']],
    ['2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', ['2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请']],
    ['本年收费金额(单位:万元)', ['本年收费金额(单位:万元)']],
  ] as const) {
    test(label, () => assert.deepEqual(labelLevels(label), levels));
  }
});

describe('prose figures of a named body are not compared with the report\'s 表三', () => {
  const text = layout('2021-as-published.md');
  const at = '办结133件，结转下年度继续办理6件。';

  test('"其中区教育局收到政府信息公开申请20件" is silent; the report\'s own figure is compared', () => {
    assert.deepEqual(ofRule(text.replace(at, `${at}其中区教育局共收到政府信息公开申请20件。`), 'prose-table-mismatch'), []);
    assert.equal(ofRule(text.replace(at, `${at}本机关共收到政府信息公开申请20件。`), 'prose-table-mismatch').length, 1);
  });
});
