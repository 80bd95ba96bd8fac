import { eraById } from '../formats';
import type { EquationSpec, Localized, TableSpec } from '../formats/schema';
import { msg, type MessageRef } from '../messages';
import { scopes } from '../messages/scopes';
import { shifted, type Span } from '../text/span';
import type { BreakdownRow, GenericTable, MatchedRow, Report, StandardTable, Table } from '../model/types';
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

/** Why a term of an equation cannot be read as a number. */
export type UnreadReason = 'missing' | 'short-row' | 'text' | 'placeholder';

export interface UnreadTerm {
  /** the term; for a short row, the row */
  readonly label: Localized;
  readonly reason: UnreadReason;
  /** what the cell says, for text and placeholders */
  readonly written?: string;
}

export interface EquationInstance {
  readonly id: string;
  readonly description: Localized;
  readonly scope: MessageRef;
  /** the terms that have a cell; a term with no cell is only in `unread` */
  readonly left: readonly Term[];
  readonly right: readonly Term[];
  readonly table: Table;
  /** the terms that are not numbers (no cell, text, a placeholder): the equation is not evaluated */
  readonly unread: readonly UnreadTerm[];
  /** the term 计算合计 fills from the others (a total, 结转下年度), as its place in `left` or `right`; none when it has no cell */
  readonly computed?: TermPlace;
}

export interface TermPlace {
  readonly side: 'left' | 'right';
  readonly index: number;
}

export interface Evaluation {
  readonly evaluated: true;
  readonly instance: EquationInstance;
  readonly leftSum: number;
  readonly rightSum: number;
  readonly holds: boolean;
  /** the single total cell is blank while the other side is not zero */
  readonly blankTotal: boolean;
}

/** An equation with a term that cannot be read: shown as such, never reported as failing (wrong is worse than silent). */
export interface NotEvaluated {
  readonly evaluated: false;
  readonly instance: EquationInstance;
  readonly unread: readonly UnreadTerm[];
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

/** Not evaluated when a term cannot be read (no cell, text, a placeholder): table-cell and table-shape report those cells. */
export function evaluate(instance: EquationInstance): Evaluation | NotEvaluated {
  if (instance.unread.length > 0) return { evaluated: false, instance, unread: instance.unread };
  // every term is a number or blank here: the instance lists the others as unread
  const sum = (terms: readonly Term[]) => terms.reduce((total, term) => total + (numericValue(term.value) ?? 0), 0);
  const leftSum = sum(instance.left);
  const rightSum = sum(instance.right);
  const holds = Math.abs(leftSum - rightSum) < 1e-9;
  const blankTotal = !holds && instance.left.length === 1 && instance.left[0].value.kind === 'blank';
  return { evaluated: true, instance, leftSum: round(leftSum), rightSum: round(rightSum), holds, blankTotal };
}

/** Why a value that is written down cannot be summed, if it cannot. */
function unreadValue(label: Localized, value: CellValue, written: string): UnreadTerm | undefined {
  if (value.kind === 'text' || value.kind === 'placeholder') return { label, reason: value.kind, written: written.trim() };
  return undefined;
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
  const rowsById = new Map(table.rows.map((row) => [row.rowId, row]));
  const cellOf = (row: MatchedRow, columnId: string) => row.cells.find((cell) => cell.columnId === columnId);
  const rowHasValues = (rowId: string) => rowsById.get(rowId)?.cells.some((cell) => cell.value.kind === 'number') ?? false;
  const present = (id: string) => table.columnIds.includes(id) || rowHasValues(id);
  const instances: EquationInstance[] = [];
  for (const equation of table.spec.equations) {
    if (!equation.when.every(present) || equation.unless.some(present)) continue;
    const byRow = equation.each === 'row';
    const termLabel = (id: string) => (byRow ? columnLabel(table.spec, id) : rowLabel(table.spec, id));
    for (const target of targets(table, equation)) {
      const unread: UnreadTerm[] = [];
      const note = (term: UnreadTerm) => {
        if (!unread.some((known) => known.reason === term.reason && known.label.zh === term.label.zh)) unread.push(term);
      };
      const term = (id: string): Term | undefined => {
        const [rowId, columnId] = byRow ? [target, id] : [id, target];
        const row = rowsById.get(rowId);
        // a row with cells missing cannot say which column each of its numbers belongs to
        const label = termLabel(id);
        if (row?.short) {
          note({ label: rowLabel(table.spec, rowId), reason: 'short-row' });
          return undefined;
        }
        const cell = row && cellOf(row, columnId);
        if (!cell) {
          note({ label, reason: 'missing' });
          return undefined;
        }
        const problem = unreadValue(label, cell.value, cell.cell.text);
        if (problem) note(problem);
        return { label, span: cell.cell.span, value: cell.value, editable: true };
      };
      const computes = equation.computes ?? (equation.left.length === 1 ? equation.left[0] : undefined);
      let computed: TermPlace | undefined;
      const side = (ids: readonly string[], name: TermPlace['side']) => {
        const found: Term[] = [];
        for (const id of ids) {
          const read = term(id);
          if (!read) continue;
          if (id === computes) computed = { side: name, index: found.length };
          found.push(read);
        }
        return found;
      };
      const left = side(equation.left, 'left');
      const right = side(equation.right, 'right');
      instances.push({
        id: equation.id,
        description: equation.description,
        scope: table.spec.layout === 'single-row' ? msg(scopes['no-scope'])
          : byRow
          ? msg(scopes['row-scope'], { row: rowLabel(table.spec, target) })
          : msg(scopes['column-scope'], { column: columnLabel(table.spec, target) }),
        left,
        right,
        table,
        unread,
        ...(computed ? { computed } : {}),
      });
    }
  }
  return instances;
}

/** The rows or columns an equation runs over that the table has; a subtotal row written as a bare label has no values to check. */
function targets(table: StandardTable, equation: EquationSpec): string[] {
  if (equation.each === 'column') return table.columnIds.filter((id) => equation.over?.includes(id) ?? true);
  return table.rows
    .filter((row) => (row.cells.length > 0 || row.short) && (equation.over?.includes(row.rowId) ?? true))
    .map((row) => row.rowId);
}

function breakdownInstances(table: GenericTable): EquationInstance[] {
  const convention = eraById('2008').breakdown;
  const term = (row: BreakdownRow): Term => ({
    label: { zh: row.label, en: row.label },
    span: row.cell?.span ?? { start: row.labelSpan.end, end: row.labelSpan.end },
    value: row.value,
    editable: row.cell !== undefined,
  });
  return table.breakdowns.filter((breakdown) => !breakdown.overlap).map((breakdown) => {
    const rows = [breakdown.total, ...breakdown.items];
    return {
      id: '其中',
      description: convention.description,
      scope: msg(scopes['breakdown-scope'], { row: breakdown.total.label }),
      left: [term(breakdown.total)],
      right: breakdown.items.map(term),
      table,
      ...(breakdown.total.cell ? { computed: { side: 'left' as const, index: 0 } } : {}),
      unread: rows.flatMap((row) => unreadValue({ zh: row.label, en: row.label }, row.value, row.cell?.text ?? '') ?? []),
    };
  });
}
