import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyze, type StandardTable } from '../../server/src/core';
import { ofRule } from '../helpers/check';

// 表三 in which every term of every equation is non-zero somewhere, with the 小计 column and every subtotal row
// filled: dropping any term from an equation, or switching off an equation, shows. The figures are written by hand.
// Laid out as copied from a web page, one cell per line: a pipe or TSV 表三 with a 小计 column is not recognised yet.

const RULE = 'table-reconcile';
const COLUMNS = ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '小计', '总计'] as const;
type Column = (typeof COLUMNS)[number];
/** a label, then its figures in the order of COLUMNS (none for a label-only row) */
type Row = { readonly label: string; readonly values: readonly string[] };

const rows = (text: string): Row[] => text.trim().split('\n').map((line) => {
  const [label, values = ''] = line.split('\t');
  return { label, values: values.split(' ').filter(Boolean) };
});

const HEAD = rows(`
一、本年新收政府信息公开申请数量\t124 11 2 2 2 4 21 145
二、上年结转政府信息公开申请数量\t5 1 0 0 1 0 2 7
三、本年度办理结果
（一）予以公开\t41 4 1 1 1 1 8 49
（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t22 2 1 0 0 1 4 26
（三）不予公开\t12 2 0 0 0 0 2 14
1.属于国家秘密\t1 0 0 0 0 0 0 1
2.其他法律行政法规禁止公开\t1 0 0 0 0 0 0 1
3.危及“三安全一稳定”\t1 0 0 0 0 0 0 1
4.保护第三方合法权益\t2 1 0 0 0 0 1 3
5.属于三类内部事务信息\t1 0 0 0 0 0 0 1
6.属于四类过程性信息\t3 1 0 0 0 0 1 4
7.属于行政执法案卷\t2 0 0 0 0 0 0 2
8.属于行政查询事项\t1 0 0 0 0 0 0 1
（四）无法提供\t33 2 0 1 2 0 5 38
1.本机关不掌握相关政府信息\t27 2 0 1 1 0 4 31
2.没有现成信息需要另行制作\t4 0 0 0 0 0 0 4
3.补正后申请内容仍不明确\t2 0 0 0 1 0 1 3
（五）不予处理\t8 0 0 0 0 1 1 9
1.信访举报投诉类申请\t3 0 0 0 0 0 0 3
2.重复申请\t2 0 0 0 0 0 0 2
3.要求提供公开出版物\t1 0 0 0 0 0 0 1
4.无正当理由大量反复申请\t1 0 0 0 0 0 0 1
5.要求行政机关确认或重新出具已获取信息\t1 0 0 0 0 1 1 2
`);

const OTHER_2021 = rows(`
（六）其他处理\t7 1 0 0 0 0 1 8
1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请\t5 1 0 0 0 0 1 6
2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请\t1 0 0 0 0 0 0 1
3.其他\t1 0 0 0 0 0 0 1
`);

const OTHER_2019 = rows('（六）其他处理\t7 1 0 0 0 0 1 8');

const TAIL = rows(`
（七）总计\t123 11 2 2 3 3 21 144
四、结转下年度继续办理\t6 1 0 0 0 1 2 8
`);

type Era = '2019' | '2021';
const ERAS: Era[] = ['2019', '2021'];
const YEAR = { '2019': 2020, '2021': 2022 };

interface Table3 {
  readonly columns: readonly Column[];
  readonly rows: readonly Row[];
}

const TABLE: Record<Era, Table3> = {
  '2019': { columns: COLUMNS, rows: [...HEAD, ...OTHER_2019, ...TAIL] },
  '2021': { columns: COLUMNS, rows: [...HEAD, ...OTHER_2021, ...TAIL] },
};

function asLines(table: Table3): string {
  return ['申请人情况', ...table.columns, ...table.rows.flatMap((row) => [row.label, ...row.values])].join('\n');
}

function report(era: Era, table: Table3, layout: (table: Table3) => string = asLines): string {
  return [`${YEAR[era]}年某市某局政府信息公开工作年度报告`, '', '三、收到和处理政府信息公开申请情况', '', layout(table), ''].join('\n');
}

function mapRow(table: Table3, label: string, change: (row: Row) => Row): Table3 {
  if (!table.rows.some((row) => row.label === label)) throw new Error(`no row ${label}`);
  return { ...table, rows: table.rows.map((row) => (row.label === label ? change(row) : row)) };
}

function setCell(table: Table3, label: string, column: Column, text: string): Table3 {
  const at = table.columns.indexOf(column);
  return mapRow(table, label, (row) => ({ ...row, values: row.values.map((value, index) => (index === at ? text : value)) }));
}

/** A subtotal row left without figures, as many reports leave the （三）（四）（五）（六） rows. */
function blankRow(table: Table3, label: string): Table3 {
  return mapRow(table, label, (row) => ({ ...row, values: [] }));
}

function withoutColumn(table: Table3, column: Column): Table3 {
  const at = table.columns.indexOf(column);
  return {
    columns: table.columns.filter((_, index) => index !== at),
    rows: table.rows.map((row) => ({ ...row, values: row.values.filter((_, index) => index !== at) })),
  };
}

function table3(text: string): StandardTable {
  const table = analyze(text).report.tables.find((candidate): candidate is StandardTable => candidate.kind === 'standard' && candidate.spec.id === 't3');
  assert.ok(table, '表三 recognised');
  return table;
}

/** 2019: （六）其他处理 is one row of figures, not a subtotal */
const SUBTOTALS: Record<Era, readonly string[]> = {
  '2019': ['（三）不予公开', '（四）无法提供', '（五）不予处理'],
  '2021': ['（三）不予公开', '（四）无法提供', '（五）不予处理', '（六）其他处理'],
};

/**
 * Of the subtotal rows only `label` keeps its figures; in Markdown, where a blank row still has its (empty) cells,
 * so an equation over it could be built. Without 小计: with it a Markdown 表三 is not recognised yet.
 */
function onlyFilled(era: Era, label: string): Table3 {
  return SUBTOTALS[era].filter((other) => other !== label).reduce(blankRow, withoutColumn(TABLE[era], '小计'));
}

/** The same table in Markdown, for a table without 小计 (with 小计 it is not recognised in Markdown yet). */
function asPipe(table: Table3): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(['申请人情况', ...table.columns]), `|${'---|'.repeat(table.columns.length + 1)}`,
    ...table.rows.map((row) => line([row.label, ...(row.values.length ? row.values : table.columns.map(() => ''))]))].join('\n');
}

describe('表三 equations on a table where every term is non-zero', () => {
  for (const era of ERAS) {
    describe(`${era} format`, () => {
      test('the table with 小计 and every subtotal row filled is read whole and adds up', () => {
        const text = report(era, TABLE[era]);
        const table = table3(text);
        assert.equal(table.spec.era, era);
        assert.deepEqual(table.columnIds, ['natural', 'business', 'research', 'nonprofit', 'legal', 'others', 'subtotal', 'total']);
        assert.deepEqual(table.missingRows, []);
        assert.deepEqual(ofRule(text, RULE), []);
      });

      test('without the 小计 column it adds up too (总计 = 自然人 + each organisation column), one cell per line or in Markdown', () => {
        const table = withoutColumn(TABLE[era], '小计');
        for (const text of [report(era, table), report(era, table, asPipe)]) {
          assert.deepEqual(table3(text).columnIds, ['natural', 'business', 'research', 'nonprofit', 'legal', 'others', 'total']);
          assert.deepEqual(ofRule(text, RULE), []);
        }
      });

      test('without the 小计 column a wrong 社会公益组织 figure breaks 总计 = the sum over all applicant types', () => {
        const findings = ofRule(report(era, setCell(withoutColumn(TABLE[era], '小计'), '（一）予以公开', '社会公益组织', '2')), RULE);
        assert.equal(findings.length, 1, findings.map((finding) => finding.message).join('\n'));
        assert.ok(findings[0].message.includes('总计应等于各类申请人之和'), findings[0].message);
        assert.equal(findings[0].fix?.edit.text, '1');
      });

      const subtotals = SUBTOTALS[era];
      const WRONG: Record<string, { wrong: string; right: string }> = {
        '（三）不予公开': { wrong: '13', right: '12' },
        '（四）无法提供': { wrong: '30', right: '33' },
        '（五）不予处理': { wrong: '9', right: '8' },
        '（六）其他处理': { wrong: '6', right: '7' },
      };
      for (const label of subtotals) {
        test(`a wrong 自然人 figure in the subtotal row ${label} is caught there, expecting the sum of its items`, () => {
          const { wrong, right } = WRONG[label];
          const findings = ofRule(report(era, setCell(TABLE[era], label, '自然人', wrong)), RULE);
          assert.equal(findings.length, 1, findings.map((finding) => finding.message).join('\n'));
          assert.equal(findings[0].under, wrong);
          assert.ok(findings[0].message.includes('小计应等于其所含各项之和'), findings[0].message);
          assert.equal(findings[0].fix?.edit.text, right);
        });

        test(`only ${label} filled among the subtotal rows (Markdown, blank cells): the blank ones are not checked`, () => {
          const text = report(era, onlyFilled(era, label), asPipe);
          const { rows } = table3(text);
          for (const blank of SUBTOTALS[era].filter((other) => other !== label)) {
            const row = rows.find((candidate) => candidate.label === blank);
            // a bare group label: a row without values (no equation over its blanks), not a short one
            assert.deepEqual([row?.cells.length, row?.short], [0, false], `${blank} is a bare label`);
          }
          assert.deepEqual(ofRule(text, RULE), []);
          // the filled one still is
          const wrong = report(era, setCell(onlyFilled(era, label), label, '自然人', WRONG[label].wrong), asPipe);
          assert.equal(ofRule(wrong, RULE).length, 1);
        });
      }

      // a column left out of the header: the equations that do not need it are still checked
      for (const missing of ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'] as const) {
        test(`with 小计 but no ${missing} column, 总计 = 自然人 + 小计 is still checked`, () => {
          const table = withoutColumn(TABLE[era], missing);
          const findings = ofRule(report(era, setCell(table, '（一）予以公开', '自然人', '42')), RULE);
          assert.equal(findings.length, 1, findings.map((finding) => finding.message).join('\n'));
          assert.ok(findings[0].message.includes('总计应等于自然人与小计之和'), findings[0].message);
          assert.equal(findings[0].fix?.edit.text, '41');
        });
      }
      for (const missing of ['自然人', '总计'] as const) {
        test(`with 小计 but no ${missing} column, 小计 = the organisation columns is still checked`, () => {
          const table = withoutColumn(TABLE[era], missing);
          const findings = ofRule(report(era, setCell(table, '（一）予以公开', '商业企业', '5')), RULE);
          assert.equal(findings.length, 1, findings.map((finding) => finding.message).join('\n'));
          assert.ok(findings[0].message.includes('小计应等于法人或其他组织各列之和'), findings[0].message);
          assert.equal(findings[0].fix?.edit.text, '4');
        });
      }
    });
  }
});
