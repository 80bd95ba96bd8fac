import { renderTable } from '../formats/render';
import type { Cell, Report, StandardTable } from '../model/types';
import type { Span, TextEdit } from '../text/span';
import { alignPipeTable } from './pipe-align';
import { lostCells } from './table-values';

export interface TableConversion {
  readonly table: StandardTable;
  /** the table's rows (its caption kept above them) replaced by the pipe table */
  readonly edit: TextEdit;
}

/**
 * "Convert to a pipe table" for each tab-separated or one-cell-per-line 表二/表三/表四 that intersects the range: the
 * table in the canonical layout (formats/render.ts) with every value cell as written, aligned as Format Document
 * aligns it. Offered only when nothing is lost or added, so the converted report has the same findings: every row
 * and column of the format present, no row short of values, every number and value cell of the table carried over.
 */
export function pipeTableConversions(report: Report, range: Span): TableConversion[] {
  const conversions: TableConversion[] = [];
  for (const table of report.tables) {
    if (table.kind !== 'standard' || table.grid.layout === 'pipe') continue;
    const { span } = table.grid;
    if (span.start > range.end || span.end < range.start) continue;
    const text = pipeTable(table);
    if (text === undefined) continue;
    conversions.push({ table, edit: { span: { start: table.grid.rows[0].span.start, end: span.end }, text } });
  }
  return conversions;
}

function pipeTable(table: StandardTable): string | undefined {
  if (table.missingRows.length > 0 || table.missingColumns.length > 0 || table.rows.some((row) => row.short)) return undefined;
  const valueCells = new Map<string, Cell>();
  for (const row of table.rows) for (const value of row.cells) valueCells.set(`${value.rowId}\n${value.columnId}`, value.cell);
  const carried = new Set<Cell>();
  // the columns the table has, 小计 among them when it is there: the renderer leaves out an optional column otherwise
  const spec = { ...table.spec, columns: table.spec.columns.filter((column) => table.columnIds.includes(column.id)).map((column) => ({ ...column, optional: false })) };
  let unwritable = false;
  const rendered = renderTable(spec, (rowId, columnId) => {
    const cell = valueCells.get(`${rowId}\n${columnId}`);
    if (!cell) return '';
    carried.add(cell);
    if (cell.text.includes('|')) unwritable = true;
    return cell.text;
  });
  if (unwritable || lostCells(table, carried)) return undefined;
  return alignPipeTable(rendered.split('\n'))?.join('\n');
}
