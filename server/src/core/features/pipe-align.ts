import { PIPE_SEPARATOR } from '../parse/grids';
import { displayWidth } from '../text/width';

type Alignment = 'left' | 'center' | 'right';

interface SplitRow {
  /** the cells' contents, without the spaces and tabs that pad them */
  readonly cells: readonly string[];
  readonly delimiter: boolean;
}

/** the fewest dashes a delimiter cell gets, so every reader (GitHub's, ours: two or more) takes it for one */
const MIN_DASHES = 3;
const PADDING = /^[ \t]+|[ \t]+$/g;
const DELIMITER_CELL = /^:?-+:?$/;

/**
 * A Markdown pipe table's lines with its pipes aligned by display width (a Han character takes two columns), in
 * the layout `| cell | cell |`: each cell padded to its column's width, the delimiter row widened to match and its
 * colons kept, the columns aligned as it says. Only the spaces and tabs around the pipes change; every row keeps its
 * cells. Undefined when a row cannot be rewritten without changing what a reader sees in it (no cells at all; an
 * outer edge holding blanks other than spaces and tabs, which the checker drops and a Markdown renderer keeps).
 */
export function alignPipeTable(lines: readonly string[]): string[] | undefined {
  const indent = /^[ \t]*/.exec(lines[0])![0];
  const rows: SplitRow[] = [];
  for (const line of lines) {
    const row = splitRow(line);
    if (!row) return undefined;
    rows.push(row);
  }
  const columns = Math.max(...rows.map((row) => row.cells.length));
  const alignments: (Alignment | undefined)[] = Array.from({ length: columns }, () => undefined);
  const widths = Array.from({ length: columns }, () => MIN_DASHES);
  for (const row of rows) {
    row.cells.forEach((cell, column) => {
      if (!row.delimiter) widths[column] = Math.max(widths[column], displayWidth(cell));
      else {
        alignments[column] ??= alignmentOf(cell);
        widths[column] = Math.max(widths[column], MIN_DASHES + colons(cell));
      }
    });
  }
  return rows.map((row) => {
    const cells = row.cells.map((cell, column) => (row.delimiter
      ? delimiterCell(cell, widths[column])
      : padded(cell, widths[column], alignments[column] ?? 'left')));
    return `${indent}|${cells.map((cell) => ` ${cell} `).join('|')}|`;
  });
}

/**
 * The cells of a row as the checker's grid reads them (parse/grids.ts: a blank outer edge is no cell), except that
 * a pipe inside an HTML comment or escaped (\|) is part of its cell, so a comment is kept as it is written.
 */
function splitRow(line: string): SplitRow | undefined {
  const parts: string[] = [];
  let start = 0;
  for (let at = 0; at < line.length; at++) {
    if (line.startsWith('<!--', at)) {
      // a comment that does not close on this line is text here (one that closes further down hides the table)
      const close = line.indexOf('-->', at + 4);
      if (close >= 0) at = close + 2;
    } else if (line[at] === '\\') at++;
    else if (line[at] === '|') {
      parts.push(line.slice(start, at));
      start = at + 1;
    }
  }
  parts.push(line.slice(start));
  // a row ending in "\|": the checker splits there too and sees no cell after it; rewritten, the row would gain one
  if (/\\\|[ \t]*$/.test(line)) return undefined;
  const cells: string[] = [];
  for (let position = 0; position < parts.length; position++) {
    const part = parts[position];
    const edge = position === 0 || position === parts.length - 1;
    if (edge && part.trim() === '') {
      if (!/^[ \t]*$/.test(part)) return undefined;
      continue;
    }
    cells.push(part.replace(PADDING, ''));
  }
  if (cells.length === 0) return undefined;
  const delimiter = PIPE_SEPARATOR.test(line);
  // the checker's delimiter row allows any blank (a BOM, a full-width space) around its dashes: rewritten, it would be lost
  if (delimiter && !cells.every((cell) => DELIMITER_CELL.test(cell))) return undefined;
  return { cells, delimiter };
}

function alignmentOf(delimiter: string): Alignment | undefined {
  const left = delimiter.startsWith(':');
  const right = delimiter.endsWith(':');
  if (left && right) return 'center';
  if (right) return 'right';
  return left ? 'left' : undefined;
}

function colons(delimiter: string): number {
  return (delimiter.startsWith(':') ? 1 : 0) + (delimiter.endsWith(':') ? 1 : 0);
}

function delimiterCell(delimiter: string, width: number): string {
  const left = delimiter.startsWith(':') ? ':' : '';
  const right = delimiter.endsWith(':') ? ':' : '';
  return `${left}${'-'.repeat(width - left.length - right.length)}${right}`;
}

function padded(cell: string, width: number, alignment: Alignment): string {
  const room = width - displayWidth(cell);
  const before = alignment === 'right' ? room : alignment === 'center' ? Math.floor(room / 2) : 0;
  return `${' '.repeat(before)}${cell}${' '.repeat(room - before)}`;
}
