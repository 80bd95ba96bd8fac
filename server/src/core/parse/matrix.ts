import type { TableSpec } from '../formats';
import type { ColumnSpec, RowSpec } from '../formats/schema';
import type { Cell, Grid, GridRow, MatchedRow, StandardTable, ValueCell } from '../model/types';
import { parseCellValue } from '../text/numbers';
import { matchesKeywords } from './headings';
import { rowLabel, type RowLabel } from './labels';
import { RowMatcher } from './row-matcher';

/** 表三: rows by their labels (flattened levels included), columns by the header or the rows' number count. */
export function matrixTable(grid: Grid, spec: TableSpec, labelOf: (cell: Cell) => string): StandardTable {
  const matcher = new RowMatcher(spec.rows);
  const headerCells: string[] = [];
  const matched: { row: GridRow; spec: RowSpec; labelCells: Cell[]; valueCells: Cell[] }[] = [];
  let columns: ColumnSpec[] | undefined;
  let width: number | undefined;
  const valueWidth = () => (width ??= widestValueRun(grid));
  for (const row of grid.rows) {
    // until the first row is found the header is still being read: the columns it names decide where a row's values start
    const rowColumns = columns ?? presentColumns(spec.columns, headerCells, valueWidth);
    const split = splitLabelAndValues(grid, row, rowColumns.length);
    const label = rowLabel(split.labelCells.map(labelOf));
    const rowSpec = label ? matchRow(matcher, label, matched.length > 0) : undefined;
    if (!rowSpec) {
      if (matched.length === 0) headerCells.push(...row.cells.map(labelOf));
      else if (grid.layout === 'lines') takeWrappedValues(matched[matched.length - 1], split.valueCells);
      continue;
    }
    columns = rowColumns;
    matched.push({ row, spec: rowSpec, ...split });
  }
  columns ??= presentColumns(spec.columns, headerCells, valueWidth);
  const rows: MatchedRow[] = matched
    .filter((entry) => entry.spec.valued !== 'never')
    .map(({ row, spec: rowSpec, labelCells, valueCells }) => matchedRow(row, rowSpec, labelCells, valueCells, columns));
  return {
    kind: 'standard', spec, eraEvident: false, grid, rows,
    columnIds: columns.map((column) => column.id),
    missingRows: matcher.missing(),
    missingColumns: spec.columns.filter((column) => !column.optional && !columns.includes(column)).map((column) => column.id),
  };
}

/**
 * Text from a PDF wraps a long label onto a second line and puts the row's numbers after it: the
 * numbers belong to the row before, whose label has none.
 */
function takeWrappedValues(previous: { spec: RowSpec; valueCells: Cell[] }, valueCells: readonly Cell[]): void {
  // a group's bare label is not waiting for numbers: an unknown row after it keeps its own
  if (previous.spec.valued === 'always' && previous.valueCells.length === 0) previous.valueCells.push(...valueCells);
}

/** The row a label stands for; the groups its merged cells carry count as present. */
function matchRow(matcher: RowMatcher, label: RowLabel, allowStart: boolean): RowSpec | undefined {
  const rowSpec = matcher.match(label.leaf, allowStart);
  if (rowSpec) for (const parent of label.parents) matcher.markParent(parent);
  return rowSpec;
}

/**
 * Columns named in the header, in the spec's order. When the header can't be read (lost, or too
 * flattened to name half the columns), the data rows' number count decides: as many columns as the
 * widest row has values, optional ones included only when the rows are that wide.
 */
function presentColumns(all: readonly ColumnSpec[], headerCells: readonly string[], valueWidth: () => number): ColumnSpec[] {
  const header = headerCells.join('|');
  const found = all.filter((column) => matchesKeywords(header, column.match));
  const required = all.filter((column) => !column.optional);
  if (found.filter((column) => !column.optional).length >= Math.ceil(required.length / 2)) return found;
  return valueWidth() >= all.length ? [...all] : all.filter((column) => !column.optional || found.includes(column));
}

/** the most value cells (numbers or blanks) that end a row */
function widestValueRun(grid: Grid): number {
  let widest = 0;
  for (const row of grid.rows) {
    let run = 0;
    for (let at = row.cells.length - 1; at >= 0 && parseCellValue(row.cells[at].text).kind !== 'text'; at--) run++;
    if (run < row.cells.length) widest = Math.max(widest, run);
  }
  return widest;
}

function splitLabelAndValues(grid: Grid, row: GridRow, valueCount: number): { labelCells: Cell[]; valueCells: Cell[] } {
  const cells = row.cells;
  if (grid.layout === 'lines') return { labelCells: cells.slice(0, 1), valueCells: cells.slice(1) };
  const firstValue = Math.max(1, cells.length - valueCount);
  const labelCells = cells.slice(0, firstValue).filter((cell) => cell.text !== '');
  const tail = cells.slice(firstValue);
  return { labelCells, valueCells: tail };
}

function matchedRow(row: GridRow, spec: RowSpec, labelCells: Cell[], valueCells: Cell[], columns: readonly ColumnSpec[]): MatchedRow {
  const label = labelCells[labelCells.length - 1];
  const tail = valueCells.slice(Math.max(0, valueCells.length - columns.length));
  // a group's own row published as a bare label across blank cells (（三）不予公开 above its items) has no values
  const labelOnly = spec.valued === 'subtotal' && tail.every((cell) => cell.text === '');
  const values = labelOnly ? [] : tail;
  const cells: ValueCell[] = values.map((cell, index) => {
    const column = columns[columns.length - values.length + index];
    return { rowId: spec.id, columnId: column.id, cell, value: parseCellValue(cell.text), kind: column.kind };
  });
  // a subtotal row may be a bare label: only a row that has some numbers must have all of them
  const short = values.length < columns.length && (spec.valued === 'always' || values.length > 0);
  return { rowId: spec.id, label: label.text, labelSpan: label.span, span: row.span, cells, short };
}
