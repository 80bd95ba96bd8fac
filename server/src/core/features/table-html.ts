import type { Finding } from '../checker/lint';
import { rowPath } from '../formats/row-paths';
import type { ColumnSpec, RowSpec, TableSpec } from '../formats/schema';
import type { Cell, GenericTable, Report, StandardTable, Table } from '../model/types';
import type { Severity } from '../rules/kit/define';
import { escapeHtml } from '../text/html';
import { parseCellValue } from '../text/numbers';
import type { Span } from '../text/span';
import { lostCells } from './table-values';

/**
 * The one table renderer for every HTML the product makes (the Markdown preview, the HTML export, the audit page):
 * a report table in the template's official layout — its merged header cells (表三's note over the header rows,
 * 申请人情况 and 法人或其他组织 over their columns, 表四's three levels) and its row labels merged as the template
 * merges them — with each cell as written, and the cells a finding points at marked (class `gkr-error` … and the
 * findings' messages as the cell's title; a template placeholder also `gkr-unfilled`).
 */
export interface RenderedTable {
  readonly table: Table;
  readonly html: string;
  /** the text the HTML stands for: the table's rows, and the heading of its first block when written above them */
  readonly span: Span;
}

/** Every table of the report that can be rendered without losing a value; a table that cannot is left out. */
export function renderReportTables(report: Report, findings: readonly Finding[]): RenderedTable[] {
  const rendered: RenderedTable[] = [];
  for (const table of report.tables) {
    const inTable = findings.filter((finding) => finding.span.start >= table.grid.span.start && finding.span.start <= table.grid.span.end);
    const html = table.kind === 'standard' ? standardTable(table, inTable) : genericTable(table, inTable);
    if (html !== undefined) rendered.push({ table, html, span: { start: blockHeadingAbove(report, table) ?? table.grid.span.start, end: table.grid.span.end } });
  }
  return rendered;
}

/** 表二's first block heading (第二十条第（一）项) on the line above the rows: the rendered table holds it */
function blockHeadingAbove(report: Report, table: Table): number | undefined {
  if (table.kind !== 'standard' || table.spec.layout !== 'rowwise') return undefined;
  const line = report.lines.lineAt(table.grid.span.start).index;
  if (line === 0) return undefined;
  const above = report.lines.lines[line - 1];
  const text = above.text.replace(/\|/g, '').trim();
  return table.spec.rows.some((row) => row.group === text) ? above.start : undefined;
}

const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info', 'hint'];

interface HtmlCell {
  readonly text: string;
  readonly header?: boolean;
  readonly colspan?: number;
  readonly rowspan?: number;
  /** the text cell it was written in, to mark it with the findings inside */
  readonly source?: Cell;
}

/** Renders rows of cells; the findings inside a cell mark it, the others are listed under the table. */
function tableElement(className: string, caption: Cell | undefined, rows: readonly (readonly HtmlCell[])[], findings: readonly Finding[]): string {
  const placed = new Set<Finding>();
  const cellHtml = (cell: HtmlCell) => {
    const tag = cell.header ? 'th' : 'td';
    const classes: string[] = [];
    const attributes: string[] = [];
    if (cell.colspan && cell.colspan > 1) attributes.push(`colspan="${cell.colspan}"`);
    if (cell.rowspan && cell.rowspan > 1) attributes.push(`rowspan="${cell.rowspan}"`);
    if (!cell.header) {
      const value = parseCellValue(cell.text);
      if (value.kind === 'number') classes.push('gkr-number');
      if (value.kind === 'placeholder') classes.push('gkr-unfilled');
    }
    const source = cell.source;
    const marks = source ? findings.filter((finding) => within(finding.span, source.span)) : [];
    for (const mark of marks) placed.add(mark);
    if (marks.length > 0) {
      const worst = SEVERITY_ORDER.find((severity) => marks.some((mark) => mark.severity === severity))!;
      classes.push(`gkr-${worst}`);
      attributes.push(`title="${escapeHtml(marks.map((mark) => mark.message).join('\n'))}"`);
    }
    if (classes.length > 0) attributes.unshift(`class="${classes.join(' ')}"`);
    return `<${tag}${attributes.map((attribute) => ` ${attribute}`).join('')}>${escapeHtml(cell.text.trim())}</${tag}>`;
  };
  const body = rows.map((row) => `<tr>${row.map(cellHtml).join('')}</tr>`).join('\n');
  const notes = findings.filter((finding) => !placed.has(finding));
  const list = notes.length === 0 ? '' : `\n<ul class="gkr-notes">${notes.map((note) => `<li class="gkr-${note.severity}">${escapeHtml(note.message)}</li>`).join('')}</ul>`;
  // the caption line (附表1 主动公开情况统计 单位：条) is among the lines the table stands for
  const title = caption ? `<caption>${escapeHtml(caption.text.trim())}</caption>\n` : '';
  return `<table class="gkr-table ${className}">\n${title}${body}\n</table>${list}`;
}

const within = (inner: Span, outer: Span) => inner.start >= outer.start && inner.end <= outer.end;

function standardTable(table: StandardTable, findings: readonly Finding[]): string | undefined {
  const { spec } = table;
  const valueCells = new Map<string, Cell>();
  for (const row of table.rows) for (const value of row.cells) valueCells.set(`${row.rowId}\n${value.columnId}`, value.cell);
  const carried = new Set<Cell>();
  const value = (rowId: string, columnId: string): HtmlCell => {
    const cell = valueCells.get(`${rowId}\n${columnId}`);
    if (!cell) return { text: '' };
    carried.add(cell);
    return { text: cell.text, source: cell };
  };
  // the columns the template has, and an optional one (小计) when the report has it
  const columns = spec.columns.filter((column) => !column.optional || table.columnIds.includes(column.id));
  const rows = spec.layout === 'rowwise' ? rowwiseRows(spec, table, value)
    : spec.layout === 'single-row' ? [...columnHeader(spec, columns, 0), spec.rows.flatMap((row) => columns.map((column) => value(row.id, column.id)))]
      : matrixRows(spec, table, columns, value);
  if (lostCells(table, carried)) return undefined;
  return tableElement(`gkr-${spec.id}`, table.grid.caption, rows, findings);
}

/** 表三 and 表四: the header over the value columns, levels from the columns' parents; the corner over the row labels. */
function columnHeader(spec: TableSpec, columns: readonly ColumnSpec[], labelColumns: number): HtmlCell[][] {
  const paths = columns.map((column) => [
    ...(spec.columnGroup ? [spec.columnGroup.zh] : []),
    ...column.parents.map((parent) => parent.zh),
    column.parents.length > 0 ? column.short ?? column.label : column.label,
  ]);
  const levels = Math.max(...paths.map((path) => path.length));
  const rows: HtmlCell[][] = Array.from({ length: levels }, () => []);
  if (labelColumns > 0) rows[0].push({ text: spec.corner ?? '', header: true, colspan: labelColumns, rowspan: levels });
  for (let level = 0; level < levels; level++) {
    for (let index = 0; index < columns.length; index++) {
      const path = paths[index];
      if (level >= path.length) continue;
      const leaf = level === path.length - 1;
      if (leaf) {
        rows[level].push({ text: path[level], header: true, rowspan: levels - level });
        continue;
      }
      // an ancestor spans the neighbouring columns under the same ancestors
      const prefix = path.slice(0, level + 1).join('\n');
      let span = 1;
      while (index + span < columns.length && paths[index + span].length - 1 > level && paths[index + span].slice(0, level + 1).join('\n') === prefix) span++;
      rows[level].push({ text: path[level], header: true, colspan: span });
      index += span - 1;
    }
  }
  return rows;
}

interface LabelCell {
  readonly id: string;
  readonly text: string;
  colspan: number;
  rowspan: number;
}

/**
 * 表三: the header, then each row with its labels as the template lays them out: a parent's label
 * (三、本年度办理结果, （三）不予公开) merged down over its items, an item's label spanning to the values.
 * A parent with a row of its own (a 小计 a report adds) heads that row and its items; its own row says 小计.
 */
function matrixRows(spec: TableSpec, table: StandardTable, columns: readonly ColumnSpec[], value: (rowId: string, columnId: string) => HtmlCell): HtmlCell[][] {
  const hasValues = (rowId: string) => table.rows.some((row) => row.rowId === rowId && row.cells.some((cell) => cell.cell.text.trim() !== ''));
  const parents = new Set(spec.rows.flatMap((row) => rowPath(spec, row.id).slice(0, -1).map((parent) => parent.id)));
  const shown = spec.rows.filter((row) => row.valued === 'always' || (row.valued === 'subtotal' && (!parents.has(row.id) || hasValues(row.id))));
  const paths = shown.map((row) => rowPath(spec, row.id));
  const depth = Math.max(...paths.map((path, index) => path.length + (parents.has(shown[index].id) ? 1 : 0)));
  const labels: LabelCell[][] = paths.map((path, index) => {
    const own = parents.has(shown[index].id);
    const ancestors: RowSpec[] = own ? path : path.slice(0, -1);
    const cells: LabelCell[] = ancestors.map((row) => ({ id: row.id, text: row.label, colspan: 1, rowspan: 1 }));
    const leafText = own ? '小计' : path[path.length - 1].label;
    cells.push({ id: `${shown[index].id}\nleaf`, text: leafText, colspan: depth - ancestors.length, rowspan: 1 });
    return cells;
  });
  // a parent's label is written once, over every row below it
  const merged: LabelCell[][] = labels.map(() => []);
  const open = new Map<number, LabelCell>();
  labels.forEach((cells, rowIndex) => {
    cells.forEach((cell, level) => {
      const above = open.get(level);
      if (above && above.id === cell.id) {
        above.rowspan++;
        return;
      }
      merged[rowIndex].push(cell);
      open.set(level, cell);
    });
    for (const level of [...open.keys()]) if (level >= cells.length) open.delete(level);
  });
  const body = shown.map((row, index) => [
    ...merged[index].map((cell) => ({ text: cell.text, header: true, colspan: cell.colspan, rowspan: cell.rowspan })),
    ...columns.map((column) => value(row.id, column.id)),
  ]);
  return [...columnHeader(spec, columns, depth), ...body];
}

/**
 * 表二: each block under its heading row (第二十条第（一）项), then its header row (信息内容 and the columns' names),
 * then its rows; a row's last cell spans the rest of the table's width.
 */
function rowwiseRows(spec: TableSpec, table: StandardTable, value: (rowId: string, columnId: string) => HtmlCell): HtmlCell[][] {
  const width = Math.max(...spec.rows.map((row) => row.columns?.length ?? 0));
  const widen = (cells: HtmlCell[]): HtmlCell[] => {
    const last = cells[cells.length - 1];
    return [...cells.slice(0, -1), { ...last, colspan: width + 1 - (cells.length - 1) }];
  };
  const rows: HtmlCell[][] = [];
  let previous: { group?: string; columns: string } | undefined;
  for (const row of spec.rows) {
    if (!row.required && !table.rows.some((matched) => matched.rowId === row.id)) continue;
    const columnIds = row.columns ?? [];
    const block = { group: row.group, columns: columnIds.join(',') };
    if (!previous || block.group !== previous.group || block.columns !== previous.columns) {
      if (block.group && block.group !== previous?.group) rows.push([{ text: block.group, header: true, colspan: width + 1 }]);
      const labels = columnIds.map((id) => spec.columns.find((column) => column.id === id)!.label);
      rows.push(widen([{ text: '信息内容', header: true }, ...labels.map((text) => ({ text, header: true }))]));
      previous = block;
    }
    rows.push(widen([{ text: row.label, header: true }, ...columnIds.map((id) => value(row.id, id))]));
  }
  return rows;
}

/** Any other table (the 2008-era 附表): its rows as written; leading one-cell text rows as wide as the table are its header. */
function genericTable(table: GenericTable, findings: readonly Finding[]): string | undefined {
  const gridRows = table.grid.rows.map((row) => row.cells);
  if (gridRows.length === 0) return undefined;
  const width = Math.max(...gridRows.map((cells) => cells.length));
  const isText = (cell: Cell) => parseCellValue(cell.text).kind === 'text';
  let headerRows = 0;
  while (headerRows < gridRows.length && gridRows[headerRows].length === 1 && isText(gridRows[headerRows][0])) headerRows++;
  const rows: HtmlCell[][] = [];
  let start = 0;
  if (width > 1 && headerRows === width) {
    rows.push(gridRows.slice(0, width).map(([cell]) => ({ text: cell.text, header: true, source: cell })));
    start = width;
  } else if (gridRows[0].every(isText)) {
    rows.push(gridRows[0].map((cell) => ({ text: cell.text, header: true, source: cell })));
    start = 1;
  }
  for (const cells of gridRows.slice(start)) {
    const row: HtmlCell[] = cells.map((cell) => ({ text: cell.text, source: cell }));
    const last = row[row.length - 1];
    if (last && row.length < width) row[row.length - 1] = { ...last, colspan: width - row.length + 1 };
    rows.push(row);
  }
  return tableElement('gkr-generic', table.grid.caption, rows, findings);
}
