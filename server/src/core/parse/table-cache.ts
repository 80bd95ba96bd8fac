import type { Breakdown, BreakdownRow, Cell, Grid, GridRow, MatchedRow, Table } from '../model/types';
import { shifted, type Span } from '../text/span';
import { cacheSlot, type Caches } from '../cache/caches';
import { PlacedCache } from '../cache/placed-cache';
import type { FoundGrid } from './grids';
import { recognizeTable, type RecognizeContext } from './recognize';

/**
 * Recognised tables by content. A check after an edit recognises only the tables whose text changed;
 * the others come from the cache, moved to their new offsets when text before them grew or shrank.
 * Recognition reads nothing outside the grid (its cells, its folded text, the section's expected table
 * and the year's era), and the grid is made from its own lines and its caption, so the same text in the
 * same context recognises the same way.
 */
const RECOGNIZED = cacheSlot('recognized tables', (caches) => new PlacedCache<Recognition>(2000, caches));

/** A table and what it was recognised from besides its text. */
interface Recognition {
  readonly table: Table;
  readonly context: string;
  readonly folded: string;
}

export function recognizeCached(found: FoundGrid, text: string, context: RecognizeContext, caches: Caches): Table {
  const { start, end } = found.span;
  // the text is the key; the rest is compared on a hit (no copy of the table's text is made for a key)
  const caption = found.caption ? `${found.caption.span.start - start}\u0000${found.caption.text}` : '';
  const around = `${found.layout}\u0000${context.expected ?? ''}\u0000${context.yearEra ?? ''}\u0000${caption}`;
  const folded = context.folded.slice(start, end);
  const fits = (candidate: Recognition) => candidate.context === around && candidate.folded === folded;
  return caches.get(RECOGNIZED).get(
    text.slice(start, end), start,
    () => ({ table: recognizeTable(found.grid(), context), context: around, folded }),
    // a delimited grid is made from its lines alone, so its text says it all; a one-cell-per-line grid is compared
    (from, delta) => (found.layout !== 'lines' || sameGrid(found.grid(), from.table.grid, delta) ? { ...from, table: shiftTable(from.table, delta, caches) } : undefined),
    fits,
  ).table;
}

function sameSpan(a: Span, b: Span, delta: number): boolean {
  return a.start === b.start + delta && a.end === b.end + delta;
}

function sameCell(a: Cell | undefined, b: Cell | undefined, delta: number): boolean {
  if (a === undefined || b === undefined) return a === b;
  return a.text === b.text && sameSpan(a.span, b.span, delta);
}

/** the same rows and cells at the same places relative to the grid (the caption may lie outside it) */
function sameGrid(a: Grid, b: Grid, delta: number): boolean {
  if (a.layout !== b.layout || a.rows.length !== b.rows.length || !sameSpan(a.span, b.span, delta) || !sameCell(a.caption, b.caption, delta)) return false;
  for (let row = 0; row < a.rows.length; row++) {
    const cellsA = a.rows[row].cells;
    const cellsB = b.rows[row].cells;
    if (cellsA.length !== cellsB.length || !sameSpan(a.rows[row].span, b.rows[row].span, delta)) return false;
    for (let cell = 0; cell < cellsA.length; cell++) if (!sameCell(cellsA[cell], cellsB[cell], delta)) return false;
  }
  return true;
}

/** The table copied to its new place; what the checker computed from it follows (cache/object-memo.ts). */
function shiftTable(table: Table, delta: number, caches: Caches): Table {
  const moved = shiftedCopy(table, delta);
  caches.moved(table, moved, delta);
  return moved;
}

/** A copy of the table with every span moved by delta; cells stay shared between the grid and the rows that use them. */
function shiftedCopy(table: Table, delta: number): Table {
  const span = (value: Span): Span => shifted(value, delta);
  const cells = new Map<Cell, Cell>();
  const cell = (value: Cell): Cell => {
    let moved = cells.get(value);
    if (!moved) {
      moved = { text: value.text, span: span(value.span) };
      cells.set(value, moved);
    }
    return moved;
  };
  const gridRow = (row: GridRow): GridRow => ({ cells: row.cells.map(cell), span: span(row.span) });
  const grid: Grid = { ...table.grid, span: span(table.grid.span), caption: table.grid.caption && cell(table.grid.caption), rows: table.grid.rows.map(gridRow) };
  if (table.kind === 'standard') {
    const matchedRow = (row: MatchedRow): MatchedRow => ({
      ...row, labelSpan: span(row.labelSpan), span: span(row.span), cells: row.cells.map((value) => ({ ...value, cell: cell(value.cell) })),
    });
    return { ...table, grid, rows: table.rows.map(matchedRow) };
  }
  // a row can close one breakdown and open the next: moved once, still shared
  const rows = new Map<BreakdownRow, BreakdownRow>();
  const breakdownRow = (row: BreakdownRow): BreakdownRow => {
    let moved = rows.get(row);
    if (!moved) {
      moved = { ...row, labelSpan: span(row.labelSpan), cell: row.cell && cell(row.cell) };
      rows.set(row, moved);
    }
    return moved;
  };
  const breakdown = (value: Breakdown): Breakdown => ({ ...value, total: breakdownRow(value.total), items: value.items.map(breakdownRow) });
  return { ...table, grid, breakdowns: table.breakdowns.map(breakdown) };
}
