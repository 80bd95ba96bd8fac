import { z } from 'zod';
import { ERAS } from './index';
import { equationProblems, type TableShape } from './resolve';
import { localized } from './schema';
import type { T2ColumnId2019, T2ColumnId2021, T2RowId2019, T2RowId2021 } from './table2';
import type { T3ColumnId, T3RowId } from './table3';

const term = z.object({
  /** this year's report or last year's */
  year: z.enum(['this', 'last']),
  /** a column when the equation runs over rows, a row when it runs over columns */
  id: z.string(),
  sign: z.union([z.literal(1), z.literal(-1)]).default(1),
  /** the message parameter that shows this term's value */
  param: z.string().optional(),
});

const crossYearEquation = z.object({
  id: z.string(),
  description: localized,
  table: z.enum(['t2', 't3', 't4']),
  /** applies only when both years' tables are laid out in one of these eras */
  eras: z.array(z.enum(['2019', '2021'])).min(1),
  each: z.enum(['row', 'column']),
  over: z.array(z.string()).optional(),
  /** this year's cell, where a difference is reported */
  left: z.tuple([term.extend({ year: z.literal('this') })]),
  right: z.array(term).min(1),
  severity: z.enum(['error', 'warning', 'info', 'hint']),
  /** the message key; its parameters: `row` or `column` (the instance's label), current, expected, name and each term's `param` */
  message: z.string(),
});

export type CrossYearEquation = z.infer<typeof crossYearEquation>;
type Term = z.input<typeof term>;

/** Typed from the tables' ids: a misspelt row or column fails to compile. */
type Typed<T extends string, R extends string, C extends string> = Omit<z.input<typeof crossYearEquation>, 'table' | 'each' | 'over' | 'left' | 'right'> & { table: T } & (
  | { each: 'row'; over?: R[]; left: [Term & { id: C; year: 'this' }]; right: (Term & { id: C })[] }
  | { each: 'column'; over?: C[]; left: [Term & { id: R; year: 'this' }]; right: (Term & { id: R })[] });

type CrossYearInput = Typed<'t3', T3RowId, T3ColumnId> | Typed<'t2', T2RowId2021, T2ColumnId2021> | Typed<'t2', T2RowId2019, T2ColumnId2019>;

/** Every era's table the equation may read must have every id it names, of the right kind. */
export function crossYearSchema(tables: readonly TableShape[]) {
  return z.array(crossYearEquation).superRefine((equations, context) => {
    equations.forEach((equation, index) => {
      for (const era of equation.eras) {
        const where = `cross-year equation ${equation.id} (#${index}) on ${era} ${equation.table}`;
        const table = tables.find((candidate) => candidate.id === equation.table && candidate.era === era);
        const problems = table
          ? equationProblems(table, { ...equation, left: equation.left.map((t) => t.id), right: equation.right.map((t) => t.id), when: [], unless: [] }, where)
          : [`${where}: the era has no such table`];
        for (const message of problems) context.addIssue({ code: 'custom', message });
      }
    });
  });
}

/** Figures one year's report takes over from last year's (spec/formats.md, cross-year), as written. */
export const CROSS_YEAR_DATA: CrossYearInput[] = [
  {
    id: 'C3.1', table: 't3', eras: ['2019', '2021'], each: 'column',
    left: [{ year: 'this', id: 'carried' }],
    right: [{ year: 'last', id: 'forward', param: 'last' }],
    severity: 'warning', message: 'carryover-mismatch/carried',
    description: { zh: '本年上年结转应等于上一年度报告的结转下年度继续办理', en: "carried over must equal last year's carried forward" },
  },
  {
    id: 'C2.1', table: 't2', eras: ['2021'], each: 'row', over: ['rules', 'normative'],
    left: [{ year: 'this', id: 'inForce' }],
    right: [
      { year: 'last', id: 'inForce', param: 'last' },
      { year: 'this', id: 'issued', param: 'issued' },
      { year: 'this', id: 'repealed', sign: -1, param: 'repealed' },
    ],
    // 清理 and 修订 change the count legitimately (spec/rules.md): a hint to look, not a warning
    severity: 'info', message: 'carryover-mismatch/in-force',
    description: {
      zh: '现行有效件数应等于上一年度报告的现行有效件数加本年制发件数减本年废止件数',
      en: "in force must equal last year's in force plus issued minus repealed",
    },
  },
  {
    id: 'C2.2', table: 't2', eras: ['2019'], each: 'row', over: ['licensing', 'services', 'penalty', 'enforcement', 'fees'],
    left: [{ year: 'this', id: 'previous' }],
    right: [{ year: 'last', id: 'previous', param: 'last' }, { year: 'last', id: 'change', param: 'change' }],
    severity: 'warning', message: 'carryover-mismatch/previous-items',
    description: {
      zh: '上一年项目数量应等于上一年度报告的上一年项目数量加本年增/减',
      en: "items last year must equal last year's report's items last year plus its change",
    },
  },
];

export const CROSS_YEAR_EQUATIONS: readonly CrossYearEquation[] = crossYearSchema(ERAS.flatMap((era) => era.tables)).parse(CROSS_YEAR_DATA);
