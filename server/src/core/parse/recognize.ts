import { tableSpecs, type TableId, type TableSpec } from '../formats';
import type { EraId } from '../formats/schema';
import type { Cell, Grid, GridRow, MatchedRow, StandardTable, Table, ValueCell } from '../model/types';
import { normalizeLabel, stripNumbering } from '../text/fold';
import { parseCellValue } from '../text/numbers';
import { genericTable } from './breakdowns';
import { matchesKeywords } from './headings';
import { matrixTable } from './matrix';
import { RowMatcher } from './row-matcher';

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
