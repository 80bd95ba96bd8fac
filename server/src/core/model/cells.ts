import type { Report, StandardTable, ValueCell } from './types';

/** The report's first 表二/三/四 of that id (t2, t3, t4). */
export function firstStandardTable(report: Report, id: string): StandardTable | undefined {
  return report.tables.find((table): table is StandardTable => table.kind === 'standard' && table.spec.id === id);
}

/** The value cell of a row and column, when the table has it. */
export function valueCell(table: StandardTable, rowId: string, columnId: string): ValueCell | undefined {
  return table.rows.find((row) => row.rowId === rowId)?.cells.find((candidate) => candidate.columnId === columnId);
}
