import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ERA_DATA, ERAS, erasSchema } from '../../server/src/core/formats';
import { CROSS_YEAR_DATA, crossYearSchema } from '../../server/src/core/formats/carryover';
import { CLAIM_DATA, claimsSchema } from '../../server/src/core/formats/claims';
import { EN } from '../../server/src/core/rules/catalog';
import { ZH_CN } from '../../server/src/core/rules/catalog';
import { table, type EquationInput } from '../../server/src/core/formats/ids';
import type { CellRef } from '../../server/src/core/formats/refs';
import { cellRefProblem } from '../../server/src/core/formats/resolve';
import type { T3ColumnId, T3RowId } from '../../server/src/core/formats/table3';

type EraInput = (typeof ERA_DATA)[number];
type TableInput = EraInput['tables'][number];
/** claims as the schema takes them: any strings, the way a typo would arrive if the types were bypassed */
type LooseClaims = { id: string; sums: string[][] }[];

/** A copy of the real format data with one table of one era changed. */
function withTable(era: string, table: string, change: (spec: TableInput) => void): EraInput[] {
  const copy = structuredClone(ERA_DATA);
  const spec = copy.find((candidate) => candidate.id === era)!.tables.find((candidate) => candidate.id === table)!;
  change(spec);
  return copy;
}

function refusal(data: unknown): string[] {
  const result = erasSchema.safeParse(data);
  assert.equal(result.success, false, 'the altered data must be refused');
  return result.error!.issues.map((issue) => issue.message);
}

const ALL_TABLES = ERAS.flatMap((era) => era.tables);

describe('format data checks itself at load', () => {
  test('the real data loads, claims included', () => {
    assert.equal(erasSchema.safeParse(ERA_DATA).success, true);
    assert.equal(claimsSchema(ALL_TABLES).safeParse(CLAIM_DATA).success, true);
  });

  test('a condition naming no row or column is refused with table and equation', () => {
    const data = withTable('2021', 't3', (spec) => {
      const equation = spec.equations[2];
      assert.deepEqual([equation.id, equation.when], ['R3.2', ['subtotal']]);
      equation.when = ['subtotals'];
    });
    assert.deepEqual(refusal(data), ['2021 t3 equation R3.2 (#2): when names "subtotals", which is neither a row nor a column of t3']);
  });

  test('a renamed term is refused', () => {
    const data = withTable('2019', 't3', (spec) => {
      assert.deepEqual(spec.equations[0].left, ['new', 'carried']);
      spec.equations[0].left = ['new', 'carryover'];
    });
    assert.deepEqual(refusal(data), ['2019 t3 equation R3.1 (#0): left names "carryover", which is not a row of t3 (each: column)']);
  });

  test('an equation computing a cell that is not one of its terms is refused (计算合计 would fill the wrong cell)', () => {
    const data = withTable('2021', 't3', (spec) => {
      assert.equal(spec.equations[0].computes, 'forward');
      spec.equations[0].computes = 'open';
    });
    assert.deepEqual(refusal(data), ['2021 t3 equation R3.1 (#0): computes "open", which is not one of its terms']);
  });

  test('a term of the wrong kind is refused: a row equation sums columns, not rows', () => {
    const data = withTable('2021', 't4', (spec) => {
      assert.deepEqual(spec.equations[1].left, ['direct.total']);
      spec.equations[1].left = ['cases'];
    });
    // 表四 of 2019 is written as 2021's with another era: they share the one equation list
    assert.deepEqual(refusal(data), [
      '2019 t4 equation R4.2 (#1): left names "cases", which is not a column of t4 (each: row)',
      '2021 t4 equation R4.2 (#1): left names "cases", which is not a column of t4 (each: row)',
    ]);
  });

  test('an `over` entry of the wrong kind is refused: a column equation runs over columns', () => {
    const data = withTable('2021', 't3', (spec) => {
      spec.equations[0].over = ['natural', 'new'];
    });
    assert.deepEqual(refusal(data), ['2021 t3 equation R3.1 (#0): over names "new", which is not a column of t3 (each: column)']);
  });

  test('a row id used twice is refused', () => {
    const data = withTable('2021', 't2', (spec) => {
      spec.rows[1].id = 'rules';
    });
    assert.deepEqual(refusal(data), ['2021 t2: row id "rules" is used twice']);
  });

  test('a 表二 row listing a column the table does not have is refused', () => {
    const data = withTable('2019', 't2', (spec) => {
      spec.rows[0].columns = ['made', 'published', 'inForce'];
    });
    assert.deepEqual(refusal(data), ['2019 t2: row "rules" lists column "inForce", which is not a column of t2']);
  });

  test('a renamed claim reference is refused with the claim', () => {
    const claims: LooseClaims = structuredClone(CLAIM_DATA);
    const claim = claims.find((candidate) => candidate.id === 'new')!;
    assert.deepEqual(claim.sums[1], ['t3.new.total', 't3.carried.total']);
    claim.sums[1] = ['t3.new.total', 't3.carriedOver.total'];
    const result = claimsSchema(ALL_TABLES).safeParse(claims);
    assert.equal(result.success, false);
    assert.deepEqual(result.error!.issues.map((issue) => issue.message), ['claim new (#1), sum 1: "t3.carriedOver.total": t3 has no row "carriedOver"']);
  });

  test('a claim reference to a column its row does not have is refused', () => {
    const claims: LooseClaims = structuredClone(CLAIM_DATA);
    claims.find((candidate) => candidate.id === 'rules')!.sums = [['t2.rules.decisions']];
    const result = claimsSchema(ALL_TABLES).safeParse(claims);
    assert.deepEqual(result.error?.issues.map((issue) => issue.message), ['claim rules (#12), sum 0: "t2.rules.decisions": no era\'s t2 has row "rules" with column "decisions"']);
  });

  test('a wrong id fails to compile as well as to load', () => {
    const SUBTOTAL_RULE = { zh: '总计应等于自然人与小计之和', en: 'the total must equal natural persons plus the subtotal' };
    // Each `@ts-expect-error` fails the build (tsc -b) if the line below it compiles: an id the types let through.
    // @ts-expect-error 表三 has no row "carriedOver"
    const claim: CellRef = 't3.carriedOver.total';
    // @ts-expect-error each: 'column' sums rows; "total" is a column
    const wrongKind: EquationInput<T3RowId, T3ColumnId> = { id: 'R3.1', each: 'column', left: ['total'], right: ['new'], description: SUBTOTAL_RULE };
    const spec = table({
      id: 't3', era: '2021', name: { zh: '表三', en: 'Table 3' }, title: '收到和处理政府信息公开申请情况', en: 'Requests received and handled', layout: 'matrix',
      columns: [{ id: 'total', label: '总计', en: 'total', match: [['总计']], kind: 'count' }],
      rows: [{ id: 'new', label: '一、本年新收政府信息公开申请数量', en: 'new', match: [['本年新收']] }, { id: 'sum', label: '（七）总计', en: 'sum', match: [['总计']] }],
      equations: [
        // @ts-expect-error "subtotals" is neither a row nor a column of this table
        { id: 'R3.2', each: 'row', left: ['total'], right: ['total'], when: ['subtotals'], description: SUBTOTAL_RULE },
      ],
      markers: [],
    });
    // what the types refused, the load refuses too
    assert.equal(cellRefProblem(claim, ALL_TABLES), '"t3.carriedOver.total": t3 has no row "carriedOver"');
    const era = { ...ERA_DATA[2], tables: ERA_DATA[2].tables.map((other) => (other.id === 't3' ? spec : other)) };
    assert.deepEqual(refusal([era]), ['2021 t3 equation R3.2 (#0): when names "subtotals", which is neither a row nor a column of t3']);
    assert.equal(wrongKind.left[0], 'total');
  });

  describe('cross-year equations (carryover-mismatch)', () => {
    /** as the schema takes them: any strings */
    type Loose = { id: string; eras: string[]; right: { year: string; id: string }[] }[];
    const messages = (data: unknown) => crossYearSchema(ALL_TABLES).safeParse(data).error?.issues.map((issue) => issue.message);

    test('the real data loads, and each message key is in both catalogs', () => {
      assert.equal(messages(CROSS_YEAR_DATA), undefined);
      for (const equation of CROSS_YEAR_DATA) assert.ok(ZH_CN[equation.message] && EN[equation.message], equation.message);
    });

    test('a renamed term is refused in every era the equation applies to', () => {
      const data: Loose = structuredClone(CROSS_YEAR_DATA);
      data[0].right[0].id = 'forwards';
      assert.deepEqual(messages(data), [
        'cross-year equation C3.1 (#0) on 2019 t3: right names "forwards", which is not a row of t3 (each: column)',
        'cross-year equation C3.1 (#0) on 2021 t3: right names "forwards", which is not a row of t3 (each: column)',
      ]);
    });

    test('an era whose table lacks the columns is refused: 2019\'s 表二 has no 现行有效件数', () => {
      const data: Loose = structuredClone(CROSS_YEAR_DATA);
      data[1].eras = ['2019', '2021'];
      assert.deepEqual(messages(data), [
        'cross-year equation C2.1 (#1) on 2019 t2: left names "inForce", which is not a column of t2 (each: row)',
        'cross-year equation C2.1 (#1) on 2019 t2: right names "inForce", which is not a column of t2 (each: row)',
        'cross-year equation C2.1 (#1) on 2019 t2: right names "issued", which is not a column of t2 (each: row)',
        'cross-year equation C2.1 (#1) on 2019 t2: right names "repealed", which is not a column of t2 (each: row)',
      ]);
    });
  });
});
