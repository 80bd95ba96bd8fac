import { applyEdits, minimalEdit } from '../checker/lint';
import type { Report } from '../model/types';
import { isPipeLine } from '../parse/grids';
import { delimitedSpans } from '../text/delimited';
import type { Line } from '../text/line-index';
import type { Span, TextEdit } from '../text/span';
import { alignPipeTable } from './pipe-align';

/**
 * Format Document / Format Selection: the report's pipe tables (表二, 表三, 表四 as the checker recognised them)
 * with their pipes aligned by display width. With a range, only the tables that intersect it. The edits are the
 * smallest per line and touch only the padding around the pipes: no other table, no fenced or indented code, no
 * table inside a comment, nothing outside the tables. Formatting the result again gives no edit.
 */
export function formatTables(report: Report, range?: Span): TextEdit[] {
  const edits: TextEdit[] = [];
  let hidden: HiddenLines | undefined;
  for (const block of pipeBlocks(report)) {
    if (range && (block.span.start > range.end || block.span.end < range.start)) continue;
    hidden ??= hiddenLines(report);
    if (block.lines.some((line) => hidden!.has(line.index)) || /^(?: {4}|\t)/.test(block.lines[0].text)) continue;
    const aligned = alignPipeTable(block.lines.map((line) => line.text));
    if (!aligned) continue;
    block.lines.forEach((line, position) => {
      if (aligned[position] === line.text) return;
      for (const edit of paddingEdits(line.text, aligned[position])) {
        edits.push({ span: { start: line.start + edit.span.start, end: line.start + edit.span.end }, text: edit.text });
      }
    });
  }
  return edits;
}

const GAP = /[ \t|]/;

/**
 * The edits that turn a row into its aligned form, one per stretch of padding and pipes that changed, so no cell's
 * text is replaced (even by itself): an editor keeps the cursor and the marks in it. The cells are the same in
 * both, in order, so the two differ only in the stretches between them; should they not (a delimiter row, whose
 * dashes are its cells), the row's one smallest edit.
 */
function paddingEdits(before: string, after: string): TextEdit[] {
  const edits: TextEdit[] = [];
  let at = 0;
  let to = 0;
  while (at < before.length || to < after.length) {
    if (before[at] === after[to]) {
      at++;
      to++;
      continue;
    }
    const gapStart = at;
    const newStart = to;
    while (at < before.length && GAP.test(before[at])) at++;
    while (to < after.length && GAP.test(after[to])) to++;
    if (at === gapStart && to === newStart) return [minimalEdit(before, after)];
    const edit = minimalEdit(before.slice(gapStart, at), after.slice(newStart, to));
    edits.push({ span: { start: gapStart + edit.span.start, end: gapStart + edit.span.end }, text: edit.text });
  }
  return applyEdits(before, edits).text === after ? edits : [minimalEdit(before, after)];
}

interface PipeBlock {
  readonly lines: readonly Line[];
  readonly span: Span;
}

/**
 * Each Markdown table of the recognised tables: a run of pipe lines. A 表二 published as several small tables (one
 * per 第二十条 item) is one table of the model and several Markdown tables, each aligned by itself.
 */
function pipeBlocks(report: Report): PipeBlock[] {
  const blocks: PipeBlock[] = [];
  for (const table of report.tables) {
    if (table.kind !== 'standard' || table.grid.layout !== 'pipe') continue;
    const { lines } = report.lines;
    let run: Line[] = [];
    const close = () => {
      if (run.length > 0) blocks.push({ lines: run, span: { start: run[0].start, end: run[run.length - 1].end } });
      run = [];
    };
    for (let index = report.lines.lineAt(table.grid.span.start).index; index < lines.length && lines[index].start <= table.grid.span.end; index++) {
      if (isPipeLine(lines[index].text)) run.push(lines[index]);
      else close();
    }
    close();
  }
  return blocks;
}

type HiddenLines = ReadonlySet<number>;

/** Lines a reader sees as code or not at all: inside a fenced code block (``` or ~~~), or a comment over several lines. */
function hiddenLines(report: Report): HiddenLines {
  const hidden = new Set<number>();
  let fence: string | undefined;
  for (const line of report.lines.lines) {
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line.text)?.[1];
    if (fence !== undefined) {
      hidden.add(line.index);
      if (marker && marker[0] === fence[0] && marker.length >= fence.length && line.text.trim() === marker) fence = undefined;
    } else if (marker) {
      hidden.add(line.index);
      fence = marker;
    }
  }
  for (const comment of delimitedSpans(report.text, '<!--', '-->')) {
    const first = report.lines.lineAt(comment.start).index;
    const last = report.lines.lineAt(comment.end).index;
    for (let index = first; index <= last && first !== last; index++) hidden.add(index);
  }
  return hidden;
}
