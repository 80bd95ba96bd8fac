import { eraById } from '../formats';
import type { EquationSpec, Localized, TableSpec } from '../formats/schema';
import type { MessageRef } from '../messages';
import { shifted, type Span } from '../model/span';
import type { BreakdownRow, GenericTable, Report, StandardTable, Table, ValueCell } from '../model/types';
import type { Caches } from '../cache/caches';
import { memoSlot } from '../cache/object-memo';
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
export function equationInstances(report: Report, caches: Caches): EquationInstance[] {
  return report.tables.flatMap((table) => tableInstances(table, caches));
}

const INSTANCES = memoSlot<Table, readonly EquationInstance[]>('equation instances', (instances, delta, to) => {
  const move = (term: Term): Term => ({ ...term, span: shifted(term.span, delta) });
  return instances.map((instance) => ({ ...instance, left: instance.left.map(move), right: instance.right.map(move), table: to }));
});

/** One table's equations, kept with the table by the checker (and moved with it, see parse/table-cache.ts). */
export function tableInstances(table: Table, caches: Caches): readonly EquationInstance[] {
  return caches.get(INSTANCES).get(table, (unseen) => (unseen.kind === 'standard' ? standardInstances(unseen) : breakdownInstances(unseen)));
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
  const cells = new Map<string, Map<string, ValueCell>>();
  // a row with cells missing cannot say which column each of its numbers belongs to: it takes part in no equation
  for (const row of table.rows.filter((candidate) => !candidate.short)) {
    const byColumn = new Map<string, ValueCell>();
    for (const cell of row.cells) byColumn.set(cell.columnId, cell);
    cells.set(row.rowId, byColumn);
  }
  const rowHasValues = (rowId: string) => [...(cells.get(rowId)?.values() ?? [])].some((cell) => cell.value.kind === 'number');
  const present = (id: string) => table.columnIds.includes(id) || rowHasValues(id);
  const instances: EquationInstance[] = [];
  for (const equation of table.spec.equations) {
    if (!equation.when.every(present) || equation.unless.some(present)) continue;
    const byRow = equation.each === 'row';
    const termLabels = new Map<string, Localized>();
    for (const id of [...equation.left, ...equation.right]) termLabels.set(id, byRow ? columnLabel(table.spec, id) : rowLabel(table.spec, id));
    for (const target of targets(table, equation)) {
      const term = (id: string): Term | undefined => {
        const cell = byRow ? cells.get(target)?.get(id) : cells.get(id)?.get(target);
        return cell ? { label: termLabels.get(id)!, span: cell.cell.span, value: cell.value, editable: true } : undefined;
      };
      const left = equation.left.map(term);
      const right = equation.right.map(term);
      if (left.includes(undefined) || right.includes(undefined)) continue;
      instances.push({
        id: equation.id,
        description: equation.description,
        scope: table.spec.layout === 'single-row' ? { key: 'table-reconcile/no-scope' }
          : byRow
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
