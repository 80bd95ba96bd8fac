import type { PastedCell } from '../../core';

export interface RawCell {
  readonly text: string;
  /** w:gridSpan: the grid columns it covers */
  readonly span: number;
  /** w:vMerge: restart starts a vertical merge, continue is covered by the cell above */
  readonly merge?: 'restart' | 'continue';
  /** the legacy w:hMerge continue: covered by the cell on its left */
  readonly horizontalContinue: boolean;
}

export interface RawRow {
  /** w:gridBefore / w:gridAfter: grid columns with no cell before the first and after the last */
  before: number;
  after: number;
  /** w:tblHeader: a header row repeated on each page */
  header: boolean;
  readonly cells: RawCell[];
}

/**
 * Word's table rows → a grid of equal rows: a gridSpan cell's text in each column it covers, a vMerge continue cell
 * holds the text of the cell it continues (merged), the columns of gridBefore/gridAfter and short rows are empty.
 * Rows with no text at all are left out, as the HTML reader leaves them out.
 */
export function readGrid(rows: readonly RawRow[]): PastedCell[][] {
  const grid: PastedCell[][] = [];
  /** per column, the text of the cell a vertical merge there started with (undefined: no merge open) */
  let above: (string | undefined)[] = [];
  for (const row of rows) {
    const cells: PastedCell[] = [];
    const starts: (string | undefined)[] = [];
    const header = row.header;
    for (let index = 0; index < row.before; index++) {
      cells.push({ text: '', merged: false, header });
      starts.push(undefined);
    }
    for (const cell of row.cells) {
      const column = cells.length;
      if (cell.horizontalContinue && column > 0) {
        const left = cells[column - 1];
        for (let index = 0; index < cell.span; index++) {
          cells.push({ text: left.text, merged: true, header });
          starts.push(starts[column - 1]);
        }
        continue;
      }
      const continued = cell.merge === 'continue' ? above[column] : undefined;
      const text = continued ?? cell.text;
      for (let index = 0; index < cell.span; index++) {
        cells.push({ text, merged: continued !== undefined || index > 0, header });
        starts.push(cell.merge === undefined ? undefined : text);
      }
    }
    for (let index = 0; index < row.after; index++) {
      cells.push({ text: '', merged: false, header });
      starts.push(undefined);
    }
    above = starts;
    if (cells.some((cell) => cell.text !== '')) grid.push(cells);
  }
  const width = Math.max(0, ...grid.map((row) => row.length));
  for (const row of grid) while (row.length < width) row.push({ text: '', merged: false, header: row[0]?.header ?? false });
  return grid;
}
