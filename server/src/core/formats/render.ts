import type { TableSpec } from './schema';

export type CellFill = (rowId: string, columnId: string) => string;
const empty: CellFill = () => '';

/** The table in the canonical Markdown layout the parser reads best; `fill` supplies the number cells. */
export function renderTable(spec: TableSpec, fill: CellFill = empty): string {
  switch (spec.layout) {
    case 'matrix':
      return renderMatrix(spec, fill);
    case 'rowwise':
      return renderRowwise(spec, fill);
    case 'single-row':
      return renderSingleRow(spec, fill);
  }
}

const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
const separator = (count: number) => `|${'---|'.repeat(count)}`;

function renderMatrix(spec: TableSpec, fill: CellFill): string {
  const columns = spec.columns.filter((column) => !column.optional);
  const rows = spec.rows.map((row) =>
    line([row.label, ...columns.map((column) => (row.valued === 'always' ? fill(row.id, column.id) : ''))]));
  return [line([spec.corner ?? '', ...columns.map((column) => column.label)]), separator(columns.length + 1), ...rows].join('\n');
}

function renderRowwise(spec: TableSpec, fill: CellFill): string {
  const width = Math.max(...spec.rows.map((row) => row.columns?.length ?? 0));
  const pad = (cells: string[]) => [...cells, ...Array<string>(width + 1 - cells.length).fill('')];
  const out: string[] = [];
  let previous = '';
  for (const row of spec.rows) {
    const columnIds = row.columns ?? [];
    const signature = columnIds.join(',');
    if (signature !== previous) {
      const labels = columnIds.map((id) => spec.columns.find((column) => column.id === id)!.label);
      out.push(line(pad(['信息内容', ...labels])));
      if (previous === '') out.push(separator(width + 1));
      previous = signature;
    }
    out.push(line(pad([row.label, ...columnIds.map((id) => fill(row.id, id))])));
  }
  return out.join('\n');
}

function renderSingleRow(spec: TableSpec, fill: CellFill): string {
  const width = spec.columns.length;
  const blockTitles = ['行政复议', '', '', '', '', '行政诉讼', '', '', '', '', '', '', '', '', ''];
  const blockSubtitles = ['', '', '', '', '', '未经复议直接起诉', '', '', '', '', '复议后起诉', '', '', '', ''];
  const outcome = spec.columns.map((column) => column.label.split('·').pop()!);
  const row = spec.rows[0];
  return [
    line(blockTitles.slice(0, width)),
    separator(width),
    line(blockSubtitles.slice(0, width)),
    line(outcome),
    line(spec.columns.map((column) => fill(row.id, column.id))),
  ].join('\n');
}
