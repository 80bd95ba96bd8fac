import type { Localized } from '../../formats/schema';
import type { StandardTable } from '../../model/types';
import { stripNumbering } from '../../text/fold';
import { defineRule } from '../kit/define';
import { msg } from '../../messages';
import { messages } from './messages';

/** rows named in the message (the Problems panel shows about 80 characters); the rest is “等” */
const LISTED = 3;

export default defineRule({
  meta: {
    id: 'table-shape',
    name: { zh: '表格结构', en: 'Table shape' },
    defaultSeverity: 'warning',
    description: { zh: '统计表缺少规定的行或列', en: 'a required row or column of a known table is missing' },
    fixable: false,
  },
  check(report, add) {
    if (report.format === 'unknown') return;
    for (const table of report.tables) {
      if (table.kind !== 'standard') continue;
      const start = table.grid.caption?.span ?? table.grid.rows[0]?.span ?? table.grid.span;
      const title = table.spec.title;
      if (table.missingRows.length > 0) {
        const labels = table.missingRows.map((id) => table.spec.rows.find((row) => row.id === id)!);
        add({
          span: start,
          message: msg(messages.rows, { table: title, count: labels.length, rows: list(labels.map((row) => ({ zh: stripNumbering(row.label), en: row.en }))) }),
        });
      }
      if (table.missingColumns.length > 0) {
        const labels = table.missingColumns.map((id) => table.spec.columns.find((column) => column.id === id)!);
        add({ span: start, message: msg(messages.columns, { table: title, columns: list(labels.map((c) => ({ zh: c.label, en: c.en }))) }) });
      }
      for (const row of table.rows) if (row.short) add(shortRow(table, row.rowId, row.labelSpan, row.cells.length));
    }
  },
});

function shortRow(table: StandardTable, rowId: string, span: { start: number; end: number }, actual: number) {
  const spec = table.spec.rows.find((row) => row.id === rowId)!;
  const expected = spec.columns?.length ?? table.columnIds.length;
  return { span, message: msg(messages['short-row'], { row: stripNumbering(spec.label), actual, expected }) };
}

function list(items: readonly Localized[]): Localized {
  const join = (parts: string[], separator: string, more: string) =>
    parts.slice(0, LISTED).join(separator) + (parts.length > LISTED ? more : '');
  return {
    zh: join(items.map((item) => `“${item.zh}”`), '、', '等'),
    en: join(items.map((item) => `"${item.en}"`), ', ', ', …'),
  };
}
