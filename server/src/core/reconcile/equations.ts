import { eraById } from '../formats';
import type { EquationSpec, Localized, TableSpec } from '../formats/schema';
import type { MessageRef } from '../messages';
import type { Span } from '../model/span';
import type { BreakdownRow, GenericTable, Report, StandardTable, Table, ValueCell } from '../model/types';
import { stripNumbering } from '../text/fold';
import { numericValue, type CellValue } from '../text/numbers';

export interface Term {
  readonly label: Localized;
  /** where the value is written; a zero-width span for a blank cell */
  readonly span: Span;
  readonly value: CellValue;
  /** false when the table has no cell to write into (a breakdown total with no value cell) */
  readonly editable: boolean;
}

export interface EquationInstance {
  readonly id: string;
  readonly description: Localized;
  readonly scope: MessageRef;
  readonly left: readonly Term[];
  readonly right: readonly Term[];
  readonly table: Table;
}

export interface Evaluation {
  readonly instance: EquationInstance;
  readonly leftSum: number;
  readonly rightSum: number;
  readonly holds: boolean;
  /** the single total cell is blank while the other side is not zero */
  readonly blankTotal: boolean;
}

/** Every reconciliation equation the report's tables take part in, with the cells it reads. */
export function equationInstances(report: Report): EquationInstance[] {
  return report.tables.flatMap((table) => (table.kind === 'standard' ? standardInstances(table) : breakdownInstances(table)));
}

/** undefined when a term is not a number (text, placeholder): table-cell reports those. */
export function evaluate(instance: EquationInstance): Evaluation | undefined {
  const sum = (terms: readonly Term[]) => terms.reduce<number | undefined>((total, term) => {
    const value = numericValue(term.value);
    return total === undefined || value === undefined ? undefined : total + value;
  }, 0);
  const leftSum = sum(instance.left);
  const rightSum = sum(instance.right);
  if (leftSum === undefined || rightSum === undefined) return undefined;
  const holds = Math.abs(leftSum - rightSum) < 1e-9;
  const blankTotal = !holds && instance.left.length === 1 && instance.left[0].value.kind === 'blank';
  return { instance, leftSum: round(leftSum), rightSum: round(rightSum), holds, blankTotal };
}

function round(value: number): number {
  return Math.round(value * 10000) / 10000;
}

function rowLabel(spec: TableSpec, rowId: string): Localized {
  const row = spec.rows.find((candidate) => candidate.id === rowId)!;
  return { zh: row.short ?? stripNumbering(row.label).replace(/（.*）$/, ''), en: row.en };
}

function columnLabel(spec: TableSpec, columnId: string): Localized {
  const column = spec.columns.find((candidate) => candidate.id === columnId)!;
  return { zh: column.short ?? column.label, en: column.en };
}

function standardInstances(table: StandardTable): EquationInstance[] {
  const cells = new Map<string, ValueCell>();
  for (const row of table.rows) for (const cell of row.cells) cells.set(`${row.rowId}|${cell.columnId}`, cell);
  const rowHasValues = (rowId: string) => table.rows.some((row) => row.rowId === rowId && row.cells.some((cell) => cell.value.kind === 'number'));
  const present = (id: string) => table.columnIds.includes(id) || rowHasValues(id);
  const instances: EquationInstance[] = [];
  for (const equation of table.spec.equations) {
    if (!equation.when.every(present) || equation.unless.some(present)) continue;
    for (const target of targets(table, equation)) {
      const term = (id: string): Term | undefined => {
        const cell = equation.each === 'row' ? cells.get(`${target}|${id}`) : cells.get(`${id}|${target}`);
        if (!cell) return undefined;
        const label = equation.each === 'row' ? columnLabel(table.spec, id) : rowLabel(table.spec, id);
        return { label, span: cell.cell.span, value: cell.value, editable: true };
      };
      const left = equation.left.map(term);
      const right = equation.right.map(term);
      if (left.includes(undefined) || right.includes(undefined)) continue;
      instances.push({
        id: equation.id,
        description: equation.description,
        scope: table.spec.layout === 'single-row' ? { key: 'table-reconcile/no-scope' }
          : equation.each === 'row'
          ? { key: 'table-reconcile/row-scope', params: { row: rowLabel(table.spec, target) } }
          : { key: 'table-reconcile/column-scope', params: { column: columnLabel(table.spec, target) } },
        left: left as Term[],
        right: right as Term[],
        table,
      });
    }
  }
  return instances;
}

function targets(table: StandardTable, equation: EquationSpec): string[] {
  if (equation.over) return equation.over;
  if (equation.each === 'column') return [...table.columnIds];
  return table.rows.map((row) => row.rowId);
}

function breakdownInstances(table: GenericTable): EquationInstance[] {
  const convention = eraById('2008').breakdown;
  const term = (row: BreakdownRow): Term => ({
    label: { zh: row.label, en: row.label },
    span: row.cell?.span ?? { start: row.labelSpan.end, end: row.labelSpan.end },
    value: row.value,
    editable: row.cell !== undefined,
  });
  return table.breakdowns.map((breakdown) => ({
    id: '其中',
    description: convention.description,
    scope: { key: 'table-reconcile/breakdown-scope', params: { row: breakdown.total.label } },
    left: [term(breakdown.total)],
    right: breakdown.items.map(term),
    table,
  }));
}
