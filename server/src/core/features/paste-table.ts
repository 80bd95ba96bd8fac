import { applyEdits } from '../checker/lint';
import type { FormatId } from '../model/types';
import { parseReport } from '../parse/report';
import { parseCellValue } from '../text/numbers';
import type { Span, TextEdit } from '../text/span';
import { pipeTableConversions } from './convert-table';
import { alignPipeTable } from './pipe-align';

/** One cell of a pasted table, as a reader of HTML gives it. */
export interface PastedCell {
  readonly text: string;
  /** covered by the rowspan or colspan of the cell whose text this is */
  readonly merged: boolean;
  /** a header cell (th, or in a thead) */
  readonly header?: boolean;
}

/** What a paste carries, read by a host (an HTML reader gives the tables and the lines of text around them). */
export type PastedBlock =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'table'; readonly rows: readonly (readonly PastedCell[])[] };

/** The document a paste goes into: its text, the span the paste replaces, its format setting. */
export interface PasteTarget {
  readonly text: string;
  readonly span: Span;
  readonly format?: FormatId | 'auto';
}

/**
 * Pasted tables (from HTML) → the text to insert: each 表二/表三/表四 the core recognises where it lands (read with the
 * document around it, so in the document's era and section: 表二's four small tables join under 二、), as the canonical
 * pipe table (features/convert-table.ts: only when nothing is lost or added); every other table as a plain aligned
 * pipe table of its grid, the first row as header; the lines of text between them as they are. Undefined when the
 * paste holds no table (the host's default paste stays).
 */
export function pasteTables(target: PasteTarget, blocks: readonly PastedBlock[]): string | undefined {
  if (!blocks.some((block) => block.kind === 'table' && block.rows.length > 0)) return undefined;
  return onItsOwnLines(target, withTables(target, blocks, { paragraphs: 'lines' }));
}

/**
 * An imported document's blocks (a web page's article, a Word file's body) → a Markdown report in the layout the
 * parser reads best: each text block a paragraph of its own (a blank line between two), written as it is (a host
 * writes headings as `#` lines), each table as pasteTables writes it, recognised in the report it is part of.
 */
export function importedReport(blocks: readonly PastedBlock[], format: FormatId | 'auto' = 'auto'): string {
  const text = withTables({ text: '', span: { start: 0, end: 0 }, format }, blocks, { paragraphs: 'blank-lines' });
  return text === '' ? '' : `${text}\n`;
}

function withTables(target: PasteTarget, blocks: readonly PastedBlock[], layout: { readonly paragraphs: 'lines' | 'blank-lines' }): string {
  const lines: string[] = [];
  const placed: { readonly start: number; readonly end: number; readonly rows: readonly (readonly PastedCell[])[] }[] = [];
  let offset = 0;
  const push = (line: string) => {
    lines.push(line);
    offset += line.length + 1;
  };
  let previous: 'text' | 'table' | undefined;
  for (const block of blocks) {
    if (block.kind === 'table' && block.rows.length === 0) continue;
    // a blank line around each table: Markdown reads a pipe table only apart from a paragraph, and two tables as two
    if (previous !== undefined && (previous === 'table' || block.kind === 'table' || layout.paragraphs === 'blank-lines')) push('');
    previous = block.kind;
    if (block.kind === 'text') {
      push(oneLine(block.text));
      continue;
    }
    const start = offset;
    for (const row of block.rows) push(tabSeparated(row.map(filledIn)));
    placed.push({ start, end: offset - 1, rows: block.rows });
  }
  const pasted = lines.join('\n');
  const edits = conversionsWhereLanded(target, pasted);
  for (const { start, end, rows } of placed) {
    if (edits.some((edit) => edit.span.start < end && edit.span.end > start)) continue;
    const plain = plainPipeTable(rows);
    if (plain !== undefined) edits.push({ span: { start, end }, text: plain });
  }
  return applyEdits(pasted, edits).text;
}

/**
 * Pasted plain text → the text to insert when it holds a tab-separated or one-cell-per-line 表二/表三/表四 the core
 * converts where it lands; undefined otherwise, so the default paste stays.
 */
export function pasteText(target: PasteTarget, text: string): string | undefined {
  if (!mayHoldTable(text)) return undefined;
  const edits = conversionsWhereLanded(target, text);
  if (edits.length === 0) return undefined;
  return onItsOwnLines(target, applyEdits(text, edits).text);
}

/**
 * Most pastes are prose: parsing the whole document for them would delay every paste. A tab-separated table has a
 * tab on two lines at least, a one-cell-per-line one two lines that are a number or a placeholder.
 */
function mayHoldTable(text: string): boolean {
  let tabbed = 0;
  let values = 0;
  for (const line of text.split('\n')) {
    if (line.includes('\t')) tabbed++;
    const kind = parseCellValue(line.trim()).kind;
    if (kind === 'number' || kind === 'placeholder') values++;
    if (tabbed >= 2 || values >= 2) return true;
  }
  return false;
}

/** the conversions of the report tables wholly inside the pasted text once it is in the document, relative to it */
function conversionsWhereLanded(target: PasteTarget, pasted: string): TextEdit[] {
  const { before, after } = surroundings(target);
  const combined = before + pasted + after;
  const start = before.length;
  const end = start + pasted.length;
  return pipeTableConversions(parseReport(combined, { format: target.format ?? 'auto' }), { start, end })
    .map((conversion) => conversion.edit)
    .filter((edit) => edit.span.start >= start && edit.span.end <= end)
    .map((edit) => ({ span: { start: edit.span.start - start, end: edit.span.end - start }, text: edit.text }));
}

/** the document around the paste, the paste on lines of its own (a table cannot start or end mid-line) */
function surroundings(target: PasteTarget): { before: string; after: string } {
  const before = target.text.slice(0, target.span.start);
  const after = target.text.slice(target.span.end);
  return { before: before === '' || before.endsWith('\n') ? before : `${before}\n`, after: after === '' || after.startsWith('\n') || after.startsWith('\r\n') ? after : `\n${after}` };
}

function onItsOwnLines(target: PasteTarget, text: string): string {
  const before = target.text.slice(0, target.span.start);
  const after = target.text.slice(target.span.end);
  const eol = target.text.includes('\r\n') ? '\r\n' : '\n';
  const body = eol === '\n' ? text : text.replace(/\r?\n/g, eol);
  const breakBefore = before === '' || before.endsWith('\n') || body.startsWith('\n') || body.startsWith('\r\n') ? '' : eol;
  const breakAfter = after === '' || after.startsWith('\n') || after.startsWith('\r\n') || body.endsWith('\n') ? '' : eol;
  return `${breakBefore}${body}${breakAfter}`;
}

/**
 * A merged cell's text in each cell it covers when it is a label (every row and column keeps its name: the core reads
 * repeated parent labels and flattened headers), blank when it is a number or a placeholder (a value written once is
 * not two values).
 */
function filledIn(cell: PastedCell): string {
  if (!cell.merged) return cell.text;
  const kind = parseCellValue(cell.text).kind;
  return kind === 'number' || kind === 'placeholder' ? '' : cell.text;
}

/**
 * A grid as a Markdown pipe table, aligned by display width. Its header is the first row, or all the leading rows of
 * header cells (th) flattened into one: each column's labels from top to bottom, a merged label once, joined by "/"
 * (信息条数/网站), as converted web pages write a header of several levels.
 */
export function plainPipeTable(rows: readonly (readonly PastedCell[])[]): string | undefined {
  const width = Math.max(0, ...rows.map((row) => row.length));
  if (width === 0) return undefined;
  let headerRows = 0;
  while (headerRows < rows.length - 1 && rows[headerRows].length > 0 && rows[headerRows].every((cell) => cell.header)) headerRows++;
  headerRows = Math.max(headerRows, 1);
  const header = Array.from({ length: width }, (_, column) => {
    const labels: string[] = [];
    for (const row of rows.slice(0, headerRows)) {
      const text = oneLine(row[column]?.text ?? '');
      if (text !== '' && labels[labels.length - 1] !== text) labels.push(text);
    }
    return labels.join('/');
  });
  const line = (cells: readonly string[]) => `| ${Array.from({ length: width }, (_, index) => pipeCell(cells[index] ?? '')).join(' | ')} |`;
  const body = rows.slice(headerRows).map((row) => row.map(filledIn));
  const lines = [line(header), `|${Array.from({ length: width }, () => ' --- ').join('|')}|`, ...body.map(line)];
  return alignPipeTable(lines)?.join('\n');
}

function pipeCell(text: string): string {
  return oneLine(text).replace(/\|/g, '\\|');
}

/** trailing empty cells dropped: a caption row merged across the table reads as the caption line it is */
function tabSeparated(row: readonly string[]): string {
  const cells = row.map((cell) => oneLine(cell).replace(/\t/g, ' '));
  while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
  return cells.join('\t');
}

function oneLine(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').trim();
}
