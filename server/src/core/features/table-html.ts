import type { Finding } from '../checker/lint';
import type { Report, Table } from '../model/types';
import { escapeHtml } from '../text/html';
import { parseCellValue } from '../text/numbers';
import type { Span } from '../text/span';
import { layoutReportTables, worstSeverity, type LayoutCell, type OfficialTable } from './table-layout';

/**
 * The one table renderer for every HTML the product makes (the Markdown preview, the HTML export, the audit page):
 * a report table's layout (`table-layout.ts`) as a `<table>`, each cell as written, and the cells a finding points
 * at marked (class `gkr-error` … and the findings' messages as the cell's title; a template placeholder also
 * `gkr-unfilled`); the table's other findings listed under it. Without findings (an export) nothing is marked.
 */
export interface RenderedTable {
  readonly table: Table;
  readonly html: string;
  /** the text the HTML stands for: the table's rows, and the heading of its first block when written above them */
  readonly span: Span;
}

/** Every table of the report that can be rendered without losing a value; a table that cannot is left out. */
export function renderReportTables(report: Report, findings: readonly Finding[] = []): RenderedTable[] {
  return layoutReportTables(report, findings).map((layout) => ({ table: layout.table, html: tableHtml(layout), span: layout.span }));
}

export function tableHtml(layout: OfficialTable): string {
  const body = layout.rows.map((row) => `<tr>${row.map(cellHtml).join('')}</tr>`).join('\n');
  const list = layout.notes.length === 0 ? '' : `\n<ul class="gkr-notes">${layout.notes.map((note) => `<li class="gkr-${note.severity}">${escapeHtml(note.message)}</li>`).join('')}</ul>`;
  const title = layout.caption ? `<caption>${escapeHtml(layout.caption.text.trim())}</caption>\n` : '';
  return `<table class="gkr-table ${layout.className}">\n${title}${body}\n</table>${list}`;
}

function cellHtml(cell: LayoutCell): string {
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
  const marks = cell.marks ?? [];
  const worst = worstSeverity(marks);
  if (worst) {
    classes.push(`gkr-${worst}`);
    attributes.push(`title="${escapeHtml(marks.map((mark) => mark.message).join('\n'))}"`);
  }
  if (classes.length > 0) attributes.unshift(`class="${classes.join(' ')}"`);
  return `<${tag}${attributes.map((attribute) => ` ${attribute}`).join('')}>${escapeHtml(cell.text.trim())}</${tag}>`;
}
