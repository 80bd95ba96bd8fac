import type { Span } from '../text/span';
import type { Cell, Grid, GridRow, TableLayout } from '../model/types';
import { isBlank, isWhitespace, trimmedBounds, type Line } from '../text/line-index';
import type { CellValue } from '../text/numbers';

/** a pipe table's delimiter row (|---|:--:|) */
export const PIPE_SEPARATOR = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;
const CAPTION = /^\s*(?:附表\s*[\d一二三四五六七八九十]|表[一二三四五六七八九十\d]\s*[、.．:：\s]|.{0,30}统计表\s*$)/;
const UNIT_LINE = /^\s*单位[:：]/;
/** a cell line of a one-cell-per-line table: short and not a sentence */
const MAX_CELL_LINE = 40;
const MIN_NUMBERS = 3;

export interface GridScanInput {
  readonly lines: readonly Line[];
  /** folded text of each line */
  readonly folded: readonly string[];
  /** lines that are headings of a format section: one-cell-per-line tables never span them */
  readonly isSectionHeading: (lineIndex: number) => boolean;
  /** a cell's value; the parser's is kept by text from check to check (every line of a report is asked) */
  readonly cellValue: (text: string) => CellValue;
}

/**
 * A table found in the text. Its rows are split into cells only when asked for: a table the parser's
 * cache already holds (parse/table-cache.ts) never is.
 */
export interface FoundGrid {
  readonly layout: TableLayout;
  readonly span: Span;
  readonly caption?: Cell;
  grid(): Grid;
}

/** Finds every table in the text, whatever its layout: Markdown pipes, tab-separated rows, one cell per line. */
export function scanGrids(input: GridScanInput): FoundGrid[] {
  const grids: FoundGrid[] = [];
  const taken = new Uint8Array(input.lines.length);
  collectDelimited(input, 'pipe', isPipeLine, grids, taken);
  // inside a run, a row whose only non-blank cell is a bare group label (\t（三）不予公开\t\t\t) still belongs to it
  collectDelimited(input, 'tsv', isTsvLine, grids, taken, (text) => text.includes('\t') && !isBlank(text));
  collectLineTables(input, grids, taken);
  return grids.sort((a, b) => a.span.start - b.span.start);
}

/** a line of a Markdown pipe table: it starts with a pipe or holds two */
export function isPipeLine(text: string): boolean {
  const first = text.indexOf('|');
  if (first < 0) return false;
  return text.trimStart().startsWith('|') || text.indexOf('|', first + 1) >= 0;
}

/** a tab between cells: next to a non-blank character, inside the trimmed line */
function isTsvLine(text: string): boolean {
  let tab = text.indexOf('\t');
  if (tab < 0) return false;
  const { start, end } = trimmedBounds(text);
  for (; tab >= 0 && tab < end; tab = text.indexOf('\t', tab + 1)) {
    if (tab < start) continue;
    if ((tab > start && !isWhitespace(text.charCodeAt(tab - 1))) || (tab + 1 < end && !isWhitespace(text.charCodeAt(tab + 1)))) return true;
  }
  return false;
}

function collectDelimited(
  input: GridScanInput,
  layout: TableLayout,
  test: (text: string) => boolean,
  grids: FoundGrid[],
  taken: Uint8Array,
  continues: (text: string) => boolean = test,
): void {
  const { lines } = input;
  let index = 0;
  while (index < lines.length) {
    if (taken[index] || !test(lines[index].text)) {
      index++;
      continue;
    }
    const first = index;
    while (index < lines.length && !taken[index] && continues(lines[index].text)) index++;
    if (index - first < 2) continue;
    taken.fill(1, first, index);
    const span = { start: lines[first].start, end: lines[index - 1].end };
    const caption = captionAbove(input, first);
    const last = index;
    let grid: Grid | undefined;
    grids.push({
      layout, span, caption,
      grid: () => (grid ??= { layout, span, caption, rows: delimitedRows(lines.slice(first, last), layout) }),
    });
  }
}

function delimitedRows(lines: readonly Line[], layout: TableLayout): GridRow[] {
  const rows: GridRow[] = [];
  for (const line of lines) {
    if (layout === 'pipe' && PIPE_SEPARATOR.test(line.text)) continue;
    rows.push({ cells: splitCells(line, layout === 'pipe' ? '|' : '\t'), span: { start: line.start, end: line.end } });
  }
  return rows;
}

function splitCells(line: Line, separator: string): Cell[] {
  const cells: Cell[] = [];
  const text = line.text;
  let start = 0;
  const parts = text.split(separator);
  parts.forEach((part, position) => {
    const partStart = start;
    start += part.length + separator.length;
    const isEdge = (position === 0 || position === parts.length - 1) && part.trim() === '';
    if (separator === '|' && isEdge) return;
    if (separator === '\t' && position === 0 && part.trim() === '') return;
    const leading = part.length - part.trimStart().length;
    const value = part.trim();
    const cellStart = line.start + partStart + (value ? leading : 0);
    // an empty pipe cell spans the blanks between its pipes, so a diagnostic on it is visible
    const cellEnd = value ? cellStart + value.length : cellStart + (separator === '|' ? part.length : 0);
    cells.push({ text: value, span: { start: cellStart, end: cellEnd } });
  });
  return cells;
}

function captionAbove(input: GridScanInput, first: number): Cell | undefined {
  for (let at = first - 1; at >= 0 && at >= first - 3; at--) {
    const line = input.lines[at];
    if (isBlank(line.text) || UNIT_LINE.test(input.folded[at])) continue;
    if (CAPTION.test(input.folded[at])) return lineCell(line);
    return undefined;
  }
  return undefined;
}

function lineCell(line: Line): Cell {
  const leading = line.text.length - line.text.trimStart().length;
  const value = line.text.trim();
  return { text: value, span: { start: line.start + leading, end: line.start + leading + value.length } };
}

function isCellLine(text: string): boolean {
  // most lines are long prose: ruled out before trimming
  if (text.length > MAX_CELL_LINE) {
    const { start, end } = trimmedBounds(text);
    if (end - start > MAX_CELL_LINE) return false;
  }
  return !SENTENCE_END_LINE.test(text);
}

const SENTENCE_END_LINE = /[。；;]\s*$/;

/**
 * One cell per line, as copied from a web page or a Word table: a label line followed by its
 * number lines. A run of short lines becomes tables, split at captions and section headings.
 */
function collectLineTables(input: GridScanInput, grids: FoundGrid[], taken: Uint8Array): void {
  const { lines } = input;
  let index = 0;
  while (index < lines.length) {
    if (taken[index] || isBlank(lines[index].text) || !isCellLine(lines[index].text)) {
      index++;
      continue;
    }
    const run: number[] = [];
    while (index < lines.length && !taken[index] && isCellLine(lines[index].text)) {
      if (!isBlank(lines[index].text)) run.push(index);
      index++;
    }
    for (const segment of splitRun(input, run)) {
      const grid = lineGrid(input, segment);
      if (grid) {
        grids.push({ layout: grid.layout, span: grid.span, caption: grid.caption, grid: () => grid });
        for (const at of segment) taken[at] = 1;
      }
    }
  }
}

function splitRun(input: GridScanInput, run: number[]): number[][] {
  const segments: number[][] = [];
  let current: number[] = [];
  for (const at of run) {
    if (input.isSectionHeading(at)) {
      segments.push(current);
      current = [];
      continue;
    }
    if (CAPTION.test(input.folded[at])) {
      segments.push(current);
      current = [];
    }
    current.push(at);
  }
  segments.push(current);
  return segments;
}

/** a page footer extracted from a PDF into the middle of a table: "— 3 —", "- 3 -", "第 3 页 共 12 页" */
const PAGE_FOOTER = /^\s*(?:[-—–]+\s*\d{1,3}\s*[-—–]+|第\s*\d{1,3}\s*页(?:\s*[,，/]?\s*共\s*\d{1,3}\s*页)?)\s*$/;
const SPACED_NUMBERS = /^\s*\d[\d,]*(?:\.\d+)?(?:[ \u3000]+\d[\d,]*(?:\.\d+)?)+\s*$/;

/**
 * The number cells of a line: the line itself, or, in text extracted from a PDF, each of the
 * space-separated numbers a row's values arrive as ("41 4 1 0 1 1 48").
 */
function numberCells(input: GridScanInput, line: Line): Cell[] {
  const cell = lineCell(line);
  if (input.cellValue(cell.text).kind === 'number') return [cell];
  if (!SPACED_NUMBERS.test(line.text)) return [];
  const cells: Cell[] = [];
  for (const match of line.text.matchAll(/[^\s\u3000]+/g)) {
    const start = line.start + match.index;
    cells.push({ text: match[0], span: { start, end: start + match[0].length } });
  }
  return cells.every((candidate) => input.cellValue(candidate.text).kind === 'number') ? cells : [];
}

function lineGrid(input: GridScanInput, segment: number[]): Grid | undefined {
  segment = segment.filter((at) => !PAGE_FOOTER.test(input.folded[at]));
  const numbersOn = segment.map((at) => numberCells(input, input.lines[at]));
  const captioned = segment.length > 0 && CAPTION.test(input.folded[segment[0]]);
  if (numbersOn.reduce((sum, numbers) => sum + numbers.length, 0) < (captioned ? 1 : MIN_NUMBERS)) return undefined;
  let lastNumber = numbersOn.length - 1;
  while (lastNumber >= 0 && numbersOn[lastNumber].length === 0) lastNumber--;
  let caption: Cell | undefined;
  const rows: { cells: Cell[]; start: number; end: number }[] = [];
  for (let position = 0; position <= lastNumber; position++) {
    const at = segment[position];
    const line = input.lines[at];
    if (caption === undefined && rows.length === 0 && CAPTION.test(input.folded[at])) {
      caption = lineCell(line);
      continue;
    }
    if (UNIT_LINE.test(input.folded[at])) continue;
    const numbers = numbersOn[position];
    const current = rows[rows.length - 1];
    if (numbers.length > 0 && current) {
      current.cells.push(...numbers);
      current.end = line.end;
    } else {
      rows.push({ cells: [lineCell(line)], start: line.start, end: line.end });
    }
  }
  if (rows.length === 0) return undefined;
  const start = caption?.span.start ?? rows[0].start;
  return {
    layout: 'lines',
    span: { start, end: rows[rows.length - 1].end },
    caption,
    rows: rows.map((row) => ({ cells: row.cells, span: { start: row.start, end: row.end } })),
  };
}
