import { z } from 'zod';
import { eraProblems, tableProblems } from './resolve';

export const localized = z.object({ zh: z.string().min(1), en: z.string().min(1) });
export type Localized = z.infer<typeof localized>;

/** Any one alternative matches when all its keywords occur in the folded, normalized label. */
const match = z.array(z.array(z.string().min(1)).min(1)).min(1);

export const sectionSpec = z.object({
  id: z.string(),
  numeral: z.number().int().min(1),
  title: z.string(),
  en: z.string(),
  match,
  /** headings seen in real reports that must be accepted; tests check each matches */
  variants: z.array(z.string()),
  table: z.enum(['t2', 't3', 't4']).optional(),
});

export const cellKind = z.enum(['count', 'signed', 'decimal', 'amount']);

export const columnSpec = z.object({
  id: z.string(),
  label: z.string(),
  /** the name inside equations and messages, when shorter than the label */
  short: z.string().optional(),
  en: z.string(),
  match,
  kind: cellKind,
  optional: z.boolean().default(false),
  /** the headers above this one where the template's header has levels, outermost first (表四: 行政诉讼 › 未经复议直接起诉) */
  parents: z.array(localized).default([]),
});

export const rowSpec = z.object({
  id: z.string(),
  label: z.string(),
  /** the name inside equations and messages, when shorter than the label */
  short: z.string().optional(),
  en: z.string(),
  match,
  /** the normalized leaf label must equal a keyword, not just contain it ("3.其他") */
  exact: z.boolean().default(false),
  /** always: a data row; subtotal: a label row that may carry subtotals; never: a label row */
  valued: z.enum(['always', 'subtotal', 'never']).default('always'),
  /** rowwise tables (表二): the columns this row has */
  columns: z.array(z.string()).optional(),
  /** rowwise tables (表二): the template's header row over this row's block (第二十条第（一）项) */
  group: z.string().optional(),
  required: z.boolean().default(true),
});

export const equationSpec = z.object({
  id: z.string(),
  description: localized,
  /** row: one instance per row, terms are column ids; column: one per column, terms are row ids */
  each: z.enum(['row', 'column']),
  /** the rows or columns to instantiate over; default every value row or column */
  over: z.array(z.string()).optional(),
  left: z.array(z.string()).min(1),
  right: z.array(z.string()).min(1),
  /** the term 计算合计 fills from the others when it is blank; default the left side's one term (a total) */
  computes: z.string().optional(),
  /** instantiate only when these rows/columns are present with at least one value */
  when: z.array(z.string()).default([]),
  /** instantiate only when these rows/columns are absent */
  unless: z.array(z.string()).default([]),
});

export const marker = z.union([
  z.object({ text: z.string() }),
  z.object({ rowWithValues: z.string() }),
]);

export const tableSpec = z.object({
  id: z.enum(['t2', 't3', 't4']),
  era: z.enum(['2019', '2021']),
  /** what the template calls the table: 表二 */
  name: localized,
  title: z.string(),
  en: z.string(),
  /** matrix: every row has every column (表三); rowwise: each row names its columns (表二); single-row: one data row (表四) */
  layout: z.enum(['matrix', 'rowwise', 'single-row']),
  /** the template's text in the header's corner cell, over the row labels (表三's note on its equation) */
  corner: z.string().optional(),
  /** the template's header cell over every value column (表三: 申请人情况) */
  columnGroup: localized.optional(),
  columns: z.array(columnSpec).min(1),
  rows: z.array(rowSpec),
  equations: z.array(equationSpec),
  /** evidence that a table was laid out in this era's format */
  markers: z.array(marker),
}).superRefine((table, context) => {
  for (const message of tableProblems(table)) context.addIssue({ code: 'custom', message });
});

export const breakdownSpec = z.object({
  description: localized,
  /** a row whose label starts with one of these follows its total row */
  introducers: z.array(z.string()).min(1),
  /** fewer numbered items than this is an "of which" remark, not a complete breakdown */
  minItems: z.number().int().min(2),
});

export const eraSpec = z.object({
  id: z.enum(['2008', '2019', '2021']),
  firstYear: z.number().int(),
  lastYear: z.number().int().optional(),
  basis: z.string(),
  sections: z.array(sectionSpec).min(1),
  /** 2019/2021: mandatory and ordered; 2008: content required, headings free */
  sectionsOrdered: z.boolean(),
  missingSectionSeverity: z.enum(['error', 'warning']),
  tables: z.array(tableSpec),
  breakdown: breakdownSpec,
}).superRefine((era, context) => {
  for (const message of eraProblems(era)) context.addIssue({ code: 'custom', message });
});

export type SectionSpec = z.infer<typeof sectionSpec>;
export type ColumnSpec = z.infer<typeof columnSpec>;
export type RowSpec = z.infer<typeof rowSpec>;
export type EquationSpec = z.infer<typeof equationSpec>;
export type TableSpec = z.infer<typeof tableSpec>;
export type EraSpec = z.infer<typeof eraSpec>;
export type Marker = z.infer<typeof marker>;
export type CellKind = z.infer<typeof cellKind>;
export type EraId = EraSpec['id'];
export type TableId = TableSpec['id'];
