import type { StandardTable, ValueCell } from '../../model/types';
import { stripNumbering } from '../../text/fold';
import { throwIfCancelled } from '../../cache/cancellation';
import { memoSlot } from '../../cache/object-memo';
import type { Table } from '../../model/types';
import { TABLE_NAMES } from '../../formats';
import { defineRule, movedFindings, type FindingInput } from '../kit/define';
import { msg } from '../../messages';
import { messages } from './messages';

export default defineRule({
  meta: {
    id: 'table-cell',
    name: { zh: '单元格', en: 'Table cell' },
    defaultSeverity: 'error',
    description: { zh: '统计表单元格不是有效数字', en: 'a table cell is not a valid number' },
    fixable: false,
  },
  check(report, add, context) {
    if (report.format === 'unknown') return;
    const findingsByTable = context.caches.get(FINDINGS_BY_TABLE);
    for (const table of report.tables) {
      if (table.kind !== 'standard') continue;
      throwIfCancelled(context.token);
      findingsByTable.get(table, () => tableFindings(table)).forEach(add);
    }
  },
});

/** an unchanged table is the same object from check to check, and a moved one takes its findings along (parse/table-cache.ts) */
const FINDINGS_BY_TABLE = memoSlot<Table, readonly FindingInput[]>('table-cell findings', movedFindings);

/**
 * A cell still holding the template's placeholder is not wrong, only not yet written: one warning at the table says
 * how many are left, and each such cell is a hint (faded, not red) whatever severity the rule is set to.
 */
function tableFindings(table: StandardTable): FindingInput[] {
  const cells = table.rows.flatMap((row) => row.cells);
  const unfilled = cells.filter((cell) => cell.value.kind === 'placeholder');
  const defects = cells.flatMap((cell) => cellDefect(table, cell) ?? []);
  if (unfilled.length === 0) return defects;
  const start = table.grid.caption?.span ?? table.grid.rows[0]?.span ?? table.grid.span;
  const summary: FindingInput = {
    span: start,
    severity: 'warning',
    message: unfilled.length === 1
      ? msg(messages['unfilled-one'], { table: TABLE_NAMES[table.spec.id] })
      : msg(messages.unfilled, { table: TABLE_NAMES[table.spec.id], count: unfilled.length }),
  };
  const marks = unfilled.map((cell): FindingInput => ({ ...cellFinding(table, cell, 'placeholder'), pinnedSeverity: 'hint' }));
  return [summary, ...defects, ...marks];
}

function cellFinding(table: StandardTable, cell: ValueCell, kind: 'text' | 'placeholder' | 'negative' | 'fraction'): FindingInput {
  const row = table.spec.rows.find((candidate) => candidate.id === cell.rowId)!;
  const column = table.spec.columns.find((candidate) => candidate.id === cell.columnId)!;
  const params = { row: stripNumbering(row.label).replace(/（.*）$/, ''), column: column.label, text: cell.cell.text };
  return { span: cell.cell.span, message: msg(messages[kind], params) };
}

/** Text in a number cell, a negative count, a fraction of a case: wrong, at the rule's severity. */
function cellDefect(table: StandardTable, cell: ValueCell): FindingInput | undefined {
  const value = cell.value;
  if (value.kind === 'text') return cellFinding(table, cell, 'text');
  if (value.kind !== 'number') return undefined;
  if (value.value < 0 && cell.kind !== 'signed') return cellFinding(table, cell, 'negative');
  if (!value.integer && (cell.kind === 'count' || cell.kind === 'signed')) return cellFinding(table, cell, 'fraction');
  return undefined;
}
