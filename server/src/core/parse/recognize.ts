import { tableSpecs, type TableId, type TableSpec } from '../formats';
import type { ColumnSpec, EraId, RowSpec } from '../formats/schema';
import type { Cell, Grid, GridRow, MatchedRow, StandardTable, Table, ValueCell } from '../model/types';
import { normalizeLabel, stripNumbering } from '../text/fold';
import { parseCellValue } from '../text/numbers';
import { genericTable } from './breakdowns';
import { matchesKeywords } from './headings';
import { rowLabel, type RowLabel } from './labels';

export interface RecognizeContext {
  readonly folded: string;
  /** the table the enclosing section must hold (2019/2021 sections 二, 三, 四) */
  readonly expected?: TableId;
  /** the era the report's year calls for */
  readonly yearEra?: EraId;
}

const CONFIDENT = 3;

export function recognizeTable(grid: Grid, context: RecognizeContext): Table {
  const labels = new Map<Cell, string>();
  const labelOf = (cell: Cell) => {
    let label = labels.get(cell);
    if (label === undefined) {
      label = normalizeLabel(context.folded.slice(cell.span.start, cell.span.end));
      labels.set(cell, label);
    }
    return label;
  };
  let id: TableId | undefined;
  // the table its section calls for, when its labels say so at all; otherwise whichever table its labels fit best
  if (context.expected && contentScore(grid, context.expected, labelOf) > 0) id = context.expected;
  else {
    const scores = (['t2', 't3', 't4'] as const).map((candidate) => ({ id: candidate, score: contentScore(grid, candidate, labelOf) }));
    const best = scores.reduce((a, b) => (b.score > a.score ? b : a));
    if (best.score >= CONFIDENT) id = best.id;
    else if (context.expected) id = context.expected;
  }
  if (!id) return genericTable(grid, labelOf);
  const { spec, evident } = chooseSpec(grid, id, context);
  return { ...standardTable(grid, spec, labelOf), eraEvident: evident };
}

function contentScore(grid: Grid, id: TableId, labelOf: (cell: Cell) => string): number {
  const spec = tableSpecs(id)[tableSpecs(id).length - 1];
  if (spec.layout === 'single-row') {
    const words = ['行政复议', '行政诉讼', '维持', '纠正', '尚未审结'];
    const text = grid.rows.flatMap((row) => row.cells.map(labelOf)).join('|');
    return words.filter((word) => text.includes(word)).length;
  }
  const matched = new Set<string>();
  for (const row of grid.rows) {
    // labels lead a row: stop at its first number
    for (const cell of row.cells) {
      if (cell.text === '') continue;
      if (/^[\d,.\s-]+$/.test(cell.text)) break;
      const label = stripNumbering(labelOf(cell));
      const rowSpec = spec.rows.find((candidate) => !candidate.exact && !matched.has(candidate.id) && matchesKeywords(label, candidate.match));
      if (rowSpec) matched.add(rowSpec.id);
    }
  }
  return matched.size;
}

function chooseSpec(grid: Grid, id: TableId, context: RecognizeContext): { spec: TableSpec; evident: boolean } {
  const candidates = tableSpecs(id);
  // markers are plain words: look for them in the table's own text, no normalisation needed
  const text = context.folded.slice(grid.span.start, grid.span.end);
  const byText = candidates.find((spec) => spec.markers.some((marker) => 'text' in marker && text.includes(marker.text)));
  if (byText) return { spec: byText, evident: true };
  for (const spec of candidates) {
    const rowMarkers = spec.markers.filter((marker): marker is { rowWithValues: string } => 'rowWithValues' in marker);
    if (rowMarkers.length === 0) continue;
    if (rowMarkers.every((marker) => rowHasValues(grid, spec.rows.find((row) => row.id === marker.rowWithValues)!.match, context.folded))) {
      return { spec, evident: true };
    }
  }
  return { spec: candidates.find((spec) => spec.era === context.yearEra) ?? candidates[candidates.length - 1], evident: false };
}

/** A row labelled so (any alternative of keywords) that holds at least one number. */
function rowHasValues(grid: Grid, match: readonly (readonly string[])[], folded: string): boolean {
  return grid.rows.some((row) => {
    const text = folded.slice(row.span.start, row.span.end);
    return match.some((words) => words.every((word) => text.includes(word)))
      && row.cells.some((cell) => parseCellValue(cell.text).kind === 'number');
  });
}

function standardTable(grid: Grid, spec: TableSpec, labelOf: (cell: Cell) => string): StandardTable {
  switch (spec.layout) {
    case 'matrix':
      return matrixTable(grid, spec, labelOf);
    case 'rowwise':
      return rowwiseTable(grid, spec, labelOf);
    case 'single-row':
      return singleRowTable(grid, spec);
  }
}

class RowMatcher {
  private cursor = 0;
  private matchedRows = 0;
  private readonly used = new Set<string>();
  constructor(private readonly rows: readonly RowSpec[]) {}

  match(label: string, allowStart: boolean): RowSpec | undefined {
    const index = this.find((spec) => spec.exact ? spec.match.some((words) => words.includes(label)) : matchesKeywords(label, spec.match));
    if (index < 0) return undefined;
    const spec = this.rows[index];
    if (!allowStart && this.matchedRows === 0 && (spec.exact || spec.id === 'sum')) return undefined;
    this.take(index);
    this.matchedRows++;
    return spec;
  }

  /**
   * A group label carried on a child's row (a merged cell, or a flattened one): the group's own row
   * (三、本年度办理结果, （三）不予公开) is present, as a heading without numbers of its own.
   */
  markParent(label: string): void {
    const index = this.find((spec) => spec.valued !== 'always' && !spec.exact && matchesKeywords(label, spec.match));
    if (index >= 0) this.take(index);
  }

  missing(): string[] {
    return this.rows.filter((spec) => spec.required && !this.used.has(spec.id)).map((spec) => spec.id);
  }

  /** the first unused spec that fits after the last one taken; else any unused one that is not an exact match */
  private find(fits: (spec: RowSpec) => boolean): number {
    const free = (spec: RowSpec) => !this.used.has(spec.id) && fits(spec);
    const index = this.rows.findIndex((spec, at) => at >= this.cursor && free(spec));
    return index >= 0 ? index : this.rows.findIndex((spec) => !spec.exact && free(spec));
  }

  private take(index: number): void {
    this.used.add(this.rows[index].id);
    this.cursor = index + 1;
  }
}

function matrixTable(grid: Grid, spec: TableSpec, labelOf: (cell: Cell) => string): StandardTable {
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

function rowwiseTable(grid: Grid, spec: TableSpec, labelOf: (cell: Cell) => string): StandardTable {
  const matcher = new RowMatcher(spec.rows);
  const rows: MatchedRow[] = [];
  for (const row of grid.rows) {
    const labelIndex = row.cells.findIndex((cell) => cell.text !== '' && parseCellValue(cell.text).kind === 'text');
    if (labelIndex < 0) continue;
    const rowSpec = matcher.match(stripNumbering(labelOf(row.cells[labelIndex])), true);
    if (!rowSpec) continue;
    const columnIds = rowSpec.columns ?? [];
    const values = row.cells.slice(labelIndex + 1, labelIndex + 1 + columnIds.length);
    const cells: ValueCell[] = values.map((cell, index) => {
      const column = spec.columns.find((candidate) => candidate.id === columnIds[index])!;
      return { rowId: rowSpec.id, columnId: column.id, cell, value: parseCellValue(cell.text), kind: column.kind };
    });
    const label = row.cells[labelIndex];
    rows.push({ rowId: rowSpec.id, label: label.text, labelSpan: label.span, span: row.span, cells, short: values.length < columnIds.length });
  }
  return { kind: 'standard', spec, eraEvident: false, grid, rows, columnIds: spec.columns.map((column) => column.id), missingRows: matcher.missing(), missingColumns: [] };
}

function singleRowTable(grid: Grid, spec: TableSpec): StandardTable {
  const width = spec.columns.length;
  const isValue = (cell: Cell) => parseCellValue(cell.text).kind !== 'text';
  let best: { row: GridRow; values: Cell[] } | undefined;
  for (const row of grid.rows) {
    const cells = grid.layout === 'lines' ? row.cells.slice(1) : row.cells;
    const tail = cells.slice(Math.max(0, cells.length - width));
    if (!tail.every(isValue) || tail.length === 0) continue;
    if (!best || tail.length >= best.values.length) best = { row, values: tail };
  }
  const rowSpec = spec.rows[0];
  const rows: MatchedRow[] = [];
  if (best) {
    const offset = width - best.values.length;
    rows.push({
      rowId: rowSpec.id, label: rowSpec.label, labelSpan: best.row.span, span: best.row.span, short: best.values.length < width,
      cells: best.values.map((cell, index) => {
        const column = spec.columns[offset + index];
        return { rowId: rowSpec.id, columnId: column.id, cell, value: parseCellValue(cell.text), kind: column.kind };
      }),
    });
  }
  return {
    kind: 'standard', spec, eraEvident: false, grid, rows, columnIds: spec.columns.map((column) => column.id),
    missingRows: best ? [] : [rowSpec.id], missingColumns: [],
  };
}
