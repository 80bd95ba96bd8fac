import type { Cell, GenericTable, Report, StandardTable } from '../model/types';
import { PIPE_SEPARATOR } from '../parse/grids';
import { parseCellValue } from '../text/numbers';
import type { Span } from '../text/span';

/** A report table's number cells, for moving from one to the next (Tab in the editor). */
export interface TableCells {
  /** from the table's first row to its last (a caption above it is not in the table) */
  readonly span: Span;
  /** where each number cell is selected, in reading order: its text, trimmed; an empty cell's middle */
  readonly cells: readonly Span[];
}

/** The number cells of every report table with any: the value cells of 表二/三/四, the cells after a generic row's label. */
export function tableCells(report: Report): TableCells[] {
  const result: TableCells[] = [];
  for (const table of report.tables) {
    const rows = table.grid.rows;
    if (rows.length === 0) continue;
    const cells = (table.kind === 'standard' ? standardCells(table) : genericCells(table, report.text))
      .map(selection)
      .sort((a, b) => a.start - b.start);
    if (cells.length > 0) result.push({ span: { start: rows[0].span.start, end: rows[rows.length - 1].span.end }, cells });
  }
  return result;
}

/** an empty pipe cell spans the blanks between its pipes: the cursor goes to their middle */
function selection(cell: Cell): Span {
  if (cell.text !== '') return cell.span;
  const middle = cell.span.start + Math.floor((cell.span.end - cell.span.start) / 2);
  return { start: middle, end: middle };
}

function standardCells(table: StandardTable): Cell[] {
  return table.rows.flatMap((row) => row.cells.map((value) => value.cell));
}

/**
 * A table the format does not prescribe: in each row, the cells after its label (its first text cell) that read as
 * a number, a blank or a placeholder. A pipe table's header row (the one above its delimiter row) has none.
 */
function genericCells(table: GenericTable, text: string): Cell[] {
  const { rows } = table.grid;
  const headed = table.grid.layout === 'pipe' && rows.length > 1
    && text.slice(rows[0].span.end, rows[1].span.start).split('\n').some((line) => PIPE_SEPARATOR.test(line));
  const cells: Cell[] = [];
  rows.forEach((row, index) => {
    if (headed && index === 0) return;
    const label = row.cells.findIndex((cell) => cell.text !== '' && parseCellValue(cell.text).kind === 'text');
    for (const [position, cell] of row.cells.entries()) {
      const kind = parseCellValue(cell.text).kind;
      if (label < 0 ? kind === 'number' || kind === 'placeholder' : position > label && kind !== 'text') cells.push(cell);
    }
  });
  return cells;
}
