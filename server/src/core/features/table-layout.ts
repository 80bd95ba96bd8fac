import type { Finding } from '../checker/lint';
import { rowPath } from '../formats/row-paths';
import type { ColumnSpec, RowSpec, TableSpec } from '../formats/schema';
import type { Cell, GenericTable, Report, StandardTable, Table } from '../model/types';
import type { Severity } from '../rules/kit/define';
import { parseCellValue } from '../text/numbers';
import type { Span } from '../text/span';
import { lostCells } from './table-values';

/**
 * A report table in the template's official layout, computed once for every writer (the preview's and the export's
 * HTML, the .docx): rows of cells with their text as written, header or not, merged across (colspan) and down
 * (rowspan) as the template merges them — 表三's note over the header rows, 申请人情况 and 法人或其他组织 over their
 * columns, 表四's three levels, row labels merged from their numbering, 表二's blocks under their 第二十条 rows.
 * A writer renders the rows as they are; it never recomputes the geometry.
 */
export interface LayoutCell {
  readonly text: string;
  readonly header?: boolean;
  readonly colspan?: number;
  readonly rowspan?: number;
  /** the text cell it was written in (a cell the template adds, such as a header, has none) */
  readonly source?: Cell;
  /** the findings inside its source cell; none when the layout was computed without findings (an export) */
  readonly marks?: readonly Finding[];
}

export interface OfficialTable {
  readonly table: Table;
  /** `gkr-t2` / `gkr-t3` / `gkr-t4` / `gkr-generic`: what the HTML writers style it by */
  readonly className: string;
  /** the caption line (附表1 主动公开情况统计 单位：条) written with the table */
  readonly caption?: Cell;
  readonly rows: readonly (readonly LayoutCell[])[];
  /** the table's findings that mark no cell: listed under it */
  readonly notes: readonly Finding[];
  /** the text the layout stands for: the table's rows, and the heading of its first block when written above them */
  readonly span: Span;
}

/** Every table of the report that can be laid out without losing a value; a table that cannot is left out. */
export function layoutReportTables(report: Report, findings: readonly Finding[] = []): OfficialTable[] {
  const layouts: OfficialTable[] = [];
  for (const table of report.tables) {
    const inTable = findings.filter((finding) => finding.span.start >= table.grid.span.start && finding.span.start <= table.grid.span.end);
    const layout = table.kind === 'standard' ? standardTable(table, inTable) : genericTable(table, inTable);
    if (layout) layouts.push({ ...layout, span: { start: blockHeadingAbove(report, table) ?? table.grid.span.start, end: table.grid.span.end } });
  }
  return layouts;
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

/** The worst severity among a cell's marks: the class its HTML carries. */
export const worstSeverity = (marks: readonly Finding[]): Severity | undefined => SEVERITY_ORDER.find((severity) => marks.some((mark) => mark.severity === severity));

type Unmarked = Omit<OfficialTable, 'notes' | 'span'>;

/** Each finding inside a cell marks it; the others are the table's notes. */
function marked(layout: Unmarked, findings: readonly Finding[]): Omit<OfficialTable, 'span'> {
  const placed = new Set<Finding>();
  const rows = layout.rows.map((row) => row.map((cell) => {
    const source = cell.source;
    if (!source) return cell;
    const marks = findings.filter((finding) => within(finding.span, source.span));
    if (marks.length === 0) return cell;
    for (const mark of marks) placed.add(mark);
    return { ...cell, marks };
  }));
  return { ...layout, rows, notes: findings.filter((finding) => !placed.has(finding)) };
}

const within = (inner: Span, outer: Span) => inner.start >= outer.start && inner.end <= outer.end;

function standardTable(table: StandardTable, findings: readonly Finding[]): Omit<OfficialTable, 'span'> | undefined {
  const { spec } = table;
  const valueCells = new Map<string, Cell>();
  for (const row of table.rows) for (const value of row.cells) valueCells.set(`${row.rowId}\n${value.columnId}`, value.cell);
  const carried = new Set<Cell>();
  const value = (rowId: string, columnId: string): LayoutCell => {
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
  return marked({ table, className: `gkr-${spec.id}`, caption: table.grid.caption, rows }, findings);
}

/** 表三 and 表四: the header over the value columns, levels from the columns' parents; the corner over the row labels. */
function columnHeader(spec: TableSpec, columns: readonly ColumnSpec[], labelColumns: number): LayoutCell[][] {
  const paths = columns.map((column) => [
    ...(spec.columnGroup ? [spec.columnGroup.zh] : []),
    ...column.parents.map((parent) => parent.zh),
    column.parents.length > 0 ? column.short ?? column.label : column.label,
  ]);
  const levels = Math.max(...paths.map((path) => path.length));
  const rows: LayoutCell[][] = Array.from({ length: levels }, () => []);
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
function matrixRows(spec: TableSpec, table: StandardTable, columns: readonly ColumnSpec[], value: (rowId: string, columnId: string) => LayoutCell): LayoutCell[][] {
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
function rowwiseRows(spec: TableSpec, table: StandardTable, value: (rowId: string, columnId: string) => LayoutCell): LayoutCell[][] {
  const width = Math.max(...spec.rows.map((row) => row.columns?.length ?? 0));
  const widen = (cells: LayoutCell[]): LayoutCell[] => {
    const last = cells[cells.length - 1];
    return [...cells.slice(0, -1), { ...last, colspan: width + 1 - (cells.length - 1) }];
  };
  const rows: LayoutCell[][] = [];
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
function genericTable(table: GenericTable, findings: readonly Finding[]): Omit<OfficialTable, 'span'> | undefined {
  const gridRows = table.grid.rows.map((row) => row.cells);
  if (gridRows.length === 0) return undefined;
  const width = Math.max(...gridRows.map((cells) => cells.length));
  const isText = (cell: Cell) => parseCellValue(cell.text).kind === 'text';
  let headerRows = 0;
  while (headerRows < gridRows.length && gridRows[headerRows].length === 1 && isText(gridRows[headerRows][0])) headerRows++;
  const rows: LayoutCell[][] = [];
  let start = 0;
  if (width > 1 && headerRows === width) {
    rows.push(gridRows.slice(0, width).map(([cell]) => ({ text: cell.text, header: true, source: cell })));
    start = width;
  } else if (gridRows[0].every(isText)) {
    rows.push(gridRows[0].map((cell) => ({ text: cell.text, header: true, source: cell })));
    start = 1;
  }
  for (const cells of gridRows.slice(start)) {
    const row: LayoutCell[] = cells.map((cell) => ({ text: cell.text, source: cell }));
    const last = row[row.length - 1];
    if (last && row.length < width) row[row.length - 1] = { ...last, colspan: width - row.length + 1 };
    rows.push(row);
  }
  return marked({ table, className: 'gkr-generic', caption: table.grid.caption, rows }, findings);
}
