import type { StandardTable, ValueCell } from '../../model/types';
import { stripNumbering } from '../../text/fold';
import { throwIfCancelled } from '../../cache/cancellation';
import { memoSlot } from '../../cache/object-memo';
import type { Table } from '../../model/types';
import { defineRule, movedFindings, type FindingInput } from '../kit/define';
import { msg } from '../../messages';
import { messages } from './messages';

export default defineRule({
  meta: {
    id: 'table-cell',
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
      findingsByTable.get(table, () => table.rows.flatMap((row) => row.cells.flatMap((cell) => cellFinding(table, cell) ?? []))).forEach(add);
    }
  },
});

/** an unchanged table is the same object from check to check, and a moved one takes its findings along (parse/table-cache.ts) */
const FINDINGS_BY_TABLE = memoSlot<Table, readonly FindingInput[]>('table-cell findings', movedFindings);

function cellFinding(table: StandardTable, cell: ValueCell): FindingInput | undefined {
  const at = (kind: 'text' | 'placeholder' | 'negative' | 'fraction'): FindingInput => {
    const row = table.spec.rows.find((candidate) => candidate.id === cell.rowId)!;
    const column = table.spec.columns.find((candidate) => candidate.id === cell.columnId)!;
    const params = { row: stripNumbering(row.label).replace(/（.*）$/, ''), column: column.label, text: cell.cell.text };
    return { span: cell.cell.span, message: msg(messages[kind], params) };
  };
  const value = cell.value;
  if (value.kind === 'text') return at('text');
  if (value.kind === 'placeholder') return at('placeholder');
  if (value.kind !== 'number') return undefined;
  if (value.value < 0 && cell.kind !== 'signed') return at('negative');
  if (!value.integer && (cell.kind === 'count' || cell.kind === 'signed')) return at('fraction');
  return undefined;
}
