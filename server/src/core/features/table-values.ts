import type { Cell, StandardTable } from '../model/types';
import { parseCellValue } from '../text/numbers';

/** a value cell, or a number or placeholder anywhere in the grid, that the rendered table does not hold */
export function lostCells(table: StandardTable, carried: ReadonlySet<Cell>): boolean {
  const values = new Set(table.rows.flatMap((row) => row.cells.map((value) => value.cell)));
  return table.grid.rows.some((row) => row.cells.some((cell) => {
    if (carried.has(cell) || cell.text.trim() === '') return false;
    return values.has(cell) || parseCellValue(cell.text).kind === 'number' || parseCellValue(cell.text).kind === 'placeholder';
  }));
}
