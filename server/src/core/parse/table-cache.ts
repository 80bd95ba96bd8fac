import type { Breakdown, BreakdownRow, Cell, Grid, GridRow, MatchedRow, Table } from '../model/types';
import { shifted, type Span } from '../model/span';
import { PlacedCache } from '../text/placed-cache';
import type { FoundGrid } from './grids';
import { recognizeTable, type RecognizeContext } from './recognize';

/**
 * Recognised tables by content. A check after an edit recognises only the tables whose text changed;
 * the others come from the cache, moved to their new offsets when text before them grew or shrank.
 * Recognition reads nothing outside the grid (its cells, its folded text, the section's expected table
 * and the year's era), and the grid is made from its own lines and its caption, so the same text in the
 * same context recognises the same way.
 */
const recognized = new PlacedCache<Recognition>(2000);

/** A table and what it was recognised from besides its text. */
interface Recognition {
  readonly table: Table;
  readonly context: string;
  readonly folded: string;
}

export function recognizeCached(found: FoundGrid, text: string, context: RecognizeContext): Table {
  const { start, end } = found.span;
  // the text is the key; the rest is compared on a hit (no copy of the table's text is made for a key)
  const caption = found.caption ? `${found.caption.span.start - start}\u0000${found.caption.text}` : '';
  const around = `${found.layout}\u0000${context.expected ?? ''}\u0000${context.yearEra ?? ''}\u0000${caption}`;
  const folded = context.folded.slice(start, end);
  const fits = (candidate: Recognition) => candidate.context === around && candidate.folded === folded;
  return recognized.get(
    text.slice(start, end), start,
    () => ({ table: recognizeTable(found.grid(), context), context: around, folded }),
    // a delimited grid is made from its lines alone, so its text says it all; a one-cell-per-line grid is compared
    (from, delta) => (found.layout !== 'lines' || sameGrid(found.grid(), from.table.grid, delta) ? { ...from, table: shiftTable(from.table, delta) } : undefined),
    fits,
  ).table;
}

/** For measuring a cold check. */
export function clearTableCache(): void {
  recognized.clear();
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

/**
 * A result computed from one table (its equations, a rule's findings), kept with the table: an unchanged table
 * is the same object from check to check, and when a table moves, what was computed from it moves along.
 */
export class TableMemo<T> {
  readonly #values = new WeakMap<Table, T>();
  /** moved tables whose result is copied only when asked for (a table moves on every keystroke above it) */
  readonly #pending = new WeakMap<Table, { readonly value: T; readonly delta: number }>();

  /** `move` copies a result to a table `delta` further on */
  constructor(private readonly move: (value: T, delta: number, to: Table) => T) {
    memos.push(this as TableMemo<unknown>);
  }

  get(table: Table, compute: (table: Table) => T): T {
    let value = this.#values.get(table);
    if (value === undefined) {
      const pending = this.#pending.get(table);
      value = pending ? this.move(pending.value, pending.delta, table) : compute(table);
      this.#values.set(table, value);
    }
    return value;
  }

  moved(from: Table, to: Table, delta: number): void {
    const value = this.#values.get(from);
    const pending = value !== undefined ? { value, delta } : this.#pending.get(from);
    if (pending) this.#pending.set(to, value !== undefined ? pending : { value: pending.value, delta: pending.delta + delta });
  }
}

const memos: TableMemo<unknown>[] = [];

function shiftTable(table: Table, delta: number): Table {
  const moved = shiftedCopy(table, delta);
  for (const memo of memos) memo.moved(table, moved, delta);
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
  const breakdown = (value: Breakdown): Breakdown => ({ total: breakdownRow(value.total), items: value.items.map(breakdownRow) });
  return { ...table, grid, breakdowns: table.breakdowns.map(breakdown) };
}
